#include "CardActions.h"

#include "common/Buttons.h"
#include "common/MessageBoxes.h"
#include "customers/ActivityDialog.h"
#include "customers/NewLeadDialog.h"
#include "deals/DealDialog.h"
#include "deals/DealFormDialog.h"
#include "deals/TestDriveDialog.h"
#include "services/ActivityService.h"
#include "services/ChangeBus.h"
#include "services/CustomerCardService.h"
#include "services/DealService.h"
#include "services/Permissions.h"
#include "services/UserService.h"
#include "storage/ReferenceRepository.h"
#include "tasks/FollowUpDialog.h"
#include "tasks/TaskText.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace showroom {

CardActions::CardActions(const Session& session, const CustomerCard& card, LeadChoice followUpLead,
                         QWidget* parent)
    : QWidget(parent), m_session(session), m_card(card), m_followUpLead(std::move(followUpLead))
{
    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        return actionButton(this, text, name, tip);
    };
    m_addNote = button(tr("Add &note…"), QStringLiteral("addNote"),
                       tr("Write a note on this customer's timeline"));
    m_logCall =
        button(tr("Log &call…"), QStringLiteral("logCall"), tr("Record a call with this customer"));
    m_newLead = button(tr("New &lead…"), QStringLiteral("newLead"),
                       tr("Start a new sales opportunity for this customer"));
    m_followUp = button(tr("Add &follow-up…"), QStringLiteral("addFollowUp"),
                        tr("Plan a call or visit for the selected (or newest) open lead"));
    m_testDrive = button(tr("Schedule &test drive…"), QStringLiteral("scheduleTestDrive"),
                         tr("Book a test drive for the selected (or newest) open lead"));
    m_createDeal = button(tr("Create &deal…"), QStringLiteral("createDeal"),
                          tr("The customer buys: the deal form for the selected (or newest) open "
                             "lead"));
    m_openDeal = button(tr("Open d&eal"), QStringLiteral("openDeal"),
                        tr("The deal card with its delivery checklists"));
    connect(m_addNote, &QPushButton::clicked, this, &CardActions::addNote);
    connect(m_logCall, &QPushButton::clicked, this, &CardActions::logCall);
    connect(m_newLead, &QPushButton::clicked, this, &CardActions::newLead);
    connect(m_followUp, &QPushButton::clicked, this, &CardActions::addFollowUp);
    connect(m_testDrive, &QPushButton::clicked, this, &CardActions::scheduleTestDrive);
    connect(m_createDeal, &QPushButton::clicked, this, &CardActions::createDeal);
    connect(m_openDeal, &QPushButton::clicked, this, &CardActions::openDeal);
    connect(&m_session.changes, &ChangeBus::dealChanged, this, [this] {
        m_dealKnown = false; // e.g. created for one of our leads
        updateButtons(m_active);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b :
         {m_addNote, m_logCall, m_newLead, m_followUp, m_testDrive, m_createDeal, m_openDeal})
        layout->addWidget(b);
}

void CardActions::updateButtons(bool active)
{
    m_active = active;
    const Role role = m_session.user.role;
    m_addNote->setEnabled(active && roleAllows(role, Permission::LogActivities));
    m_logCall->setEnabled(m_addNote->isEnabled());
    m_newLead->setEnabled(active && roleAllows(role, Permission::CreateLeads));
    m_followUp->setEnabled(active && roleAllows(role, Permission::WorkOwnLeads));
    m_testDrive->setEnabled(m_followUp->isEnabled());
    m_createDeal->setEnabled(m_followUp->isEnabled() && m_card.openLeadId().has_value());
    m_openDeal->setEnabled(active && dealId().has_value());
}

std::optional<qint64> CardActions::dealId()
{
    if (m_dealKnown && m_dealLeads == m_card.leads) // looked up for these leads already
        return m_dealId;
    m_dealKnown = true;
    m_dealLeads = m_card.leads;
    m_dealId.reset();
    DealService deals(m_session.context());
    for (const LeadSummary& lead : m_card.leads) { // newest first
        if (lead.stageKind != StageKind::Won)
            continue;
        if (auto deal = deals.dealOfLead(lead.id); deal && *deal) {
            m_dealId = **deal;
            break;
        }
    }
    return m_dealId;
}

