#include "ReportScope.h"
#include "storage/Sql.h"

#include <QHash>

namespace showroom::reports::detail {

namespace {

// Walk-ins grouped by 15-minute slot (UTC), so that local dates and hours come out right in any
// time zone (some are 30 or 45 minutes off UTC) without converting every visit.
template <typename SlotFn> Result<void> walkInSlots(const Scope& scope, SlotFn&& onSlot)
{
    QVariantList binds{scope.from, scope.to};
    const QString join = leadJoinForSource(scope, QStringLiteral("v"));
    const QString filter =
        leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("v.consultant_id"));
    return sql::select(
        scope.db,
        QStringLiteral(
            "SELECT v.arrived_at / 900, count(*), sum(v.first_visit), "
            "sum(CASE WHEN v.first_visit = 1 AND v.customer_id IS NOT NULL THEN "
            "EXISTS (SELECT 1 FROM customers c INDEXED BY customers_contact "
            "WHERE c.id = v.customer_id "
            "AND (c.phone_e164 IS NOT NULL OR c.email <> '')) ELSE 0 END), sum(v.test_drive) "
            "FROM visits v%1 WHERE v.arrived_at >= ? AND v.arrived_at < ? "
            "AND v.channel = 'walk_in'%2 GROUP BY 1")
            .arg(join, filter),
        binds, [&](const QSqlQuery& q) {
            onSlot(q.value(0).toLongLong() * 900, q.value(1).toInt(), q.value(2).toInt(),
                   q.value(3).toInt(), q.value(4).toInt());
        });
}

void finish(TrafficFigures& f)
{
    f.repeatVisits = f.visits - f.firstVisits;
    f.retentionRate = ratio(f.captured, f.firstVisits);
}

Result<TrafficFigures> totals(const Scope& scope)
{
    TrafficFigures f;
    auto ok = walkInSlots(scope, [&](qint64, int visits, int first, int captured, int drives) {
        f.visits += visits;
        f.firstVisits += first;
        f.captured += captured;
        f.testDrives += drives;
    });
    if (!ok)
        return std::unexpected(ok.error());
    finish(f);
    return f;
}

} // namespace

Result<void> traffic(const Scope& scope, TrafficSection& out)
{
    const QDate first = scope.filter.first;
    const QDate last = scope.filter.last;
    out.days.clear();
    QHash<QDate, std::size_t> dayIndex;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        dayIndex.insert(d, out.days.size());
        out.days.push_back({d, 0, 0, 0, 0});
    }
    out.visitsByHour.fill(0);
    out.current = {};
    auto ok =
        walkInSlots(scope, [&](qint64 slot, int visits, int firstVisits, int captured, int drives) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(slot, scope.zone);
            out.visitsByHour[std::size_t(local.time().hour())] += visits;
            TrafficDay& day = out.days[dayIndex.value(local.date())];
            day.firstVisits += firstVisits;
            day.repeatVisits += visits - firstVisits;
            day.captured += captured;
            day.testDrives += drives;
            out.current.visits += visits;
            out.current.firstVisits += firstVisits;
            out.current.captured += captured;
            out.current.testDrives += drives;
        });
    if (!ok)
        return ok;
    finish(out.current);

    const int days = scope.filter.days();
    auto previous = totals(scope.shifted(first.addDays(-days), first.addDays(-1)));
    if (!previous)
        return std::unexpected(previous.error());
    out.previous = *previous;
    auto lastYear = totals(scope.shifted(first.addDays(-364), last.addDays(-364)));
    if (!lastYear)
        return std::unexpected(lastYear.error());
    out.lastYear = *lastYear;
    return {};
}

} // namespace showroom::reports::detail
