#pragma once

#include "customers/FormDialog.h"
#include "domain/Vehicle.h"
#include "shell/Session.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace showroom {

class CheckedField;

// Adds a car to the stock or edits one. The VIN is upper-cased as it is typed and checked live
// (the core's message or note shows under it); OK stays disabled while it is invalid. A refusal
// (a colleague saved first, a VIN already in stock) is shown in a message box and the dialog
// stays open with what was typed.
class VehicleDialog : public FormDialog {
    Q_OBJECT

public:
    // Without `existing`: a new car.
    VehicleDialog(const Session& session, std::optional<Vehicle> existing,
                  QWidget* parent = nullptr);

    // Window-modal, not blocking; deletes itself when closed.
    static VehicleDialog* openFor(const Session& session, std::optional<Vehicle> existing,
                                  QWidget* parent);

    Vehicle draft() const;
    // The car once OK saved it.
    const std::optional<Vehicle>& saved() const { return m_saved; }

    CheckedField* vinField() const { return m_vin; }
    QLineEdit* makeField() const { return m_make; }
    QLineEdit* modelField() const { return m_model; }
    QLineEdit* trimField() const { return m_trim; }
    QLineEdit* colourField() const { return m_colour; }
    QSpinBox* yearField() const { return m_year; }
    QComboBox* conditionField() const { return m_condition; }
    QComboBox* statusField() const { return m_status; }
    QDateEdit* expectedField() const { return m_expected; }
    QLineEdit* priceField() const { return m_price; }
    QLineEdit* stockNumberField() const { return m_stockNumber; }
    QCheckBox* testDriveField() const { return m_testDrive; }
    QLabel* priceMessage() const { return m_priceMessage; }

Q_SIGNALS:
    void vehicleSaved(const showroom::Vehicle& vehicle);

private:
    void load(const Vehicle& vehicle);
    void updateState();
    QString save();

    Session m_session;
    std::optional<Vehicle> m_existing;
    std::optional<Vehicle> m_saved;
    CheckedField* m_vin = nullptr;
    QLineEdit* m_make = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_trim = nullptr;
    QLineEdit* m_colour = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_condition = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_expected = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceMessage = nullptr;
    QLineEdit* m_stockNumber = nullptr;
    QCheckBox* m_testDrive = nullptr;
};

} // namespace showroom
