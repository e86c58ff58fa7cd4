#include "ReportDayCache.h"
#include "ReportScope.h"
#include "reports/ReportPeriod.h"
#include "storage/Sql.h"

#include <QHash>
#include <algorithm>

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

} // namespace

// Lost leads by local date: by reason and stage, by reason and consultant, and for the trend.
Result<void> collectLost(const Scope& range, const LocalCalendar& calendar, DayMap& days)
{
    QVariantList binds{range.from, range.to};
    const QString filter =
        leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    auto ok = sql::select(
        range.db,
        lostMoves(QStringLiteral("%1, coalesce(l.lost_reason_id, 0), coalesce(h.from_stage_id, 0), "
                                 "coalesce(l.consultant_id, 0), count(DISTINCT l.id)")
                      .arg(calendar.julianDay(QStringLiteral("l.closed_at"))),
                  filter) +
            QStringLiteral(" GROUP BY 1, 2, 3, 4"),
        binds, [&](const QSqlQuery& q) {
            DayFigures& day = days[q.value(0).toLongLong()];
            const qint64 reason = q.value(1).toLongLong();
            const qint64 n = q.value(4).toLongLong();
            day.add(Figure::LostByStage, reason, q.value(2).toLongLong(), n);
            day.add(Figure::LostByConsultant, reason, q.value(3).toLongLong(), n);
        });
    if (!ok)
        return ok;

    // The trend: a lead is closed at its move into Lost, so the lead row alone says when.
    QStringList lostStages;
    for (const StageInfo& s : range.stages)
        if (s.kind == QLatin1String("lost"))
            lostStages << QString::number(s.id);
    if (lostStages.isEmpty())
        return {};
    binds = {range.from, range.to};
    const QString trendFilter =
        leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    return sql::select(
        range.db,
        QStringLiteral("SELECT %1, count(*) FROM leads l INDEXED BY "
                       "leads_lost_closed WHERE l.closed_at >= ? AND l.closed_at < ? "
                       "AND l.lost_status = 'approved' AND l.stage_id IN (%2)%3 GROUP BY 1")
            .arg(calendar.julianDay(QStringLiteral("l.closed_at")),
                 lostStages.join(QLatin1Char(',')), trendFilter),
        binds, [&](const QSqlQuery& q) {
            days[q.value(0).toLongLong()].add(Figure::LostInTrend, q.value(1).toLongLong());
        });
}

Result<void> lost(const Scope& scope, ReportDayCache& cache, LostSection& out)
{
    out = {};
    const auto monday = &ReportPeriod::mondayOf;
    const QDate lastWeek = monday(scope.filter.last);
    const QDate firstWeek = std::min(monday(scope.filter.first), lastWeek.addDays(-7 * 7));
    auto days = cache.days(DayPart::Lost, firstWeek, lastWeek.addDays(6));
    if (!days)
        return std::unexpected(days.error());
    const PeriodFigures period = sumOf(*days, scope.filter.first, scope.filter.last);

    QHash<qint64, int> perReason;
    QHash<qint64, QString> consultantNames;
    period.forEach(Figure::LostByStage, [&](qint64 reason, qint64 stage, qint64 n) {
        out.byStage.push_back({reason, stage, int(n)});
        perReason[reason] += int(n);
        out.lost += int(n);
    });
    period.forEach(Figure::LostByConsultant, [&](qint64 reason, qint64 consultant, qint64 n) {
        out.byConsultant.push_back({reason, consultant, int(n)});
        consultantNames.insert(consultant, QString());
    });
    const auto cellOrder = [](const LostCell& a, const LostCell& b) {
        return std::pair(a.reasonId, a.byId) < std::pair(b.reasonId, b.byId);
    };
    std::sort(out.byStage.begin(), out.byStage.end(), cellOrder);
    std::sort(out.byConsultant.begin(), out.byConsultant.end(), cellOrder);

    auto ok =
        sql::select(scope.db, QStringLiteral("SELECT id, key, name FROM lost_reasons"), {},
                    [&](const QSqlQuery& q) {
                        const qint64 id = q.value(0).toLongLong();
                        if (perReason.value(id) > 0)
                            out.reasons.push_back({id, q.value(1).toString(), q.value(2).toString(),
                                                   perReason.value(id)});
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
        if (std::any_of(out.byStage.begin(), out.byStage.end(),
                        [&](const LostCell& cell) { return cell.byId == s.id; }))
            out.stages.push_back({s.id, s.key, s.name});

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

    for (QDate week = firstWeek; week <= lastWeek; week = week.addDays(7))
        out.trend.push_back(
            {week, int(sumOf(*days, week, week.addDays(6)).count(Figure::LostInTrend))});
    return {};
}

} // namespace showroom::reports::detail
