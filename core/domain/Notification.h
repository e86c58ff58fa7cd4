#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace showroom {

// Why a notification fired. Its text is made from the kind and details when shown, in the
// reader's language.
enum class NotificationKind {
    ResponseReminder,   // the first-contact deadline passed
    ResponseEscalation, // the escalation time after the deadline passed too
    Assigned,           // a lead was given to you
    LostRequested,      // a consultant asks to close a lead as lost (to managers)
    LostApproved,
    LostReturned,
    Requeued,        // invited, did not come: back to the queue
    ManagerComment,  // the manager commented on your follow-up
    DeliveryDue,     // a deal's promised delivery date is near
    DeliveryOverdue, // the promised delivery date passed and the car is not handed over
    StepDue,         // a dated checklist step falls due soon
    StepOverdue,     // a dated checklist step is overdue
};

QString notificationKindKey(NotificationKind kind);
std::optional<NotificationKind> notificationKindFromKey(const QString& key);

struct Notification {
    qint64 id = 0;
    qint64 userId = 0;
    NotificationKind kind = NotificationKind::Assigned;
    QString title; // as written when it fired; the UI re-renders from kind + details
    QString body;
    QJsonObject details;
    std::optional<qint64> leadId;
    std::optional<qint64> dealId;
    QDateTime createdAt;
    QDateTime readAt;
};

} // namespace showroom
