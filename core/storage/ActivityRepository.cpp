#include "ActivityRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QSqlQuery>

namespace showroom {

namespace {
QString directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return QStringLiteral("in");
    case Direction::Outbound:
        return QStringLiteral("out");
    case Direction::None:
        break;
    }
    return {};
}

Direction directionFromKey(const QString& key)
{
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    return Direction::None;
}
} // namespace

Result<qint64> ActivityRepository::insert(const Activity& a)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO activities (customer_id, lead_id, user_id, kind, direction, "
                       "occurred_at, duration_min, subject, body, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.customerId, values::optionalId(a.leadId), values::optionalId(a.userId),
         activityKindKey(a.kind), directionKey(a.direction), values::epoch(a.occurredAt),
         a.durationMinutes ? QVariant(*a.durationMinutes) : QVariant(QMetaType(QMetaType::Int)),
         a.subject, a.body, values::epoch(a.createdAt)});
}

Result<std::vector<Activity>> ActivityRepository::forCustomer(qint64 customerId, int limit)
{
    std::vector<Activity> activities;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT id, customer_id, lead_id, user_id, kind, direction, occurred_at, "
                       "duration_min, subject, body, created_at, version FROM activities "
                       "WHERE customer_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?"),
        {customerId, limit}, [&](const QSqlQuery& q) {
            Activity a;
            a.id = q.value(0).toLongLong();
            a.customerId = q.value(1).toLongLong();
            a.leadId = values::optionalId(q.value(2));
            a.userId = values::optionalId(q.value(3));
            a.kind = activityKindFromKey(q.value(4).toString()).value_or(ActivityKind::Note);
            a.direction = directionFromKey(q.value(5).toString());
            a.occurredAt = values::dateTime(q.value(6));
            if (!q.value(7).isNull())
                a.durationMinutes = q.value(7).toInt();
            a.subject = q.value(8).toString();
            a.body = q.value(9).toString();
            a.createdAt = values::dateTime(q.value(10));
            a.version = q.value(11).toInt();
            activities.push_back(std::move(a));
        });
    if (!ok)
        return std::unexpected(ok.error());
    return activities;
}

} // namespace showroom
