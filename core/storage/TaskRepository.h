#pragma once

#include "Error.h"
#include "domain/Task.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace showroom {

class TaskRepository {
public:
    explicit TaskRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Task& task);
    Result<Task> byId(qint64 id);
    Result<std::vector<Task>> forLead(qint64 leadId);
    // Open tasks of one person (or everyone's when `assigneeId` is empty) due before `before`.
    Result<std::vector<TaskRow>> openDue(std::optional<qint64> assigneeId, const QDateTime& before);
    // Version-checked completion.
    Result<int> complete(const Task& task, qint64 userId, const QDateTime& at,
                         const QString& result, const std::function<QString()>& label);
    Result<int> comment(const Task& task, qint64 managerId, const QDateTime& at,
                        const QString& text, const std::function<QString()>& label);
    // Appointments due before `before` that are still open and the customer has not visited
    // since the invitation was made.
    Result<std::vector<Task>> missedAppointments(const QDateTime& before);
    // Closes a task without a version check (a rule, not a person, did it).
    Result<void> closeByRule(qint64 taskId, const QDateTime& at, const QString& result);
    // Keeps leads.next_follow_up_at equal to the lead's earliest open task.
    Result<void> refreshNextFollowUp(qint64 leadId);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
