#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

enum class TaskKind {
    FollowUp,    // a call or message to keep in touch
    CallBack,    // the customer asked to be called
    Appointment, // invited to the showroom
    TestDrive,   // booked test drive
    Other
};

QString taskKindKey(TaskKind kind);
std::optional<TaskKind> taskKindFromKey(const QString& key);

struct Task {
    qint64 id = 0;
    std::optional<qint64> leadId;
    std::optional<qint64> customerId;
    std::optional<qint64> assigneeId;
    TaskKind kind = TaskKind::FollowUp;
    QString title;
    QDateTime dueAt;
    QDateTime doneAt;
    std::optional<qint64> doneBy;
    QString result;
    QString rule; // the rule that planned it ('' when a person did)
    QString managerComment;
    std::optional<qint64> managerCommentBy;
    QDateTime managerCommentAt;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    int version = 1;

    bool done() const { return doneAt.isValid(); }
};

// A task as the Today view shows it: with the customer's name and the lead's car of interest.
struct TaskRow {
    Task task;
    QString customerName;
    QString vehicleInterest;
    QString assigneeName;
};

} // namespace showroom
