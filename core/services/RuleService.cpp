#include "RuleService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/DeliveryReminders.h"
#include "services/LeadAssignment.h"
#include "services/LeadService.h"
#include "services/NotificationService.h"
#include "services/PipelineSettings.h"
#include "storage/LeadRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"
#include "storage/TaskRepository.h"
#include "storage/Values.h"

#include <QHash>
#include <QSet>

namespace showroom {

namespace {
// A lead still waiting for its first contact, with what the notification needs.
struct Waiting {
    qint64 leadId = 0;
    std::optional<qint64> consultantId;
    QString consultant;
    QString customer;
    QDateTime createdAt;
    QDateTime dueAt;
    QDateTime remindedAt;
    int minutes = 30;
};

Result<std::vector<Waiting>> waitingLeads(QSqlDatabase& db, const QDateTime& now)
{
    std::vector<Waiting> leads;
    auto ok = sql::select(
        db,
        QStringLiteral(
            "SELECT l.id, l.consultant_id, coalesce(u.display_name, ''), c.display_name, "
            "l.created_at, l.response_due_at, l.response_reminded_at, src.response_minutes "
            "FROM leads l JOIN stages s ON s.id = l.stage_id "
            "JOIN customers c ON c.id = l.customer_id JOIN sources src ON src.id = l.source_id "
            "LEFT JOIN users u ON u.id = l.consultant_id "
            "WHERE l.first_response_at IS NULL AND l.response_due_at <= ? "
            "AND l.response_escalated_at IS NULL AND s.kind = 'open' "
            "AND l.lost_status <> 'pending' ORDER BY l.response_due_at, l.id"),
        {values::epoch(now)}, [&](const QSqlQuery& q) {
            leads.push_back({q.value(0).toLongLong(), values::optionalId(q.value(1)),
                             q.value(2).toString(), q.value(3).toString(),
                             values::dateTime(q.value(4)), values::dateTime(q.value(5)),
                             values::dateTime(q.value(6)), q.value(7).toInt()});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return leads;
}

Result<void> markLead(QSqlDatabase& db, const char* column, qint64 leadId, const QDateTime& at)
{
    auto done = sql::exec(
        db, QStringLiteral("UPDATE leads SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
        {values::epoch(at), leadId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<std::vector<qint64>> notifyAll(QSqlDatabase& db, const std::vector<qint64>& users,
                                      Notification n, const QString& ruleKey)
{
    std::vector<qint64> notified;
    for (qint64 user : users) {
        n.userId = user;
        auto posted = NotificationService::post(db, n, ruleKey);
        if (!posted)
            return std::unexpected(posted.error());
        if (*posted)
            notified.push_back(user);
    }
    return notified;
}
} // namespace

Result<std::vector<FiredRule>> RuleService::run(const QDateTime& now)
{
    std::vector<FiredRule> fired;
    auto ran = m_context.db.writeTransaction([&]() -> Result<void> {
        fired.clear(); // the work may be retried
        auto settings = PipelineSettings::load(m_context.db.sql());
        if (!settings)
            return std::unexpected(settings.error());
        if (auto done = remindAndEscalate(*settings, now, fired); !done)
            return done;
        if (auto done = requeueNoShows(*settings, now, fired); !done)
            return done;
        if (auto done = assignQueued(*settings, fired); !done)
            return done;
        return remindDeliveries(m_context, now, fired);
    });
    if (!ran)
        return std::unexpected(ran.error());
    if (m_context.changes) {
        QSet<qint64> leads;
        QSet<qint64> deals;
        for (const FiredRule& rule : fired) {
            if (rule.dealId)
                deals.insert(rule.dealId);
            else
                leads.insert(rule.leadId);
        }
        for (qint64 lead : leads)
            Q_EMIT m_context.changes->leadChanged(lead);
        for (qint64 deal : deals)
            Q_EMIT m_context.changes->dealChanged(deal);
    }
    return fired;
}

Result<void> RuleService::remindAndEscalate(const PipelineSettings& settings, const QDateTime& now,
                                            std::vector<FiredRule>& fired)
{
    QSqlDatabase& sql = m_context.db.sql();
    auto waiting = waitingLeads(sql, now);
    if (!waiting)
        return std::unexpected(waiting.error());
    auto queueOwners = NotificationService::queueOwnerIds(sql, settings.queueOwnerLogin);
    if (!queueOwners)
        return std::unexpected(queueOwners.error());
    auto managers = NotificationService::managerIds(sql);
    if (!managers)
        return std::unexpected(managers.error());

    for (const Waiting& lead : *waiting) {
        Notification n;
        n.leadId = lead.leadId;
        n.createdAt = now;
        n.details = {{QStringLiteral("customer"), lead.customer},
                     {QStringLiteral("consultant"), lead.consultant},
                     {QStringLiteral("minutes"), lead.minutes},
                     {QStringLiteral("escalation_minutes"), settings.response.escalationMinutes},
                     {QStringLiteral("due"), lead.dueAt.toString(Qt::ISODate)}};
        if (!lead.remindedAt.isValid()) {
            n.kind = NotificationKind::ResponseReminder;
            const std::vector<qint64> to =
                lead.consultantId ? std::vector<qint64>{*lead.consultantId} : *queueOwners;
            auto notified =
                notifyAll(sql, to, n, QStringLiteral("response_reminder:%1").arg(lead.leadId));
            if (!notified)
                return std::unexpected(notified.error());
            if (auto marked = markLead(sql, "response_reminded_at", lead.leadId, now); !marked)
                return marked;
            fired.push_back({QStringLiteral("response_reminder"), lead.leadId, *notified,
                             NotificationService::reason(n)});
        }
        const ResponseStatus status = responseStatus(lead.dueAt, {}, now, settings.response);
        if (status.state != ResponseState::Escalated)
            continue;
        n.kind = NotificationKind::ResponseEscalation;
        auto notified =
            notifyAll(sql, *managers, n, QStringLiteral("response_escalation:%1").arg(lead.leadId));
        if (!notified)
            return std::unexpected(notified.error());
        if (auto marked = markLead(sql, "response_escalated_at", lead.leadId, now); !marked)
            return marked;
        if (auto logged = audit(m_context, nullptr, QStringLiteral("lead.response_escalated"),
                                QStringLiteral("leads"), lead.leadId);
            !logged)
            return logged;
        fired.push_back({QStringLiteral("response_escalation"), lead.leadId, *notified,
                         NotificationService::reason(n)});
    }
    return {};
}

Result<void> RuleService::requeueNoShows(const PipelineSettings& settings, const QDateTime& now,
                                         std::vector<FiredRule>& fired)
{
    QSqlDatabase& sql = m_context.db.sql();
    TaskRepository tasks(sql);
    LeadRepository leads(sql);
    ReferenceRepository reference(sql);
    auto missed = tasks.missedAppointments(now.addDays(-settings.noShowDays));
    if (!missed)
        return std::unexpected(missed.error());
    auto unassigned = reference.stageByKey(QStringLiteral("unassigned"));
    if (!unassigned)
        return std::unexpected(unassigned.error());
    auto owners = NotificationService::queueOwnerIds(sql, settings.queueOwnerLogin);
    if (!owners)
        return std::unexpected(owners.error());

    for (const Task& appointment : *missed) {
        const QString result =
            tr("Did not come within %n days of the invitation", nullptr, settings.noShowDays);
        if (auto closed = tasks.closeByRule(appointment.id, now, result); !closed)
            return closed;
        if (auto next = tasks.refreshNextFollowUp(*appointment.leadId); !next)
            return next; // the closed invitation is no longer the lead's next follow-up
        auto lead = leads.byId(*appointment.leadId);
        if (!lead)
            return std::unexpected(lead.error());
        auto stage = reference.stageById(lead->stageId);
        if (!stage)
            return std::unexpected(stage.error());
        if (stage->kind != StageKind::Open || !lead->consultantId)
            continue;
        auto consultant =
            sql::scalar(sql, QStringLiteral("SELECT display_name FROM users WHERE id = ?"),
                        {*lead->consultantId});
        if (auto moved = leads.setStage(*lead, unassigned->id, std::nullopt, now, {},
                                        [&] { return leadLabel(sql, *lead); });
            !moved)
            return std::unexpected(moved.error());
        if (auto history = leads.insertHistory(
                {0, lead->id, lead->stageId, unassigned->id, std::nullopt, now});
            !history)
            return std::unexpected(history.error());
        if (auto logged = audit(m_context, nullptr, QStringLiteral("lead.requeue"),
                                QStringLiteral("leads"), lead->id,
                                {{QStringLiteral("task_id"), appointment.id},
                                 {QStringLiteral("previous_consultant_id"), *lead->consultantId}});
            !logged)
            return logged;
        Notification n;
        n.kind = NotificationKind::Requeued;
        n.leadId = lead->id;
        n.createdAt = now;
        n.details = {
            {QStringLiteral("customer"), NotificationService::customerName(sql, lead->customerId)},
            {QStringLiteral("consultant"), consultant ? consultant->toString() : QString()},
            {QStringLiteral("days"), settings.noShowDays},
            {QStringLiteral("due"), appointment.dueAt.toString(Qt::ISODate)}};
        std::vector<qint64> to = *owners;
        if (std::find(to.begin(), to.end(), *lead->consultantId) == to.end())
            to.push_back(*lead->consultantId);
        auto notified = notifyAll(sql, to, n, QStringLiteral("requeued:%1").arg(appointment.id));
        if (!notified)
            return std::unexpected(notified.error());
        fired.push_back(
            {QStringLiteral("requeued"), lead->id, *notified, NotificationService::reason(n)});
    }
    return {};
}

Result<void> RuleService::assignQueued(const PipelineSettings& settings,
                                       std::vector<FiredRule>& fired)
{
    QSqlDatabase& sql = m_context.db.sql();
    auto sources = ReferenceRepository(sql).sources();
    if (!sources)
        return std::unexpected(sources.error());
    QHash<qint64, AssignmentMode> modes; // source id → its rule
    for (const Source& source : *sources)
        if (const AssignmentMode mode = settings.modeFor(source); isAutomatic(mode))
            modes.insert(source.id, mode);
    if (modes.isEmpty())
        return {};
    std::vector<qint64> queued;
    auto ok =
        sql::select(sql,
                    QStringLiteral("SELECT l.id FROM leads l JOIN stages s ON s.id = "
                                   "l.stage_id WHERE s.key = 'unassigned' AND "
                                   "l.consultant_id IS NULL ORDER BY l.created_at, l.id"),
                    {}, [&](const QSqlQuery& q) { queued.push_back(q.value(0).toLongLong()); });
    if (!ok)
        return std::unexpected(ok.error());
    LeadRepository leads(sql);
    for (qint64 id : queued) {
        auto lead = leads.byId(id);
        if (!lead)
            return std::unexpected(lead.error());
        if (!modes.contains(lead->sourceId))
            continue;
        auto assigned = assignment::byRule(m_context, *lead, modes.value(lead->sourceId));
        if (!assigned)
            return std::unexpected(assigned.error());
        if (!*assigned)
            continue; // manual or pool, or nobody is free now
        fired.push_back({QStringLiteral("assigned"),
                         id,
                         {*(*assigned)->consultantId},
                         tr("Assigned by the assignment rule.")});
    }
    return {};
}

} // namespace showroom
