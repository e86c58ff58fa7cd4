#include "TimelineRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QSqlQuery>

namespace showroom {

namespace {
// One SELECT per source table, all with the same columns:
//  0 kind, 1 at, 2 table, 3 id, 4 lead, 5 user, 6 subject, 7 body, 8 direction, 9 duration,
// 10 source key, 11 source name, 12 from key, 13 from name, 14 to key, 15 to name, 16 channel,
// 17 purpose, 18 test drive, 19 granted, 20 amount, 21 rank (order within one second).
const QString kTimeline = QStringLiteral(
    "SELECT 'consent' AS kind, e.at AS at, 'consent_events', e.id AS source_id, NULL, "
    "  coalesce(u.display_name, ''), '', '', '', NULL, '', '', '', '', '', '', e.channel, '', 0, "
    "  e.granted, NULL, 1 AS rank "
    "FROM consent_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.customer_id = :id "
    "UNION ALL "
    "SELECT 'visit', v.arrived_at, 'visits', v.id, v.lead_id, "
    "  coalesce(c.display_name, r.display_name, ''), v.model_interest, '', '', NULL, '', '', '', "
    "  '', '', '', v.channel, v.purpose, v.test_drive, 0, NULL, 2 "
    "FROM visits v LEFT JOIN users c ON c.id = v.consultant_id "
    "LEFT JOIN users r ON r.id = v.created_by WHERE v.customer_id = :id "
    "UNION ALL "
    "SELECT 'lead_created', l.created_at, 'leads', l.id, l.id, coalesce(u.display_name, ''), "
    "  l.vehicle_interest, '', '', NULL, s.key, s.name, '', '', coalesce(f.key, ''), "
    "  coalesce(f.name, ''), '', '', 0, 0, NULL, 3 "
    "FROM leads l JOIN sources s ON s.id = l.source_id "
    "LEFT JOIN stage_history h ON h.id = (SELECT min(id) FROM stage_history "
    "  WHERE lead_id = l.id AND from_stage_id IS NULL) "
    "LEFT JOIN stages f ON f.id = h.to_stage_id LEFT JOIN users u ON u.id = h.changed_by "
    "WHERE l.customer_id = :id "
    "UNION ALL "
    "SELECT 'stage_change', h.changed_at, 'stage_history', h.id, h.lead_id, "
    "  coalesce(u.display_name, ''), '', '', '', NULL, '', '', f.key, f.name, t.key, t.name, '', "
    "  '', 0, 0, NULL, 4 "
    "FROM leads l JOIN stage_history h ON h.lead_id = l.id JOIN stages f ON f.id = h.from_stage_id "
    "JOIN stages t ON t.id = h.to_stage_id LEFT JOIN users u ON u.id = h.changed_by "
    "WHERE l.customer_id = :id "
    "UNION ALL "
    "SELECT a.kind, a.occurred_at, 'activities', a.id, a.lead_id, coalesce(u.display_name, ''), "
    "  a.subject, a.body, a.direction, a.duration_min, '', '', '', '', '', '', '', '', 0, 0, "
    "  NULL, 5 "
    "FROM activities a LEFT JOIN users u ON u.id = a.user_id WHERE a.customer_id = :id "
    "UNION ALL "
    "SELECT 'deal_signed', d.signed_at, 'deals', d.id, d.lead_id, coalesce(u.display_name, ''), "
    "  trim(coalesce(v.make || ' ' || v.model || ' ' || v.trim, d.ordered_vehicle)), '', '', NULL, "
    "'', '', '', "
    "  '', '', '', '', '', 0, 0, d.list_price_cents - d.discount_cents, 6 "
    "FROM deals d LEFT JOIN vehicles v ON v.id = d.vehicle_id "
    "LEFT JOIN users u ON u.id = d.consultant_id WHERE d.customer_id = :id "
    "UNION ALL "
    "SELECT 'delivery', d.delivered_at, 'deals', d.id, d.lead_id, coalesce(u.display_name, ''), "
    "  trim(coalesce(v.make || ' ' || v.model || ' ' || v.trim, '')), '', '', NULL, '', '', '', "
    "  '', '', '', '', '', 0, 0, NULL, 7 "
    "FROM deals d LEFT JOIN vehicles v ON v.id = d.vehicle_id "
    "LEFT JOIN users u ON u.id = d.consultant_id "
    "WHERE d.customer_id = :id AND d.delivered_at IS NOT NULL "
    "ORDER BY at DESC, rank DESC, source_id DESC LIMIT :limit");

Direction directionFromKey(const QString& key)
{
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    return Direction::None;
}

TimelineEntry readEntry(const QSqlQuery& q)
{
    TimelineEntry e;
    e.kind = timelineKindFromKey(q.value(0).toString()).value_or(TimelineKind::Note);
    e.at = values::dateTime(q.value(1));
    e.table = q.value(2).toString();
    e.sourceId = q.value(3).toLongLong();
    e.leadId = values::optionalId(q.value(4));
    e.userName = q.value(5).toString();
    e.subject = q.value(6).toString();
    e.body = q.value(7).toString();
    e.direction = directionFromKey(q.value(8).toString());
    if (!q.value(9).isNull())
        e.durationMinutes = q.value(9).toInt();
    e.sourceKey = q.value(10).toString();
    e.sourceName = q.value(11).toString();
    e.fromStageKey = q.value(12).toString();
    e.fromStageName = q.value(13).toString();
    e.toStageKey = q.value(14).toString();
    e.toStageName = q.value(15).toString();
    e.channel = q.value(16).toString();
    e.purpose = q.value(17).toString();
    e.testDrive = q.value(18).toBool();
    e.granted = q.value(19).toBool();
    e.amountCents = values::optionalId(q.value(20));
    return e;
}
} // namespace

Result<std::vector<TimelineEntry>> TimelineRepository::forCustomer(qint64 customerId, int limit)
{
    // Every part of the union filters by the customer: one bind per ":id".
    QString statement = kTimeline;
    QVariantList binds;
    for (qsizetype at = statement.indexOf(QStringLiteral(":id")); at >= 0;
         at = statement.indexOf(QStringLiteral(":id"), at)) {
        statement.replace(at, 3, QStringLiteral("?"));
        binds << customerId;
    }
    statement.replace(QStringLiteral(":limit"), QStringLiteral("?"));
    binds << (limit < 1 ? -1 : limit);
    std::vector<TimelineEntry> entries;
    auto ok = sql::select(m_db, statement, binds,
                          [&](const QSqlQuery& q) { entries.push_back(readEntry(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return entries;
}

} // namespace showroom
