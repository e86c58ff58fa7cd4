#include "ReportScope.h"
#include "reports/ReportPeriod.h"
#include "storage/Sql.h"

#include <QHash>
#include <functional>

namespace showroom::reports::detail {

namespace {

// Leads still lost (approved) whose move into Lost happened in [from, to): read from the leads
// closed in the range (the planner would otherwise walk every lost lead ever).
QString lostMoves(const QString& select, const QString& filter)
{
    return QStringLiteral("SELECT %1 FROM leads l INDEXED BY leads_lost_closed "
                          "JOIN stage_history h ON h.lead_id = l.id AND h.changed_at = l.closed_at "
                          "AND h.to_stage_id = l.stage_id JOIN stages s ON s.id = h.to_stage_id "
                          "WHERE l.closed_at >= ? AND l.closed_at < ? AND s.kind = 'lost' "
                          "AND l.lost_status = 'approved'%2")
        .arg(select, filter);
}

// Lost leads per 15-minute slot (UTC) in [from, to), so local weeks come out right in any zone.
// A lead is closed at its move into Lost, so the lead row alone says when.
Result<void> lostSlots(const Scope& scope, qint64 from, qint64 to,
                       const std::function<void(qint64, int)>& onSlot)
{
    QStringList lostStages;
    for (const StageInfo& s : scope.stages)
        if (s.kind == QLatin1String("lost"))
            lostStages << QString::number(s.id);
    if (lostStages.isEmpty())
        return {};
    QVariantList binds{from, to};
    const QString filter =
        leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    return sql::select(
        scope.db,
        QStringLiteral("SELECT l.closed_at / 900, count(*) FROM leads l INDEXED BY "
                       "leads_lost_closed WHERE l.closed_at >= ? AND l.closed_at < ? "
                       "AND l.lost_status = 'approved' AND l.stage_id IN (%1)%2 GROUP BY 1")
            .arg(lostStages.join(QLatin1Char(',')), filter),
        binds,
        [&](const QSqlQuery& q) { onSlot(q.value(0).toLongLong() * 900, q.value(1).toInt()); });
}

} // namespace

Result<void> lost(const Scope& scope, LostSection& out)
{
    out = {};
    QVariantList binds{scope.from, scope.to};
    const QString filter =
        leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    QHash<std::pair<qint64, qint64>, int> byStage, byConsultant;
    QHash<qint64, int> perReason;
    QHash<qint64, QString> consultantNames;
    auto ok = sql::select(
        scope.db,
        lostMoves(QStringLiteral("coalesce(l.lost_reason_id, 0), coalesce(h.from_stage_id, 0), "
                                 "coalesce(l.consultant_id, 0), count(DISTINCT l.id)"),
                  filter) +
            QStringLiteral(" GROUP BY 1, 2, 3"),
        binds, [&](const QSqlQuery& q) {
            const qint64 reason = q.value(0).toLongLong();
            const int n = q.value(3).toInt();
            byStage[{reason, q.value(1).toLongLong()}] += n;
            byConsultant[{reason, q.value(2).toLongLong()}] += n;
            perReason[reason] += n;
            consultantNames.insert(q.value(2).toLongLong(), QString());
            out.lost += n;
        });
    if (!ok)
        return ok;

    ok = sql::select(scope.db, QStringLiteral("SELECT id, key, name FROM lost_reasons"), {},
                     [&](const QSqlQuery& q) {
                         const qint64 id = q.value(0).toLongLong();
                         if (perReason.value(id) > 0)
                             out.reasons.push_back({id, q.value(1).toString(),
                                                    q.value(2).toString(), perReason.value(id)});
                     });
    if (!ok)
        return ok;
    if (perReason.value(0) > 0)
        out.reasons.push_back({0, QString(), QString(), perReason.value(0)});
    std::sort(out.reasons.begin(), out.reasons.end(),
              [](const LostReasonTotal& a, const LostReasonTotal& b) {
                  return a.leads != b.leads ? a.leads > b.leads : a.key < b.key;
              });

    for (const StageInfo& s : scope.stages)
        for (auto it = byStage.cbegin(); it != byStage.cend(); ++it)
            if (it.key().second == s.id) {
                out.stages.push_back({s.id, s.key, s.name});
                break;
            }
    for (auto it = byStage.cbegin(); it != byStage.cend(); ++it)
        out.byStage.push_back({it.key().first, it.key().second, it.value()});
    for (auto it = byConsultant.cbegin(); it != byConsultant.cend(); ++it)
        out.byConsultant.push_back({it.key().first, it.key().second, it.value()});

    ok = sql::select(scope.db, QStringLiteral("SELECT id, login, display_name FROM users"), {},
                     [&](const QSqlQuery& q) {
                         if (consultantNames.contains(q.value(0).toLongLong()))
                             out.consultants.push_back({q.value(0).toLongLong(),
                                                        q.value(1).toString(),
                                                        q.value(2).toString()});
                     });
    if (!ok)
        return ok;
    if (consultantNames.contains(0))
        out.consultants.push_back({0, QString(), QString()});
    std::sort(out.consultants.begin(), out.consultants.end(),
              [](const NamedId& a, const NamedId& b) { return a.name < b.name; });

    QVariantList pendingBinds{scope.to};
    const QString pendingFilter =
        leadFilter(scope, pendingBinds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    auto pending = sql::scalar(scope.db,
                               QStringLiteral("SELECT count(*) FROM leads l "
                                              "WHERE l.lost_status = 'pending' "
                                              "AND l.lost_requested_at < ?%1")
                                   .arg(pendingFilter),
                               pendingBinds);
    if (!pending)
        return std::unexpected(pending.error());
    out.pendingApproval = pending->toInt();

    const auto monday = &ReportPeriod::mondayOf;
    const QDate lastWeek = monday(scope.filter.last);
    const QDate firstWeek = std::min(monday(scope.filter.first), lastWeek.addDays(-7 * 7));
    QHash<QDate, std::size_t> weekIndex;
    for (QDate week = firstWeek; week <= lastWeek; week = week.addDays(7)) {
        weekIndex.insert(week, out.trend.size());
        out.trend.push_back({week, 0});
    }
    ok = lostSlots(scope, scope.startOf(firstWeek), scope.startOf(lastWeek.addDays(7)),
                   [&](qint64 slot, int leads) {
                       out.trend[weekIndex.value(monday(scope.localDate(slot)))].leads += leads;
                   });
    if (!ok)
        return ok;
    return {};
}

} // namespace showroom::reports::detail
