#include "CustomerCardRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QSqlQuery>

namespace showroom {

Result<std::vector<LeadSummary>> CustomerCardRepository::leads(qint64 customerId)
{
    std::vector<LeadSummary> leads;
    auto ok = sql::select(
        m_db,
        QStringLiteral(
            "SELECT l.id, s.key, s.name, s.kind, l.consultant_id, "
            "coalesce(u.display_name, ''), src.key, src.name, l.vehicle_interest, "
            "l.created_at, l.closed_at, l.version FROM leads l "
            "JOIN stages s ON s.id = l.stage_id JOIN sources src ON src.id = l.source_id "
            "LEFT JOIN users u ON u.id = l.consultant_id WHERE l.customer_id = ? "
            "ORDER BY l.created_at DESC, l.id DESC"),
        {customerId}, [&](const QSqlQuery& q) {
            LeadSummary lead;
            lead.id = q.value(0).toLongLong();
            lead.stageKey = q.value(1).toString();
            lead.stageName = q.value(2).toString();
            lead.stageKind = stageKindFromKey(q.value(3).toString()).value_or(StageKind::Open);
            lead.consultantId = values::optionalId(q.value(4));
            lead.consultantName = q.value(5).toString();
            lead.sourceKey = q.value(6).toString();
            lead.sourceName = q.value(7).toString();
            lead.vehicleInterest = q.value(8).toString();
            lead.createdAt = values::dateTime(q.value(9));
            lead.closedAt = values::dateTime(q.value(10));
            lead.version = q.value(11).toInt();
            leads.push_back(std::move(lead));
        });
    if (!ok)
        return std::unexpected(ok.error());
    return leads;
}

Result<bool> CustomerCardRepository::boughtBefore(qint64 customerId)
{
    auto found = sql::scalar(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads l JOIN stages s ON s.id = l.stage_id "
                       "WHERE l.customer_id = ? AND s.kind = 'won') "
                       "OR EXISTS (SELECT 1 FROM deals WHERE customer_id = ? "
                       "AND status <> 'cancelled')"),
        {customerId, customerId});
    if (!found)
        return std::unexpected(found.error());
    return found->toBool();
}

Result<QString> CustomerCardRepository::userName(qint64 userId)
{
    auto name =
        sql::scalar(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {userId});
    if (!name)
        return std::unexpected(name.error());
    return name->toString();
}

} // namespace showroom
