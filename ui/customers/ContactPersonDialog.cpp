#include "ContactPersonDialog.h"

#include "common/CheckedField.h"
#include "customers/CardText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace showroom {

ContactPersonDialog::ContactPersonDialog(const ContactPerson& person, const QString& phoneRegion,
                                         QWidget* parent)
    : FormDialog(person.id ? tr("Edit contact person") : tr("Add a contact person"),
                 person.id ? tr("Save") : tr("Add"), parent),
      m_person(person)
{
    setObjectName(QStringLiteral("contactPersonDialog"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (ContactRole role : {ContactRole::DecisionMaker, ContactRole::VehicleUser,
                             ContactRole::Driver, ContactRole::Other})
        m_role->addItem(CardText::contactRole(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(person.role)));
    m_role->setToolTip(tr("Decision maker: signs (owner, fleet manager). Vehicle user: chooses "
                          "the car. Driver: drives a pool car."));
    m_firstName = new QLineEdit(person.firstName, this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(person.lastName, this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_position = new QLineEdit(person.position, this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setPlaceholderText(tr("e.g. Fleet manager"));
    m_phone = CheckedField::phone(phoneRegion, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setText(person.phone);
    m_email = CheckedField::email(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setText(person.email);

    form()->addRow(tr("Role"), m_role);
    form()->addRow(tr("First name"), m_firstName);
    form()->addRow(tr("Last name"), m_lastName);
    form()->addRow(tr("Position"), m_position);
    form()->addRow(tr("Phone"), m_phone);
    form()->addRow(tr("Email"), m_email);

    connect(m_firstName, &QLineEdit::textChanged, this, &ContactPersonDialog::updateOk);
    connect(m_lastName, &QLineEdit::textChanged, this, &ContactPersonDialog::updateOk);
    connect(m_phone, &CheckedField::textChanged, this, &ContactPersonDialog::updateOk);
    connect(m_email, &CheckedField::textChanged, this, &ContactPersonDialog::updateOk);
    updateOk();
}

void ContactPersonDialog::updateOk()
{
    const bool named =
        !m_firstName->text().trimmed().isEmpty() || !m_lastName->text().trimmed().isEmpty();
    okButton()->setEnabled(named && m_phone->isValid() && m_email->isValid());
}

ContactPerson ContactPersonDialog::person() const
{
    ContactPerson p = m_person;
    p.role = ContactRole(m_role->currentData().toInt());
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.position = m_position->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.phoneE164 = m_phone->stored();
    p.email = m_email->text().trimmed();
    return p;
}

} // namespace showroom
