#include "CustomerCardDialog.h"

#include "common/MessageBoxes.h"
#include "common/RecordTable.h"
#include "customers/CardActions.h"
#include "customers/CardText.h"
#include "customers/ConflictDialog.h"
#include "customers/ContactPersonsTab.h"
#include "customers/CustomerCardHeader.h"
#include "customers/CustomerDetailsForm.h"
#include "customers/CustomerLeadsModel.h"
#include "customers/TimelineModel.h"
#include "services/ChangeBus.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "services/Permissions.h"
#include "services/UserService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace showroom {

namespace {
void styleView(QAbstractItemView* view, QHeaderView* header)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
}
} // namespace

CustomerCardDialog::CustomerCardDialog(const Session& session, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_session(session), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerCard"));
    setModal(false);
    setSizeGripEnabled(true);
    loadReferenceData();
    m_header = new CustomerCardHeader(this);
    connect(m_header, &CustomerCardHeader::openCustomerRequested, this,
            &CustomerCardDialog::openCustomerRequested);
    buildViews();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cardStatus"));
    m_status->setWordWrap(true);
    m_actions = new CardActions(
        m_session, m_card, [this] { return followUpLeadId(); }, this);
    connect(m_actions, &CardActions::statusMessage, this,
            [this](const QString& text) { setStatus(text); });
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    m_save->setToolTip(tr("Save the details (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setAutoDefault(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeCard"));
    m_close->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &CustomerCardDialog::save);
    connect(m_close, &QPushButton::clicked, this, &CustomerCardDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_actions);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_details, &CustomerDetailsForm::edited, this, &CustomerCardDialog::updateButtons);
    connect(m_contacts, &ContactPersonsTab::changed, this, &CustomerCardDialog::reload);
    ChangeBus* bus = &m_session.changes;
    connect(bus, &ChangeBus::customerChanged, this, &CustomerCardDialog::customerChanged);
    connect(bus, &ChangeBus::activityAdded, this, &CustomerCardDialog::activityAdded);
    connect(bus, &ChangeBus::leadAdded, this, &CustomerCardDialog::leadTouched);
    connect(bus, &ChangeBus::leadChanged, this, &CustomerCardDialog::leadTouched);

    reload();
    resize(980, 660);
}

CustomerCardDialog::~CustomerCardDialog() = default;

void CustomerCardDialog::loadReferenceData()
{
    m_region = CustomerService(m_session.context()).defaultRegion().value_or(QStringLiteral("DE"));
    auto users = UserService(m_session.context()).users();
    for (const User& user : users.value_or(std::vector<User>{}))
        m_userNames.insert(user.id, user.displayName);
}

void CustomerCardDialog::buildViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->setDocumentMode(true);
    m_details = new CustomerDetailsForm(m_region, this);
    m_contacts = new ContactPersonsTab(m_session.context(), m_session.user, m_region, this);

    m_timeline = new TimelineModel(this);
    m_timelineView = new QTreeView(this);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setWordWrap(false);
    styleView(m_timelineView, m_timelineView->header());
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&metrics](const QString& sample, int padding) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    QHeaderView* header = m_timelineView->header();
    header->resizeSection(
        TimelineModel::When,
        widthFor(CardText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::UTC)), 28));
    header->resizeSection(TimelineModel::What, widthFor(tr("Manager comment"), 52));
    header->resizeSection(TimelineModel::Who, widthFor(QStringLiteral("Elena Kovalenko"), 24));

    m_leads = new CustomerLeadsModel(this);
    m_leadsView = new QTableView(this);
    m_leadsView->setObjectName(QStringLiteral("leadsView"));
    m_leadsView->setModel(m_leads);
    setUpRecordTable(m_leadsView, QAbstractItemView::ExtendedSelection);
    m_leadsView->horizontalHeader()->setStretchLastSection(true);
    m_leadsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_leadsView->horizontalHeader()->setSectionResizeMode(CustomerLeadsModel::Vehicle,
                                                          QHeaderView::Stretch);

    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_contacts, tr("Contact persons"));
    m_tabs->addTab(m_timelineView, tr("Timeline"));
    m_tabs->addTab(m_leadsView, tr("Leads"));
}

