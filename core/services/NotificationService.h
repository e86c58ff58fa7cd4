#pragma once

#include "Error.h"
#include "domain/Notification.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// The in-app notification list: reminders, escalations, assignments, lost decisions. Each
// notification says why it fired, in the reader's language.
class NotificationService {
    Q_DECLARE_TR_FUNCTIONS(NotificationService)

public:
    explicit NotificationService(ServiceContext context) : m_context(context) {}

    Result<std::vector<Notification>> list(const User& reader, int limit = 200);
    Result<std::vector<Notification>> unreadAfter(const User& reader, qint64 afterId);
    Result<int> unreadCount(const User& reader);
    Result<void> markRead(const User& reader, const std::vector<qint64>& ids);

    // What happened, e.g. "Lead #12 (Anna Berger) has no first contact yet".
    static QString title(const Notification& notification);
    // Why it fired, e.g. "The 30-minute response deadline passed at 10:30 ...".
    static QString reason(const Notification& notification);

    // Writes a notification inside the caller's transaction, texts rendered from kind and
    // details. With a rule key a repeat for the same person is ignored (returns 0).
    static Result<qint64> post(QSqlDatabase& db, Notification notification,
                               const QString& ruleKey = {});
    // The customer's display name for a notification ('' when it cannot be read).
    static QString customerName(QSqlDatabase& db, qint64 customerId);
    // Active managers, who receive escalations and lost requests.
    static Result<std::vector<qint64>> managerIds(QSqlDatabase& db);
    // Who owns the unassigned queue: the configured login, or the managers.
    static Result<std::vector<qint64>> queueOwnerIds(QSqlDatabase& db, const QString& ownerLogin);

private:
    ServiceContext m_context;
};

} // namespace showroom
