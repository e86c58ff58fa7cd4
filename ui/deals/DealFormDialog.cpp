#include "DealFormDialog.h"

#include "common/MessageBoxes.h"
#include "common/RecordTable.h"
#include "deals/AccessoryChoiceModel.h"
#include "deals/DealPrintPreview.h"
#include "deals/DealTermsForm.h"
#include "deals/DealText.h"
#include "deals/VehiclePicker.h"
#include "services/ChecklistTemplateService.h"
#include "services/CustomerService.h"
#include "services/DealDocumentService.h"
#include "services/DealService.h"
#include "services/LeadService.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

DealFormDialog::DealFormDialog(const Session& session, const Lead& lead, const Customer& customer,
                               QWidget* parent)
    : QDialog(parent), m_session(session), m_lead(lead), m_customer(customer),
      m_currency(DealText::currency(session.context()))
{
    setObjectName(QStringLiteral("dealForm"));
    setWindowTitle(tr("New deal — %1").arg(customer.displayName()));
    setSizeGripEnabled(true);

    m_picker = new VehiclePicker(m_session.context(), m_currency, this);
    auto* vehicleBox = new QGroupBox(tr("Vehicle"), this);
    auto* vehicleLayout = new QVBoxLayout(vehicleBox);
    vehicleLayout->addWidget(m_picker);
    m_terms = new DealTermsForm(m_currency, m_session.clock.now().toLocalTime().date(), this);
    auto* termsBox = new QGroupBox(tr("Price and payment"), this);
    auto* termsLayout = new QVBoxLayout(termsBox);
    termsLayout->addWidget(m_terms);

    auto* left = new QVBoxLayout;
    left->addWidget(vehicleBox, 3);
    left->addWidget(buildAccessories(), 2);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(left, 3);
    columns->addWidget(termsBox, 2);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("dealFormProblem"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(red);

    m_print = new QPushButton(tr("P&rint offer…"), this);
    m_print->setObjectName(QStringLiteral("printOffer"));
    m_print->setAutoDefault(false);
    m_print->setToolTip(tr("The offer as it stands, to print or save as PDF"));
    m_create = new QPushButton(tr("&Create deal"), this);
    m_create->setObjectName(QStringLiteral("createDeal"));
    m_create->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_create);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(buildCustomer());
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_picker, &VehiclePicker::changed, this, &DealFormDialog::vehicleChanged);
    connect(m_terms, &DealTermsForm::changed, this, &DealFormDialog::validate);
    connect(m_accessories, &AccessoryChoiceModel::choiceChanged, this,
            [this] { m_terms->setAccessoriesCents(m_accessories->chosenCents()); });
    connect(m_print, &QPushButton::clicked, this, &DealFormDialog::printOffer);
    connect(m_create, &QPushButton::clicked, this, &DealFormDialog::createDeal);
    connect(cancel, &QPushButton::clicked, this, &DealFormDialog::reject);

    m_terms->setFactoryOrder(false);
    vehicleChanged();
    resize(1180, 760);
}

DealFormDialog::~DealFormDialog() = default;

