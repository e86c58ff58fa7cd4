#include "AuditRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace showroom {

Result<qint64> AuditRepository::insert(const AuditEntry& e)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, "
                       "entity_id, details) VALUES (?, ?, ?, ?, ?, ?)"),
        {values::epoch(e.at), values::optionalId(e.userId), e.action, e.entity,
         values::optionalId(e.entityId),
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
}

Result<std::vector<AuditEntry>> AuditRepository::forEntity(const QString& entity, qint64 entityId)
{
    std::vector<AuditEntry> entries;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, "
                       "details FROM audit_log WHERE entity = ? AND "
                       "entity_id = ? ORDER BY id"),
        {entity, entityId}, [&](const QSqlQuery& q) {
            entries.push_back({q.value(0).toLongLong(), values::dateTime(q.value(1)),
                               values::optionalId(q.value(2)), q.value(3).toString(),
                               q.value(4).toString(), values::optionalId(q.value(5)),
                               QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return entries;
}

} // namespace showroom