std::optional<qint64> CardActions::createDeal()
{
    const std::optional<qint64> lead = m_followUpLead ? m_followUpLead() : m_card.openLeadId();
    if (!lead) {
        MessageBoxes::current().information(
            window(), tr("No open lead"),
            tr("%1 has no open lead to close with a deal. Start one with “New lead…” first.")
                .arg(m_card.customer.displayName()));
        return std::nullopt;
    }
    const std::optional<qint64> deal = DealFormDialog::createFor(window(), m_session, *lead);
    if (deal) {
        Q_EMIT statusMessage(tr("Deal #%1 created.").arg(*deal));
        DealDialog::open(window(), m_session, *deal);
    }
    return deal;
}

DealDialog* CardActions::openDeal()
{
    const std::optional<qint64> deal = dealId();
    return deal ? DealDialog::open(window(), m_session, *deal) : nullptr;
}

ActivityDialog* CardActions::openActivityDialog(int kind)
{
    auto* dialog =
        new ActivityDialog(ActivityKind(kind), m_card.customer.id, m_card.leads, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog]() -> QString {
        auto logged = ActivityService(m_session.context()).log(m_session.user, dialog->activity());
        if (!logged)
            return logged.error().message;
        Q_EMIT statusMessage(logged->kind == ActivityKind::Call ? tr("Call logged.")
                                                                : tr("Note added."));
        return {};
    });
    dialog->open();
    return dialog;
}

ActivityDialog* CardActions::addNote()
{
    return openActivityDialog(int(ActivityKind::Note));
}

ActivityDialog* CardActions::logCall()
{
    return openActivityDialog(int(ActivityKind::Call));
}

NewLeadDialog* CardActions::newLead()
{
    auto sources = ReferenceRepository(m_session.db.sql()).sources();
    std::vector<User> consultants;
    auto users = UserService(m_session.context()).users();
    for (const User& user : users.value_or(std::vector<User>{}))
        if (user.active && (user.role == Role::Consultant || user.role == Role::Manager))
            consultants.push_back(user);
    auto* dialog = new NewLeadDialog(m_card, sources.value_or(std::vector<Source>{}), consultants,
                                     m_session.user, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog]() -> QString {
        auto lead =
            CustomerCardService(m_session.context()).createLead(m_session.user, dialog->draft());
        if (!lead)
            return lead.error().message;
        Q_EMIT statusMessage(tr("Lead #%1 created.").arg(lead->id));
        return {};
    });
    dialog->open();
    return dialog;
}

FollowUpDialog* CardActions::addFollowUp()
{
    return planTask(int(TaskKind::FollowUp));
}

TestDriveDialog* CardActions::scheduleTestDrive()
{
    const std::optional<qint64> lead = chosenLead();
    if (!lead)
        return nullptr;
    auto* dialog = TestDriveDialog::openFor(m_session, *lead, window());
    connect(dialog, &TestDriveDialog::booked, this, [this](const TestDriveBooking& booking) {
        Q_EMIT statusMessage(
            tr("Test drive scheduled for %1.").arg(TaskText::dateTime(booking.startsAt)));
    });
    return dialog;
}

std::optional<qint64> CardActions::chosenLead()
{
    const std::optional<qint64> lead = m_followUpLead ? m_followUpLead() : m_card.openLeadId();
    if (!lead)
        MessageBoxes::current().information(
            window(), tr("No open lead"),
            tr("%1 has no open lead to plan for. Start one with “New lead…” first.")
                .arg(m_card.customer.displayName()));
    return lead;
}

FollowUpDialog* CardActions::planTask(int kind)
{
    const std::optional<qint64> lead = chosenLead();
    if (!lead)
        return nullptr;
    auto* dialog = FollowUpDialog::openFor(m_session, *lead, TaskKind(kind), window());
    connect(dialog, &FollowUpDialog::taskPlanned, this, [this](const Task& task) {
        const QString when = TaskText::dateTime(task.dueAt);
        Q_EMIT statusMessage(task.kind == TaskKind::TestDrive
                                 ? tr("Test drive scheduled for %1.").arg(when)
                                 : tr("“%1” planned for %2.").arg(task.title, when));
    });
    return dialog;
}

} // namespace showroom