QWidget* DealFormDialog::buildCustomer()
{
    auto* box = new QWidget(this);
    QString facts = m_customer.displayName().toHtmlEscaped();
    if (m_customer.kind == CustomerKind::Company && !m_customer.companyName.isEmpty() &&
        m_customer.companyName != m_customer.displayName())
        facts += QStringLiteral(" · ") + m_customer.companyName.toHtmlEscaped();
    auto* name = new QLabel(
        QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span>").arg(facts), box);
    name->setObjectName(QStringLiteral("dealCustomer"));
    QStringList details{tr("Lead #%1").arg(m_lead.id)};
    if (!m_lead.vehicleInterest.isEmpty())
        details << tr("interested in %1").arg(m_lead.vehicleInterest);
    if (!m_customer.phone.isEmpty())
        details << m_customer.phone;
    auto* facts2 = new QLabel(details.join(QStringLiteral(" · ")), box);
    facts2->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_private = new QRadioButton(DealText::buyer(BuyerKind::Private), box);
    m_private->setObjectName(QStringLiteral("buyerPrivate"));
    m_company = new QRadioButton(DealText::buyer(BuyerKind::Company), box);
    m_company->setObjectName(QStringLiteral("buyerCompany"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_private);
    group->addButton(m_company);
    (m_customer.kind == CustomerKind::Company ? m_company : m_private)->setChecked(true);
    const QString tip = tr("The loan documents differ for private persons and companies");
    m_private->setToolTip(tip);
    m_company->setToolTip(tip);

    auto* names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(name);
    names->addWidget(facts2);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(names, 1);
    row->addWidget(new QLabel(tr("Buyer:"), box), 0, Qt::AlignBottom);
    row->addWidget(m_private, 0, Qt::AlignBottom);
    row->addWidget(m_company, 0, Qt::AlignBottom);
    return box;
}

QWidget* DealFormDialog::buildAccessories()
{
    auto* box = new QGroupBox(tr("Accessories"), this);
    m_accessories = new AccessoryChoiceModel(m_currency, this);
    m_accessoryView = new QTableView(box);
    m_accessoryView->setObjectName(QStringLiteral("accessoryChoices"));
    m_accessoryView->setModel(m_accessories);
    setUpRecordTable(m_accessoryView);
    m_accessoryView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_accessoryView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_accessoryHint = new QLabel(box);
    m_accessoryHint->setWordWrap(true);
    m_accessoryHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_accessoryView, 1);
    layout->addWidget(m_accessoryHint);
    return box;
}

void DealFormDialog::vehicleChanged()
{
    const std::optional<Vehicle> vehicle = m_picker->selectedVehicle();
    const std::optional<qint64> id = vehicle ? std::optional(vehicle->id) : std::nullopt;
    if (id != m_vehicleId) {
        m_vehicleId = id;
        if (vehicle && vehicle->priceCents)
            m_terms->setListPriceCents(*vehicle->priceCents);
    }
    m_terms->setFactoryOrder(m_picker->isFactoryOrder());
    if (m_picker->model() != m_accessoryModel || m_accessories->rowCount() == 0)
        loadAccessories();
    validate();
}

void DealFormDialog::loadAccessories()
{
    m_accessoryModel = m_picker->model();
    auto items = ChecklistTemplateService(m_session.context()).accessoriesFor(m_accessoryModel);
    m_accessories->setItems(items.value_or(std::vector<ChecklistTemplateItem>{}));
    if (!items)
        m_accessoryHint->setText(
            tr("The accessories could not be read: %1").arg(items.error().message));
    else if (m_accessories->rowCount() == 0)
        m_accessoryHint->setText(tr("No accessories are offered for this model."));
    else
        m_accessoryHint->setText(
            tr("Tick what the customer takes with the car; the others stay on the deal's "
               "accessories list to be offered again."));
}

DealDraft DealFormDialog::draft() const
{
    DealDraft draft;
    draft.leadId = m_lead.id;
    draft.buyer = m_company->isChecked() ? BuyerKind::Company : BuyerKind::Private;
    if (const auto vehicle = m_picker->selectedVehicle())
        draft.vehicleId = vehicle->id;
    draft.orderedVehicle = m_picker->orderedVehicle();
    m_terms->fill(draft);
    draft.accessoryTemplateItemIds = m_accessories->chosenIds();
    return draft;
}

QString DealFormDialog::problem() const
{
    if (m_picker->isFactoryOrder()) {
        if (m_picker->orderedVehicle().isEmpty())
            return tr("Describe the factory order: make, model, trim and colour.");
    } else if (!m_picker->selectedVehicle()) {
        return tr("Choose a car from the list (search by any part of the VIN), or switch to a "
                  "factory order.");
    }
    return m_terms->problem(m_picker->isFactoryOrder());
}

void DealFormDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_create->setEnabled(why.isEmpty());
    m_create->setToolTip(why.isEmpty() ? tr("Create the deal, close the lead as won and reserve "
                                            "the car")
                                       : why);
    m_print->setEnabled(why.isEmpty());
}

bool DealFormDialog::createDeal()
{
    if (const QString why = problem(); !why.isEmpty()) {
        validate();
        return false;
    }
    auto created = DealService(m_session.context()).create(m_session.user, draft());
    if (!created) {
        MessageBoxes::current().error(this, tr("Deal not created"), created.error().message);
        m_picker->refresh(); // the car may have been reserved on another desk
        return false;
    }
    m_dealId = created->deal.id;
    accept();
    return true;
}

void DealFormDialog::printOffer()
{
    auto document = DealDocumentService(m_session.context()).offer(draft());
    if (!document) {
        MessageBoxes::current().error(this, tr("Offer"), document.error().message);
        return;
    }
    showDealPrintPreview(this, *document);
}

std::optional<qint64> DealFormDialog::createFor(QWidget* parent, const Session& session,
                                                qint64 leadId)
{
    const QString title = tr("Create deal");
    auto existing = DealService(session.context()).dealOfLead(leadId);
    if (!existing) {
        MessageBoxes::current().error(parent, title, existing.error().message);
        return std::nullopt;
    }
    if (*existing) {
        MessageBoxes::current().information(
            parent, title,
            tr("Lead #%1 already has deal #%2; a lead has one deal.").arg(leadId).arg(**existing));
        return std::nullopt;
    }
    auto lead = LeadService(session.context()).get(leadId);
    if (!lead) {
        MessageBoxes::current().error(parent, title, lead.error().message);
        return std::nullopt;
    }
    auto customer = CustomerService(session.context()).get(lead->customerId);
    if (!customer) {
        MessageBoxes::current().error(parent, title, customer.error().message);
        return std::nullopt;
    }
    DealFormDialog dialog(session, *lead, *customer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.createdDealId();
}

} // namespace showroom
