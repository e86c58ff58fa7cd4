#pragma once

#include "Error.h"
#include "domain/Notification.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

class NotificationRepository {
public:
    explicit NotificationRepository(QSqlDatabase& db) : m_db(db) {}

    // With a rule key, a second notification for the same person and key is ignored; returns
    // the new id, or 0 when it was a repeat.
    Result<qint64> insert(const Notification& notification, const QString& ruleKey = {});
    Result<std::vector<Notification>> forUser(qint64 userId, int limit = 200);
    Result<std::vector<Notification>> unreadAfter(qint64 userId, qint64 afterId);
    Result<int> unreadCount(qint64 userId);
    Result<void> markRead(qint64 userId, const std::vector<qint64>& ids, const QDateTime& at);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
