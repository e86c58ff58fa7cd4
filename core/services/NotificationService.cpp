#include "NotificationService.h"

#include "storage/NotificationRepository.h"
#include "storage/Sql.h"

#include <QLocale>

namespace showroom {

namespace {
QString text(const Notification& n, const char* key)
{
    return n.details.value(QLatin1String(key)).toString();
}

QString time(const Notification& n, const char* key)
{
    const QDateTime at = QDateTime::fromString(text(n, key), Qt::ISODate);
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The assignment rule's name as the reader says it.
QString modeName(const QString& key)
{
    if (key == QLatin1String("round_robin"))
        return NotificationService::tr("round robin");
    if (key == QLatin1String("weighted"))
        return NotificationService::tr("weighted shares");
    return key;
}

QString date(const Notification& n, const char* key)
{
    return QLocale().toString(QDate::fromString(text(n, key), Qt::ISODate), QLocale::ShortFormat);
}

QString dealLabel(const Notification& n)
{
    const qint64 id = n.dealId.value_or(0);
    const QString customer = text(n, "customer");
    return customer.isEmpty() ? NotificationService::tr("Deal #%1").arg(id)
                              : NotificationService::tr("Deal #%1 (%2)").arg(id).arg(customer);
}

QString leadLabel(const Notification& n)
{
    const qint64 id = n.leadId.value_or(0);
    const QString customer = text(n, "customer");
    return customer.isEmpty() ? NotificationService::tr("Lead #%1").arg(id)
                              : NotificationService::tr("Lead #%1 (%2)").arg(id).arg(customer);
}
} // namespace

QString NotificationService::title(const Notification& n)
{
    const QString lead = leadLabel(n);
    switch (n.kind) {
    case NotificationKind::ResponseReminder:
        return tr("%1 has no first contact yet").arg(lead);
    case NotificationKind::ResponseEscalation:
        return tr("Escalation: %1 is still waiting for a first contact").arg(lead);
    case NotificationKind::Assigned:
        return tr("%1 was assigned to you").arg(lead);
    case NotificationKind::LostRequested:
        return tr("%1: approve “lost”?").arg(lead);
    case NotificationKind::LostApproved:
        return tr("%1 was closed as lost").arg(lead);
    case NotificationKind::LostReturned:
        return tr("%1 was returned to you").arg(lead);
    case NotificationKind::Requeued:
        return tr("%1 is back in the unassigned queue").arg(lead);
    case NotificationKind::ManagerComment:
        return tr("%1: the manager commented on a follow-up").arg(lead);
    case NotificationKind::DeliveryDue:
        return tr("%1: delivery due on %2").arg(dealLabel(n), date(n, "promised"));
    case NotificationKind::DeliveryOverdue:
        return tr("%1: the promised delivery date passed").arg(dealLabel(n));
    case NotificationKind::StepDue:
        return tr("%1: “%2” is due").arg(dealLabel(n), text(n, "step"));
    case NotificationKind::StepOverdue:
        return tr("%1: “%2” is overdue").arg(dealLabel(n), text(n, "step"));
    }
    return lead;
}

QString NotificationService::reason(const Notification& n)
{
    const QString by = text(n, "by");
    switch (n.kind) {
    case NotificationKind::ResponseReminder:
        return tr("The response deadline (%1 business minutes after the lead arrived) passed at "
                  "%2. A call, email, SMS or visit stops the clock.")
            .arg(n.details.value(QLatin1String("minutes")).toInt())
            .arg(time(n, "due"));
    case NotificationKind::ResponseEscalation:
        return tr("No first contact %1 business minutes after the deadline of %2; the consultant "
                  "is %3.")
            .arg(n.details.value(QLatin1String("escalation_minutes")).toInt())
            .arg(time(n, "due"))
            .arg(text(n, "consultant").isEmpty() ? tr("not yet assigned") : text(n, "consultant"));
    case NotificationKind::Assigned:
        return by.isEmpty()
                   ? tr("The assignment rule (%1) chose you.").arg(modeName(text(n, "mode")))
                   : tr("%1 assigned it to you.").arg(by);
    case NotificationKind::LostRequested:
        return tr("%1 asks to close it as lost: %2. %3")
            .arg(by, text(n, "reason"), text(n, "comment"))
            .trimmed();
    case NotificationKind::LostApproved:
        return tr("%1 approved your request (%2).").arg(by, text(n, "reason"));
    case NotificationKind::LostReturned:
        return tr("%1 did not approve “lost”: %2").arg(by, text(n, "comment"));
    case NotificationKind::Requeued:
        return tr("The customer was invited for %1 and has not come within %2 days; the lead "
                  "left %3 for reassignment.")
            .arg(time(n, "due"))
            .arg(n.details.value(QLatin1String("days")).toInt())
            .arg(text(n, "consultant"));
    case NotificationKind::ManagerComment:
        return tr("%1 on “%2”: %3").arg(by, text(n, "task"), text(n, "comment"));
    case NotificationKind::DeliveryDue:
        return tr("The car (%1) was promised for %2. Reminders start %n day(s) before.", nullptr,
                  n.details.value(QLatin1String("days")).toInt())
            .arg(text(n, "vehicle"), date(n, "promised"));
    case NotificationKind::DeliveryOverdue:
        return tr("The car (%1) was promised for %2 and is not handed over yet. Agree a new date "
                  "with the customer.")
            .arg(text(n, "vehicle"), date(n, "promised"));
    case NotificationKind::StepDue:
        return tr("The step “%1” of the deal's checklist is due on %2.")
            .arg(text(n, "step"), date(n, "due"));
    case NotificationKind::StepOverdue:
        return tr("The step “%1” of the deal's checklist was due on %2 and is still open.")
            .arg(text(n, "step"), date(n, "due"));
    }
    return {};
}

Result<qint64> NotificationService::post(QSqlDatabase& db, Notification notification,
                                         const QString& ruleKey)
{
    notification.title = title(notification);
    notification.body = reason(notification);
    return NotificationRepository(db).insert(notification, ruleKey);
}

QString NotificationService::customerName(QSqlDatabase& db, qint64 customerId)
{
    auto name = sql::scalar(db, QStringLiteral("SELECT display_name FROM customers WHERE id = ?"),
                            {customerId});
    return name ? name->toString() : QString();
}

Result<std::vector<qint64>> NotificationService::managerIds(QSqlDatabase& db)
{
    std::vector<qint64> ids;
    auto ok = sql::select(
        db,
        QStringLiteral("SELECT id FROM users WHERE role = 'manager' AND active = 1 ORDER BY id"),
        {}, [&](const QSqlQuery& q) { ids.push_back(q.value(0).toLongLong()); });
    if (!ok)
        return std::unexpected(ok.error());
    return ids;
}

Result<std::vector<qint64>> NotificationService::queueOwnerIds(QSqlDatabase& db,
                                                               const QString& ownerLogin)
{
    if (!ownerLogin.isEmpty()) {
        auto id =
            sql::scalar(db, QStringLiteral("SELECT id FROM users WHERE login = ? AND active = 1"),
                        {ownerLogin});
        if (!id)
            return std::unexpected(id.error());
        if (id->isValid())
            return std::vector<qint64>{id->toLongLong()};
    }
    return managerIds(db);
}

Result<std::vector<Notification>> NotificationService::list(const User& reader, int limit)
{
    return NotificationRepository(m_context.db.sql()).forUser(reader.id, limit);
}

Result<std::vector<Notification>> NotificationService::unreadAfter(const User& reader,
                                                                   qint64 afterId)
{
    return NotificationRepository(m_context.db.sql()).unreadAfter(reader.id, afterId);
}

Result<int> NotificationService::unreadCount(const User& reader)
{
    return NotificationRepository(m_context.db.sql()).unreadCount(reader.id);
}

Result<void> NotificationService::markRead(const User& reader, const std::vector<qint64>& ids)
{
    const QDateTime now = m_context.clock.now();
    return m_context.db.writeTransaction(
        [&] { return NotificationRepository(m_context.db.sql()).markRead(reader.id, ids, now); });
}

} // namespace showroom
