#pragma once

#include "customers/FormDialog.h"
#include "domain/Vehicle.h"
#include "shell/Session.h"

#include <QTimeZone>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimeEdit;

namespace showroom {

// Books a test drive for a lead: a test-drive car, the day, the start and how long. The chosen
// car's bookings on that day are listed; a taken slot is refused with the core's message and the
// dialog stays open. Without any test-drive car the dialog says so.
class TestDriveDialog : public FormDialog {
    Q_OBJECT

public:
    TestDriveDialog(const Session& session, qint64 leadId, QWidget* parent = nullptr);

    // Modal: true when a test drive was booked.
    static bool book(QWidget* parent, const Session& session, qint64 leadId);
    // Window-modal, not blocking; deletes itself when closed. Connect to booked().
    static TestDriveDialog* openFor(const Session& session, qint64 leadId, QWidget* parent);

    qint64 leadId() const { return m_leadId; }
    // The slot as chosen, in the dealership's time zone.
    QDateTime startsAt() const;
    QDateTime endsAt() const;
    std::optional<qint64> vehicleId() const;
    const std::optional<TestDriveBooking>& booking() const { return m_booking; }

    QLabel* leadLabel() const { return m_leadLabel; }
    QComboBox* carField() const { return m_car; }
    QDateEdit* dateField() const { return m_date; }
    QTimeEdit* startField() const { return m_start; }
    QComboBox* durationField() const { return m_duration; }
    // The chosen car's bookings on the chosen day (or that there is no test-drive car).
    QLabel* bookingsLabel() const { return m_bookings; }

    // Chooses the car by id; false when it is not offered.
    bool selectCar(qint64 vehicleId);

Q_SIGNALS:
    void booked(const showroom::TestDriveBooking& booking);

private:
    void showBookings();
    QString save();

    Session m_session;
    qint64 m_leadId;
    QTimeZone m_zone;
    std::optional<TestDriveBooking> m_booking;
    QLabel* m_leadLabel = nullptr;
    QComboBox* m_car = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QComboBox* m_duration = nullptr;
    QLabel* m_bookings = nullptr;
};

} // namespace showroom
