#include "Audit.h"

#include "domain/User.h"
#include "storage/AuditRepository.h"

namespace showroom {

Result<void> audit(ServiceContext& context, const User* actor, const QString& action,
                   const QString& entity, qint64 entityId, const QJsonObject& details)
{
    AuditEntry entry;
    entry.at = context.clock.now();
    if (actor)
        entry.userId = actor->id;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.details = details;
    auto inserted = AuditRepository(context.db.sql()).insert(entry);
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace showroom
