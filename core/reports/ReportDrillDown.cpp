#include "ReportScope.h"
#include "ReportService.h"
#include "services/PipelineSettings.h"
#include "storage/Sql.h"

#include <QSet>

namespace showroom::reports {

namespace {

using detail::Scope;

struct Candidates {
    QString statement; // selects lead ids (and, for VisitHour, arrival times)
    QVariantList binds;
    bool visitConsultant = false; // the consultant filter applies to the visit, not the lead
};

Candidates candidates(const Scope& scope, const Drill& drill)
{
    const QVariantList period{scope.from, scope.to};
    const qint64 id = drill.id.value_or(0);
    const qint64 second = drill.secondId.value_or(0);
    const QString lostMoves = QStringLiteral(
        "SELECT l.id FROM leads l INDEXED BY leads_lost_closed JOIN stage_history h "
        "ON h.lead_id = l.id AND h.changed_at = l.closed_at AND h.to_stage_id = l.stage_id "
        "JOIN stages s ON s.id = h.to_stage_id WHERE l.closed_at >= ? AND l.closed_at < ? "
        "AND s.kind = 'lost' AND l.lost_status = 'approved' "
        "AND coalesce(l.lost_reason_id, 0) = ?");
    switch (drill.kind) {
    case DrillKind::VisitDay: {
        const qint64 start = scope.startOf(drill.day);
        return {
            QStringLiteral("SELECT v.lead_id, v.arrived_at, v.consultant_id FROM visits v "
                           "WHERE v.channel = 'walk_in' AND v.lead_id IS NOT NULL "
                           "AND v.arrived_at >= ? AND v.arrived_at < ?"),
            {std::max(start, scope.from), std::min(scope.startOf(drill.day.addDays(1)), scope.to)},
            true};
    }
    case DrillKind::VisitHour:
        return {QStringLiteral("SELECT v.lead_id, v.arrived_at, v.consultant_id FROM visits v "
                               "WHERE v.channel = 'walk_in' AND v.lead_id IS NOT NULL "
                               "AND v.arrived_at >= ? AND v.arrived_at < ?"),
                period, true};
    case DrillKind::StageEntered:
        return {QStringLiteral("SELECT DISTINCT lead_id FROM stage_history WHERE changed_at >= ? "
                               "AND changed_at < ? AND to_stage_id = ?"),
                period + QVariantList{id}};
    case DrillKind::Source:
        return {QStringLiteral("SELECT id FROM leads WHERE created_at >= ? AND created_at < ? "
                               "AND source_id = ?"),
                period + QVariantList{id}};
    case DrillKind::Campaign:
        return {QStringLiteral("SELECT id FROM leads WHERE created_at >= ? AND created_at < ? "
                               "AND campaign_id = ?"),
                period + QVariantList{id}};
    case DrillKind::LostReason:
        return {lostMoves, period + QVariantList{id}};
    case DrillKind::LostByStage:
        return {lostMoves + QStringLiteral(" AND coalesce(h.from_stage_id, 0) = ?"),
                period + QVariantList{id, second}};
    case DrillKind::LostByConsultant:
        return {lostMoves + QStringLiteral(" AND coalesce(l.consultant_id, 0) = ?"),
                period + QVariantList{id, second}};
    case DrillKind::Consultant:
        return {QStringLiteral("SELECT DISTINCT h.lead_id FROM stage_history h "
                               "JOIN stages s ON s.id = h.to_stage_id JOIN leads l "
                               "ON l.id = h.lead_id WHERE h.changed_at >= ? AND h.changed_at < ? "
                               "AND s.key = 'assigned' AND l.consultant_id = ?"),
                period + QVariantList{id}};
    case DrillKind::Won:
        return {QStringLiteral("SELECT DISTINCT h.lead_id FROM stage_history h "
                               "JOIN stages s ON s.id = h.to_stage_id JOIN leads l "
                               "ON l.id = h.lead_id WHERE h.changed_at >= ? AND h.changed_at < ? "
                               "AND s.kind = 'won'") +
                    (drill.id ? QStringLiteral(" AND l.consultant_id = ?") : QString()),
                drill.id ? period + QVariantList{id} : period};
    }
    return {};
}

} // namespace

Result<std::vector<DrillRow>> ReportService::drillDown(const User& actor, ReportFilter requested,
                                                       const Drill& drill, int limit)
{
    auto filter = allowedFilter(actor, requested);
    if (!filter)
        return std::unexpected(filter.error());
    QSqlDatabase& db = m_context.db.sql();
    auto settings = PipelineSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    const Scope scope = Scope{db, *filter, settings->response.hours.zone(), 0, 0, 0, {}}.shifted(
        filter->first, filter->last);

    const Candidates c = candidates(scope, drill);
    QSet<qint64> ids;
    auto ok = sql::select(db, c.statement, c.binds, [&](const QSqlQuery& q) {
        if (c.visitConsultant) {
            if (drill.kind == DrillKind::VisitHour &&
                scope.localHour(q.value(1).toLongLong()) != drill.hour)
                return;
            if (filter->consultantId && q.value(2).toLongLong() != *filter->consultantId)
                return;
        }
        ids.insert(q.value(0).toLongLong());
    });
    if (!ok)
        return std::unexpected(ok.error());

    std::vector<DrillRow> rows;
    if (ids.isEmpty())
        return rows;
    QStringList idList;
    for (qint64 id : std::as_const(ids))
        idList << QString::number(id);
    QVariantList binds;
    QString where;
    if (filter->consultantId && !c.visitConsultant) {
        where += QStringLiteral(" AND l.consultant_id = ?");
        binds << *filter->consultantId;
    }
    if (filter->sourceId) {
        where += QStringLiteral(" AND l.source_id = ?");
        binds << *filter->sourceId;
    }
    binds << limit;
    ok = sql::select(
        db,
        QStringLiteral("SELECT l.id, l.customer_id, c.display_name, src.name, "
                       "coalesce(u.display_name, ''), s.key, s.name, l.created_at FROM leads l "
                       "JOIN customers c ON c.id = l.customer_id "
                       "JOIN sources src ON src.id = l.source_id "
                       "JOIN stages s ON s.id = l.stage_id "
                       "LEFT JOIN users u ON u.id = l.consultant_id "
                       "WHERE l.id IN (%1)%2 ORDER BY l.created_at DESC, l.id DESC LIMIT ?")
            .arg(idList.join(QLatin1Char(',')), where),
        binds, [&](const QSqlQuery& q) {
            rows.push_back(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                 q.value(6).toString(),
                 QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::utc())});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return rows;
}

} // namespace showroom::reports
