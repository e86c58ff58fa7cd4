#pragma once

#include "customers/FormDialog.h"
#include "domain/ContactPerson.h"

class QComboBox;
class QLineEdit;

namespace showroom {

class CheckedField;

// Adds or edits one contact person of a company customer.
class ContactPersonDialog : public FormDialog {
    Q_OBJECT

public:
    ContactPersonDialog(const ContactPerson& person, const QString& phoneRegion,
                        QWidget* parent = nullptr);

    // The edited person (id, customer and version as given).
    ContactPerson person() const;

    QComboBox* roleField() const { return m_role; }
    QLineEdit* firstNameField() const { return m_firstName; }
    QLineEdit* lastNameField() const { return m_lastName; }
    CheckedField* phoneField() const { return m_phone; }
    CheckedField* emailField() const { return m_email; }

private:
    void updateOk();

    ContactPerson m_person;
    QComboBox* m_role = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_position = nullptr;
    CheckedField* m_phone = nullptr;
    CheckedField* m_email = nullptr;
};

} // namespace showroom