bool CustomerCardDialog::hasUnsavedChanges() const
{
    return m_loaded && m_editable && m_details->hasChanges();
}

QString CustomerCardDialog::statusText() const
{
    return m_status->text();
}

void CustomerCardDialog::setStatus(const QString& text, bool error)
{
    QPalette colours = palette();
    if (error)
        colours.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_status->setPalette(colours);
    m_status->setText(text);
}

void CustomerCardDialog::reload()
{
    auto card = CustomerCardService(m_session.context()).load(m_customerId);
    if (!card) {
        setStatus(tr("Cannot load customer #%1: %2").arg(m_customerId).arg(card.error().message),
                  true);
        updateButtons();
        return;
    }
    const bool keepEdits = hasUnsavedChanges();
    m_card = std::move(*card);
    m_loaded = true;
    m_editable = roleAllows(m_session.user.role, Permission::EditCustomers) &&
                 m_session.user.active && !m_card.customer.mergedIntoId;
    if (!keepEdits) {
        std::vector<User> owners;
        auto users = UserService(m_session.context()).users();
        for (const User& user : users.value_or(std::vector<User>{}))
            if (user.active && (user.role == Role::Consultant || user.role == Role::Manager))
                owners.push_back(user);
        m_details->setOwnerCandidates(owners);
        m_details->setStored(m_card.customer, m_card.ownerName);
    }
    m_details->setReadOnly(!m_editable);
    showCard();
}

void CustomerCardDialog::reloadTimeline()
{
    auto entries = CustomerCardService(m_session.context()).timeline(m_customerId);
    if (!entries)
        return setStatus(entries.error().message, true);
    m_card.timeline = std::move(*entries);
    m_timeline->setEntries(m_card.timeline);
    m_tabs->setTabText(int(Tab::Timeline), tr("Timeline (%1)").arg(m_card.timeline.size()));
}

void CustomerCardDialog::showCard()
{
    const Customer& c = m_card.customer;
    setWindowTitle(tr("%1 — customer #%2").arg(c.displayName()).arg(c.id));
    m_header->setCard(m_card);
    m_contacts->setCustomer(c, m_card.contactPersons, m_editable);
    m_timeline->setEntries(m_card.timeline);
    m_leads->setLeads(m_card.leads);
    m_tabs->setTabText(int(Tab::ContactPersons),
                       c.kind == CustomerKind::Company
                           ? tr("Contact persons (%1)").arg(m_card.contactPersons.size())
                           : tr("Contact persons"));
    m_tabs->setTabText(int(Tab::Timeline), tr("Timeline (%1)").arg(m_card.timeline.size()));
    m_tabs->setTabText(int(Tab::Leads), tr("Leads (%1)").arg(m_card.leads.size()));
    if (!m_editable && !c.mergedIntoId && m_status->text().isEmpty())
        setStatus(tr("You can look at this customer but not change it."));
    updateButtons();
}

void CustomerCardDialog::updateButtons()
{
    const bool active = m_loaded && !m_card.customer.mergedIntoId && m_session.user.active;
    m_save->setEnabled(hasUnsavedChanges());
    m_actions->updateButtons(active);
}

void CustomerCardDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool CustomerCardDialog::save()
{
    if (!hasUnsavedChanges())
        return true;
    if (const QString problem = m_details->problem(true); !problem.isEmpty()) {
        showTab(Tab::Details);
        setStatus(tr("Not saved: %1").arg(problem), true);
        return false;
    }
    CustomerService customers(m_session.context());
    Customer base = m_details->stored();
    Customer mine = m_details->customer();
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto saved = customers.update(m_session.user, mine);
        if (saved) {
            m_details->setStored(*saved, m_userNames.value(saved->ownerId.value_or(0)));
            reload();
            setStatus(tr("Saved."));
            return true;
        }
        if (saved.error().code != ErrorCode::Conflict) {
            setStatus(tr("Not saved: %1").arg(saved.error().message), true);
            MessageBoxes::current().error(this, tr("Customer not saved"), saved.error().message);
            return false;
        }
        auto theirs = customers.get(m_customerId);
        if (!theirs) {
            setStatus(tr("Not saved: %1").arg(theirs.error().message), true);
            return false;
        }
        auto resolved = ConflictDialog::resolve(this, base, mine, *theirs, m_userNames);
        if (!resolved) {
            setStatus(tr("Not saved: a colleague changed this customer meanwhile. Your edits are "
                         "still here; save again to compare them with the stored record."),
                      true);
            return false;
        }
        base = *theirs;
        mine = *resolved;
        m_details->setStored(base, m_userNames.value(base.ownerId.value_or(0)));
        m_details->setValues(mine);
        if (!hasUnsavedChanges()) { // took every value from the other desk
            reload();
            setStatus(tr("Nothing to save: the values saved on the other desk were kept."));
            return true;
        }
    }
    setStatus(tr("Not saved: this customer keeps changing on another desk. Try again."), true);
    return false;
}

bool CustomerCardDialog::selectLead(qint64 leadId)
{
    for (int row = 0; row < m_leads->rowCount(); ++row) {
        if (m_leads->lead(row).id != leadId)
            continue;
        showTab(Tab::Leads);
        m_leadsView->selectRow(row);
        m_leadsView->scrollTo(m_leads->index(row, 0));
        return true;
    }
    return false;
}

std::optional<qint64> CustomerCardDialog::followUpLeadId() const
{
    const QModelIndexList rows = m_leadsView->selectionModel()->selectedRows();
    if (rows.size() == 1 && m_leads->lead(rows.front().row()).isOpen())
        return m_leads->lead(rows.front().row()).id;
    return m_card.openLeadId();
}

ActivityDialog* CustomerCardDialog::addNote()
{
    return m_actions->addNote();
}

ActivityDialog* CustomerCardDialog::logCall()
{
    return m_actions->logCall();
}

NewLeadDialog* CustomerCardDialog::newLead()
{
    return m_actions->newLead();
}

FollowUpDialog* CustomerCardDialog::addFollowUp()
{
    return m_actions->addFollowUp();
}

TestDriveDialog* CustomerCardDialog::scheduleTestDrive()
{
    return m_actions->scheduleTestDrive();
}

void CustomerCardDialog::customerChanged(qint64 customerId)
{
    if (customerId == m_customerId)
        reload();
}

void CustomerCardDialog::activityAdded(qint64, qint64 customerId)
{
    if (customerId == m_customerId)
        reloadTimeline();
}

void CustomerCardDialog::leadTouched(qint64 leadId)
{
    const bool ours = std::ranges::any_of(
        m_card.leads, [leadId](const LeadSummary& lead) { return lead.id == leadId; });
    if (ours) {
        reload();
        return;
    }
    auto lead = LeadService(m_session.context()).get(leadId);
    if (lead && lead->customerId == m_customerId)
        reload();
}

void CustomerCardDialog::showEvent(QShowEvent* event)
{
    m_discardConfirmed = false;
    QDialog::showEvent(event);
}

void CustomerCardDialog::done(int result)
{
    if (!m_discardConfirmed && hasUnsavedChanges()) {
        if (!MessageBoxes::current().question(
                this, tr("Unsaved changes"),
                tr("You changed %1 but did not save. Close the card and discard your changes?")
                    .arg(m_card.customer.displayName())))
            return;
        m_discardConfirmed = true;
    }
    QDialog::done(result);
}

} // namespace showroom
