#include "TaskRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kColumns = QStringLiteral(
    "t.id, t.lead_id, t.customer_id, t.assignee_id, t.kind, t.title, t.due_at, t.done_at, "
    "t.done_by, t.result, t.rule, t.manager_comment, t.manager_comment_by, t.manager_comment_at, "
    "t.created_by, t.created_at, t.version");
constexpr int kColumnCount = 17;

Task readTask(const QSqlQuery& q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.leadId = values::optionalId(q.value(1));
    t.customerId = values::optionalId(q.value(2));
    t.assigneeId = values::optionalId(q.value(3));
    t.kind = taskKindFromKey(q.value(4).toString()).value_or(TaskKind::Other);
    t.title = q.value(5).toString();
    t.dueAt = values::dateTime(q.value(6));
    t.doneAt = values::dateTime(q.value(7));
    t.doneBy = values::optionalId(q.value(8));
    t.result = q.value(9).toString();
    t.rule = q.value(10).toString();
    t.managerComment = q.value(11).toString();
    t.managerCommentBy = values::optionalId(q.value(12));
    t.managerCommentAt = values::dateTime(q.value(13));
    t.createdBy = values::optionalId(q.value(14));
    t.createdAt = values::dateTime(q.value(15));
    t.version = q.value(16).toInt();
    return t;
}

Result<std::vector<Task>> selectTasks(QSqlDatabase& db, const QString& where,
                                      const QVariantList& binds)
{
    std::vector<Task> tasks;
    auto ok = sql::select(db, QStringLiteral("SELECT %1 FROM tasks t %2").arg(kColumns, where),
                          binds, [&](const QSqlQuery& q) { tasks.push_back(readTask(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return tasks;
}
} // namespace

Result<qint64> TaskRepository::insert(const Task& task)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, "
                       "rule, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {values::optionalId(task.leadId), values::optionalId(task.customerId),
         values::optionalId(task.assigneeId), taskKindKey(task.kind), task.title,
         values::epoch(task.dueAt), task.rule, values::optionalId(task.createdBy),
         values::epoch(task.createdAt)});
}

Result<Task> TaskRepository::byId(qint64 id)
{
    auto found = selectTasks(m_db, QStringLiteral("WHERE t.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no task #%1.").arg(id));
    return found->front();
}

Result<std::vector<Task>> TaskRepository::forLead(qint64 leadId)
{
    return selectTasks(m_db, QStringLiteral("WHERE t.lead_id = ? ORDER BY t.due_at, t.id"),
                       {leadId});
}

Result<std::vector<TaskRow>> TaskRepository::openDue(std::optional<qint64> assigneeId,
                                                     const QDateTime& before)
{
    std::vector<TaskRow> rows;
    QString statement =
        QStringLiteral("SELECT %1, coalesce(c.display_name, ''), coalesce(l.vehicle_interest, "
                       "''), coalesce(u.display_name, '') FROM tasks t "
                       "LEFT JOIN customers c ON c.id = t.customer_id "
                       "LEFT JOIN leads l ON l.id = t.lead_id "
                       "LEFT JOIN users u ON u.id = t.assignee_id "
                       "WHERE t.done_at IS NULL AND t.due_at < ? ")
            .arg(kColumns);
    QVariantList binds{values::epoch(before)};
    if (assigneeId) {
        statement += QStringLiteral("AND t.assignee_id = ? ");
        binds << *assigneeId;
    }
    statement += QStringLiteral("ORDER BY t.due_at, t.id");
    auto ok = sql::select(m_db, statement, binds, [&](const QSqlQuery& q) {
        rows.push_back({readTask(q), q.value(kColumnCount).toString(),
                        q.value(kColumnCount + 1).toString(),
                        q.value(kColumnCount + 2).toString()});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return rows;
}

Result<int> TaskRepository::complete(const Task& task, qint64 userId, const QDateTime& at,
                                     const QString& result, const std::function<QString()>& label)
{
    return versionedUpdate(m_db, QStringLiteral("tasks"), task.id, task.version,
                           QStringLiteral("done_at = ?, done_by = ?, result = ?"),
                           {values::epoch(at), userId, result}, label);
}

Result<int> TaskRepository::comment(const Task& task, qint64 managerId, const QDateTime& at,
                                    const QString& text, const std::function<QString()>& label)
{
    return versionedUpdate(
        m_db, QStringLiteral("tasks"), task.id, task.version,
        QStringLiteral("manager_comment = ?, manager_comment_by = ?, manager_comment_at = ?"),
        {text, managerId, values::epoch(at)}, label);
}

Result<std::vector<Task>> TaskRepository::missedAppointments(const QDateTime& before)
{
    return selectTasks(
        m_db,
        QStringLiteral("WHERE t.done_at IS NULL AND t.kind = 'appointment' AND t.due_at < ? "
                       "AND t.lead_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visits v "
                       "WHERE v.customer_id = t.customer_id AND v.channel = 'walk_in' "
                       "AND v.arrived_at >= t.created_at) ORDER BY t.due_at, t.id"),
        {values::epoch(before)});
}

Result<void> TaskRepository::closeByRule(qint64 taskId, const QDateTime& at, const QString& result)
{
    auto done = sql::exec(m_db,
                          QStringLiteral("UPDATE tasks SET done_at = ?, result = ?, "
                                         "version = version + 1 WHERE id = ? AND done_at IS NULL"),
                          {values::epoch(at), result, taskId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> TaskRepository::refreshNextFollowUp(qint64 leadId)
{
    auto done = sql::exec(m_db,
                          QStringLiteral("UPDATE leads SET next_follow_up_at = (SELECT min(due_at) "
                                         "FROM tasks WHERE lead_id = ? AND done_at IS NULL) "
                                         "WHERE id = ?"),
                          {leadId, leadId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace showroom
