#pragma once

#include "domain/Customer.h"
#include "domain/CustomerFields.h"
#include "domain/User.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace showroom {

class CheckedField;
class ConsentEditor;

// The "Details" tab of the customer card: every field a user edits, with live checks of the
// phone number and email. Knows the stored record, so it can tell what the user changed.
class CustomerDetailsForm : public QWidget {
    Q_OBJECT

public:
    // `phoneRegion`: the dealership's region for national phone numbers.
    explicit CustomerDetailsForm(const QString& phoneRegion, QWidget* parent = nullptr);

    // Who can own a customer: active consultants and managers.
    void setOwnerCandidates(const std::vector<User>& users);
    // Shows the stored record; the form has no changes afterwards.
    void setStored(const Customer& stored, const QString& ownerName);
    // Shows `edited` in the fields, keeping the stored record to compare with.
    void setValues(const Customer& edited);

    const Customer& stored() const { return m_stored; }
    // The stored record with the fields as the user edited them.
    Customer customer() const;
    std::vector<CustomerField> changedFields() const;
    bool hasChanges() const { return !changedFields().empty(); }
    // What keeps the form from being saved (and focuses that field), or empty.
    QString problem(bool focus);
    void setReadOnly(bool readOnly);

    CheckedField* phoneField() const { return m_phone; }
    CheckedField* emailField() const { return m_email; }
    ConsentEditor* consents() const { return m_consents; }

Q_SIGNALS:
    // Any field changed.
    void edited();

private:
    QLineEdit* addLine(const QString& name);
    void selectData(QComboBox* combo, const QVariant& value);

    Customer m_stored;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_company = nullptr;
    CheckedField* m_phone = nullptr;
    CheckedField* m_email = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_owner = nullptr;
    ConsentEditor* m_consents = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace showroom
