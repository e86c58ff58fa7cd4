#pragma once

#include "Error.h"
#include "domain/Vehicle.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

class TestDriveRepository {
public:
    explicit TestDriveRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const TestDriveBooking& booking);
    Result<TestDriveBooking> byId(qint64 id);
    // Bookings that are not cancelled and overlap [from, to) (a slot ending when another starts
    // does not overlap it), of one car or of every car when `vehicleId` is empty; with the vehicle
    // and customer labels, by start time.
    Result<std::vector<TestDriveBooking>> overlapping(std::optional<qint64> vehicleId,
                                                      const QDateTime& from, const QDateTime& to);
    // All bookings of a lead, cancelled ones too, with labels, by start time.
    Result<std::vector<TestDriveBooking>> forLead(qint64 leadId);
    // Marks the booking cancelled; false when it already was.
    Result<bool> cancel(qint64 bookingId, const QDateTime& at);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
