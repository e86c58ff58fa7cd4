#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

enum class ActivityKind { Call, Visit, TestDrive, Email, Sms, Note, Offer, ManagerComment };

QString activityKindKey(ActivityKind kind);
std::optional<ActivityKind> activityKindFromKey(const QString& key);
// Calls, emails, SMS and visits reach the customer: the first one stops the response clock.
bool isCustomerContact(ActivityKind kind);

enum class Direction { None, Inbound, Outbound };

struct Activity {
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> leadId;
    std::optional<qint64> userId;
    ActivityKind kind = ActivityKind::Note;
    Direction direction = Direction::None;
    QDateTime occurredAt;
    std::optional<int> durationMinutes;
    QString subject;
    QString body;
    QDateTime createdAt;
    int version = 1;
};

} // namespace showroom
