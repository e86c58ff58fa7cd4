#include "AddContactDialog.h"

#include "common/MessageBoxes.h"
#include "reception/ContactFields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace showroom {

AddContactDialog::AddContactDialog(ServiceContext context, User actor, Visit visit, QWidget* parent)
    : QDialog(parent), m_context(context), m_actor(std::move(actor)), m_visit(std::move(visit))
{
    setObjectName(QStringLiteral("addContactDialog"));
    setWindowTitle(tr("Add the visitor's contact data"));
    auto* intro = new QLabel(
        tr("Visit at %1. Whatever the visitor gives counts: a phone number or an email address "
           "captures the contact and opens a lead for the consultant.")
            .arg(QLocale().toString(m_visit.arrivedAt.toLocalTime().time(), QLocale::ShortFormat)),
        this);
    intro->setWordWrap(true);
    m_contact = new ContactFields(CustomerService(m_context), this);
    if (m_visit.customerId)
        m_contact->linkTo(*m_visit.customerId);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddContactDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_contact);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_contact->phoneField()->setFocus();
}

void AddContactDialog::accept()
{
    if (!m_contact->isValid()) {
        MessageBoxes::current().error(this, tr("Check the visitor's contact data"),
                                      m_contact->problem());
        return;
    }
    auto completed = VisitService(m_context).addContact(m_actor, m_visit.id, m_contact->contact(),
                                                        m_visit.version);
    if (!completed) {
        MessageBoxes::current().error(this, tr("The contact data was not saved"),
                                      completed.error().message);
        return;
    }
    m_outcome = *completed;
    QDialog::accept();
}

} // namespace showroom
