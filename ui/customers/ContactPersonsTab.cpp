#include "ContactPersonsTab.h"

#include "common/MessageBoxes.h"
#include "common/RecordTable.h"
#include "customers/ContactPersonDialog.h"
#include "customers/ContactPersonModel.h"
#include "services/ContactPersonService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

ContactPersonsTab::ContactPersonsTab(ServiceContext context, User actor, QString phoneRegion,
                                     QWidget* parent)
    : QWidget(parent), m_context(context), m_actor(std::move(actor)),
      m_region(std::move(phoneRegion)), m_model(new ContactPersonModel(this))
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("contactPersonTable"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthFor = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->resizeSection(ContactPersonModel::RoleColumn, widthFor(tr("Decision maker")));
    header->resizeSection(ContactPersonModel::Name,
                          widthFor(QStringLiteral("Annemarie Mustermann")));
    header->resizeSection(ContactPersonModel::Position,
                          widthFor(QStringLiteral("Head of fleet management")));
    header->resizeSection(ContactPersonModel::Phone, widthFor(QStringLiteral("+49 000 000000000")));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("contactPersonsNote"));
    m_note->setWordWrap(true);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addContactPerson"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editContactPerson"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeContactPerson"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ContactPersonsTab::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &ContactPersonsTab::editPerson);
    connect(m_remove, &QPushButton::clicked, this, &ContactPersonsTab::removePerson);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editPerson();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactPersonsTab::updateButtons);
    connect(m_model, &ContactPersonModel::modelReset, this, &ContactPersonsTab::updateButtons);
    updateButtons();
}

void ContactPersonsTab::setCustomer(const Customer& customer, std::vector<ContactPerson> persons,
                                    bool editable)
{
    m_customer = customer;
    m_editable = editable && customer.kind == CustomerKind::Company;
    m_model->setPersons(std::move(persons));
    const bool company = customer.kind == CustomerKind::Company;
    m_view->setEnabled(company);
    if (!company)
        m_note->setText(tr("Only company customers have contact persons. To add some, set "
                           "“Customer is a” to Company on the Details tab and save."));
    else if (m_model->rowCount() == 0)
        m_note->setText(tr("No contact persons yet. Add the decision maker first."));
    else
        m_note->clear();
    updateButtons();
}

int ContactPersonsTab::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void ContactPersonsTab::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(m_editable && selected);
    m_remove->setEnabled(m_editable && selected);
}

ContactPersonDialog* ContactPersonsTab::openDialog(const ContactPerson& person)
{
    auto* dialog = new ContactPersonDialog(person, m_region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog]() -> QString {
        ContactPersonService service(m_context);
        const ContactPerson edited = dialog->person();
        auto saved = edited.id ? service.update(m_actor, edited) : service.add(m_actor, edited);
        if (!saved)
            return saved.error().message;
        Q_EMIT changed();
        return {};
    });
    dialog->open();
    return dialog;
}

ContactPersonDialog* ContactPersonsTab::addPerson()
{
    if (!m_editable)
        return nullptr;
    ContactPerson person;
    person.customerId = m_customer.id;
    person.role = m_model->rowCount() == 0 ? ContactRole::DecisionMaker : ContactRole::VehicleUser;
    return openDialog(person);
}

ContactPersonDialog* ContactPersonsTab::editPerson()
{
    const int row = currentRow();
    if (!m_editable || row < 0)
        return nullptr;
    return openDialog(m_model->person(row));
}

void ContactPersonsTab::removePerson()
{
    const int row = currentRow();
    if (!m_editable || row < 0)
        return;
    const ContactPerson person = m_model->person(row);
    if (!MessageBoxes::current().question(this, tr("Remove contact person"),
                                          tr("Remove %1 from the contact persons of %2?")
                                              .arg(person.displayName(), m_customer.displayName())))
        return;
    auto removed = ContactPersonService(m_context).remove(m_actor, person);
    if (!removed) {
        MessageBoxes::current().error(this, tr("Not removed"), removed.error().message);
        return;
    }
    Q_EMIT changed();
}

} // namespace showroom
