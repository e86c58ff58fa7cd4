#include "NotificationRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QJsonDocument>

namespace showroom {

namespace {
const QString kSelect = QStringLiteral("SELECT id, user_id, kind, title, body, details, lead_id, "
                                       "created_at, read_at, deal_id FROM notifications ");

Notification readNotification(const QSqlQuery& q)
{
    Notification n;
    n.id = q.value(0).toLongLong();
    n.userId = q.value(1).toLongLong();
    n.kind = notificationKindFromKey(q.value(2).toString()).value_or(NotificationKind::Assigned);
    n.title = q.value(3).toString();
    n.body = q.value(4).toString();
    n.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    n.leadId = values::optionalId(q.value(6));
    n.createdAt = values::dateTime(q.value(7));
    n.readAt = values::dateTime(q.value(8));
    n.dealId = values::optionalId(q.value(9));
    return n;
}

Result<std::vector<Notification>> selectNotifications(QSqlDatabase& db, const QString& tail,
                                                      const QVariantList& binds)
{
    std::vector<Notification> found;
    auto ok = sql::select(db, kSelect + tail, binds,
                          [&](const QSqlQuery& q) { found.push_back(readNotification(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return found;
}
} // namespace

Result<qint64> NotificationRepository::insert(const Notification& n, const QString& ruleKey)
{
    auto affected =
        sql::exec(m_db,
                  QStringLiteral(
                      "INSERT OR IGNORE INTO notifications (user_id, kind, title, body, details, "
                      "lead_id, deal_id, created_at, rule_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {n.userId, notificationKindKey(n.kind), n.title, n.body,
                   QString::fromUtf8(QJsonDocument(n.details).toJson(QJsonDocument::Compact)),
                   values::optionalId(n.leadId), values::optionalId(n.dealId),
                   values::epoch(n.createdAt), values::textOrNull(ruleKey)});
    if (!affected)
        return std::unexpected(affected.error());
    if (*affected == 0)
        return 0;
    auto id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<std::vector<Notification>> NotificationRepository::forUser(qint64 userId, int limit)
{
    return selectNotifications(m_db, QStringLiteral("WHERE user_id = ? ORDER BY id DESC LIMIT ?"),
                               {userId, limit});
}

Result<std::vector<Notification>> NotificationRepository::unreadAfter(qint64 userId, qint64 afterId)
{
    return selectNotifications(
        m_db, QStringLiteral("WHERE user_id = ? AND read_at IS NULL AND id > ? ORDER BY id"),
        {userId, afterId});
}

Result<int> NotificationRepository::unreadCount(qint64 userId)
{
    auto count = sql::scalar(
        m_db,
        QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"),
        {userId});
    if (!count)
        return std::unexpected(count.error());
    return count->toInt();
}

Result<void> NotificationRepository::markRead(qint64 userId, const std::vector<qint64>& ids,
                                              const QDateTime& at)
{
    for (qint64 id : ids) {
        auto done = sql::exec(m_db,
                              QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? "
                                             "AND user_id = ? AND read_at IS NULL"),
                              {values::epoch(at), id, userId});
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace showroom
