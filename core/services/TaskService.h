#pragma once

#include "Error.h"
#include "domain/Task.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

struct NewTask {
    qint64 leadId = 0;
    TaskKind kind = TaskKind::FollowUp;
    QString title;
    QDateTime dueAt;
    std::optional<qint64> assigneeId; // empty: the lead's consultant (or whoever plans it)
};

// A consultant's day: what is overdue, what is due today, and the appointments (showroom
// invitations, test drives) of today.
struct TodayList {
    std::vector<TaskRow> overdue;
    std::vector<TaskRow> dueToday;
    std::vector<TaskRow> appointments;
};

// Follow-up tasks: planned by the rules or by the consultant, completed with a result, commented
// on by the manager.
class TaskService {
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    explicit TaskService(ServiceContext context) : m_context(context) {}

    Result<Task> add(const User& actor, const NewTask& draft);
    // A task is done only with a result ("reached, test drive on Friday").
    Result<Task> complete(const User& actor, qint64 taskId, const QString& result,
                          std::optional<int> expectedVersion = std::nullopt);
    // Managers comment on any follow-up; the consultant is notified and sees it on the task.
    Result<Task> comment(const User& actor, qint64 taskId, const QString& text);
    Result<std::vector<Task>> forLead(qint64 leadId);
    // `userId` empty: everyone's (managers). "Today" ends at local midnight.
    Result<TodayList> today(std::optional<qint64> userId);

private:
    Result<Task> checkCanWork(const User& actor, qint64 taskId);
    ServiceContext m_context;
};

// Inside a write transaction: the day-1/3/7 calls after a first visit, for the lead's consultant.
Result<int> planFirstVisitFollowUps(ServiceContext& context, qint64 leadId,
                                    const QDateTime& visitAt);

} // namespace showroom
