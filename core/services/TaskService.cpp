#include "TaskService.h"

#include "rules/FollowUpPlan.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/NotificationService.h"
#include "services/Permissions.h"
#include "services/PipelineSettings.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/LeadRepository.h"
#include "storage/TaskRepository.h"

namespace showroom {

namespace {
QString taskLabel(const Task& task)
{
    return TaskService::tr("The task “%1”").arg(task.title);
}
} // namespace

Result<int> planFirstVisitFollowUps(ServiceContext& context, qint64 leadId,
                                    const QDateTime& visitAt)
{
    QSqlDatabase& sql = context.db.sql();
    auto lead = LeadRepository(sql).byId(leadId);
    if (!lead)
        return std::unexpected(lead.error());
    auto settings = PipelineSettings::load(sql);
    if (!settings)
        return std::unexpected(settings.error());
    TaskRepository tasks(sql);
    auto existing = tasks.forLead(leadId);
    if (!existing)
        return std::unexpected(existing.error());
    int planned = 0;
    for (const PlannedFollowUp& followUp :
         followUpsAfterFirstVisit(visitAt, settings->followUpDays, settings->response.hours)) {
        Task task;
        task.rule = QStringLiteral("first_visit_day_%1").arg(followUp.day);
        if (std::any_of(existing->begin(), existing->end(),
                        [&](const Task& t) { return t.rule == task.rule; }))
            continue;
        task.leadId = leadId;
        task.customerId = lead->customerId;
        task.assigneeId = lead->consultantId;
        task.kind = TaskKind::FollowUp;
        task.title =
            TaskService::tr("Follow-up call, day %1 after the first visit").arg(followUp.day);
        task.dueAt = followUp.dueAt;
        task.createdAt = context.clock.now();
        if (auto id = tasks.insert(task); !id)
            return std::unexpected(id.error());
        ++planned;
    }
    if (auto next = tasks.refreshNextFollowUp(leadId); !next)
        return std::unexpected(next.error());
    return planned;
}

Result<Task> TaskService::add(const User& actor, const NewTask& draft)
{
    if (auto allowed = require(actor, Permission::WorkOwnLeads); !allowed)
        return std::unexpected(allowed.error());
    if (draft.title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say what the follow-up is about."));
    if (!draft.dueAt.isValid())
        return fail(ErrorCode::InvalidInput, tr("A follow-up needs a date and time."));
    const QDateTime now = m_context.clock.now();
    auto added = m_context.db.write([&]() -> Result<Task> {
        QSqlDatabase& sql = m_context.db.sql();
        auto lead = LeadRepository(sql).byId(draft.leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (!roleAllows(actor.role, Permission::WorkAnyLead) && lead->consultantId &&
            *lead->consultantId != actor.id)
            return fail(ErrorCode::PermissionDenied,
                        tr("Lead #%1 belongs to another consultant.").arg(lead->id));
        Task task;
        task.leadId = lead->id;
        task.customerId = lead->customerId;
        task.assigneeId = draft.assigneeId     ? draft.assigneeId
                          : lead->consultantId ? lead->consultantId
                                               : std::optional<qint64>(actor.id);
        task.kind = draft.kind;
        task.title = draft.title.trimmed();
        task.dueAt = draft.dueAt.toUTC();
        task.createdBy = actor.id;
        task.createdAt = now;
        TaskRepository tasks(sql);
        auto id = tasks.insert(task);
        if (!id)
            return std::unexpected(id.error());
        if (auto next = tasks.refreshNextFollowUp(lead->id); !next)
            return std::unexpected(next.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("task.create"),
                                QStringLiteral("tasks"), *id,
                                {{QStringLiteral("lead_id"), lead->id},
                                 {QStringLiteral("kind"), taskKindKey(task.kind)}});
            !logged)
            return std::unexpected(logged.error());
        return tasks.byId(*id);
    });
    if (added && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(draft.leadId);
    return added;
}

Result<Task> TaskService::checkCanWork(const User& actor, qint64 taskId)
{
    auto task = TaskRepository(m_context.db.sql()).byId(taskId);
    if (!task)
        return task;
    if (roleAllows(actor.role, Permission::WorkAnyLead))
        return task;
    if (auto allowed = require(actor, Permission::WorkOwnLeads); !allowed)
        return std::unexpected(allowed.error());
    if (task->assigneeId && *task->assigneeId != actor.id)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 belongs to another consultant.").arg(taskLabel(*task)));
    return task;
}

Result<Task> TaskService::complete(const User& actor, qint64 taskId, const QString& result,
                                   std::optional<int> expectedVersion)
{
    if (result.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Write down the result: what came of the follow-up?"));
    const QDateTime now = m_context.clock.now();
    std::optional<qint64> leadId;
    auto completed = m_context.db.write([&]() -> Result<Task> {
        auto task = checkCanWork(actor, taskId);
        if (!task)
            return task;
        if (task->done())
            return fail(ErrorCode::InvalidInput, tr("%1 is already done.").arg(taskLabel(*task)));
        if (expectedVersion)
            task->version = *expectedVersion;
        TaskRepository tasks(m_context.db.sql());
        if (auto done = tasks.complete(*task, actor.id, now, result.trimmed(),
                                       [&] { return taskLabel(*task); });
            !done)
            return std::unexpected(done.error());
        leadId = task->leadId;
        if (leadId) {
            if (auto next = tasks.refreshNextFollowUp(*leadId); !next)
                return std::unexpected(next.error());
        }
        if (auto logged =
                audit(m_context, &actor, QStringLiteral("task.complete"), QStringLiteral("tasks"),
                      taskId, {{QStringLiteral("result"), result.trimmed()}});
            !logged)
            return std::unexpected(logged.error());
        return tasks.byId(taskId);
    });
    if (completed && leadId && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(*leadId);
    return completed;
}

Result<Task> TaskService::comment(const User& actor, qint64 taskId, const QString& text)
{
    if (auto allowed = require(actor, Permission::CommentAsManager); !allowed)
        return std::unexpected(allowed.error());
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The comment is empty."));
    const QDateTime now = m_context.clock.now();
    std::optional<qint64> customerId;
    auto commented = m_context.db.write([&]() -> Result<Task> {
        QSqlDatabase& sql = m_context.db.sql();
        TaskRepository tasks(sql);
        auto task = tasks.byId(taskId);
        if (!task)
            return task;
        if (auto saved = tasks.comment(*task, actor.id, now, text.trimmed(),
                                       [&] { return taskLabel(*task); });
            !saved)
            return std::unexpected(saved.error());
        customerId = task->customerId;
        if (task->customerId) { // the comment also shows on the customer's timeline
            Activity note;
            note.customerId = *task->customerId;
            note.leadId = task->leadId;
            note.userId = actor.id;
            note.kind = ActivityKind::ManagerComment;
            note.occurredAt = now;
            note.createdAt = now;
            note.subject = task->title;
            note.body = text.trimmed();
            if (auto added = ActivityRepository(sql).insert(note); !added)
                return std::unexpected(added.error());
        }
        if (task->assigneeId && *task->assigneeId != actor.id) {
            Notification n;
            n.userId = *task->assigneeId;
            n.kind = NotificationKind::ManagerComment;
            n.leadId = task->leadId;
            n.createdAt = now;
            const QString customer = task->customerId
                                         ? NotificationService::customerName(sql, *task->customerId)
                                         : QString();
            n.details = {{QStringLiteral("customer"), customer},
                         {QStringLiteral("by"), actor.displayName},
                         {QStringLiteral("task"), task->title},
                         {QStringLiteral("comment"), text.trimmed()}};
            if (auto posted = NotificationService::post(sql, n); !posted)
                return std::unexpected(posted.error());
        }
        if (auto logged = audit(m_context, &actor, QStringLiteral("task.comment"),
                                QStringLiteral("tasks"), taskId);
            !logged)
            return std::unexpected(logged.error());
        return tasks.byId(taskId);
    });
    if (commented && customerId && m_context.changes)
        Q_EMIT m_context.changes->customerChanged(*customerId);
    return commented;
}

Result<std::vector<Task>> TaskService::forLead(qint64 leadId)
{
    return TaskRepository(m_context.db.sql()).forLead(leadId);
}

Result<TodayList> TaskService::today(std::optional<qint64> userId)
{
    QSqlDatabase& sql = m_context.db.sql();
    auto settings = PipelineSettings::load(sql);
    if (!settings)
        return std::unexpected(settings.error());
    const QTimeZone zone = settings->response.hours.zone();
    const QDateTime now = m_context.clock.now();
    const QDateTime startOfDay = QDateTime(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    const QDateTime endOfDay = startOfDay.addDays(1);
    auto rows = TaskRepository(sql).openDue(userId, endOfDay);
    if (!rows)
        return std::unexpected(rows.error());
    TodayList today;
    for (TaskRow& row : *rows) {
        const bool appointment =
            row.task.kind == TaskKind::Appointment || row.task.kind == TaskKind::TestDrive;
        if (appointment && row.task.dueAt >= startOfDay)
            today.appointments.push_back(std::move(row));
        else if (row.task.dueAt < now)
            today.overdue.push_back(std::move(row));
        else
            today.dueToday.push_back(std::move(row));
    }
    return today;
}

} // namespace showroom
