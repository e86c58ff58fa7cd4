#include "ReportDayCache.h"
#include "ReportScope.h"
#include "storage/Sql.h"

namespace showroom::reports::detail {

namespace {

TrafficFigures totalsOf(const PeriodFigures& sum)
{
    TrafficFigures f;
    f.visits = int(sum.count(Figure::Visits));
    f.firstVisits = int(sum.count(Figure::FirstVisits));
    f.repeatVisits = f.visits - f.firstVisits;
    f.captured = int(sum.count(Figure::Captured));
    f.testDrives = int(sum.count(Figure::TestDriveVisits));
    f.retentionRate = ratio(f.captured, f.firstVisits);
    return f;
}

} // namespace

// Walk-ins by local date and hour.
Result<void> collectTraffic(const Scope& range, const LocalCalendar& calendar, DayMap& days)
{
    QVariantList binds{range.from, range.to};
    const QString join = leadJoinForSource(range, QStringLiteral("v"));
    const QString filter =
        leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("v.consultant_id"));
    const QString local = calendar.localSeconds(QStringLiteral("v.arrived_at"));
    return sql::select(
        range.db,
        QStringLiteral(
            "SELECT %1, (%2 % 86400) / 3600, count(*), sum(v.first_visit), "
            "sum(CASE WHEN v.first_visit = 1 AND v.customer_id IS NOT NULL THEN "
            "EXISTS (SELECT 1 FROM customers c INDEXED BY customers_contact "
            "WHERE c.id = v.customer_id "
            "AND (c.phone_e164 IS NOT NULL OR c.email <> '')) ELSE 0 END), sum(v.test_drive) "
            "FROM visits v%3 WHERE v.arrived_at >= ? AND v.arrived_at < ? "
            "AND v.channel = 'walk_in'%4 GROUP BY 1, 2")
            .arg(calendar.julianDay(QStringLiteral("v.arrived_at")), local, join, filter),
        binds, [&](const QSqlQuery& q) {
            DayFigures& day = days[q.value(0).toLongLong()];
            const qint64 visits = q.value(2).toLongLong();
            day.add(Figure::Visits, visits);
            day.add(Figure::VisitsInHour, q.value(1).toLongLong(), 0, visits);
            day.add(Figure::FirstVisits, q.value(3).toLongLong());
            day.add(Figure::Captured, q.value(4).toLongLong());
            day.add(Figure::TestDriveVisits, q.value(5).toLongLong());
        });
}

Result<void> traffic(const Scope& scope, ReportDayCache& cache, TrafficSection& out)
{
    const QDate first = scope.filter.first;
    const QDate last = scope.filter.last;
    auto days = cache.days(DayPart::Traffic, first, last);
    if (!days)
        return std::unexpected(days.error());
    out.days.clear();
    for (const auto& [julianDay, figures] : *days) {
        PeriodFigures day(julianDay);
        day.add(figures);
        const TrafficFigures f = totalsOf(day);
        out.days.push_back({QDate::fromJulianDay(julianDay), f.firstVisits, f.repeatVisits,
                            f.captured, f.testDrives});
    }
    const PeriodFigures period = sumOf(*days, first, last);
    out.current = totalsOf(period);
    for (int hour = 0; hour < 24; ++hour)
        out.visitsByHour[std::size_t(hour)] = int(period.count(Figure::VisitsInHour, hour));

    const int length = scope.filter.days();
    const QDate previousFirst = first.addDays(-length);
    auto previous = cache.days(DayPart::Traffic, previousFirst, first.addDays(-1));
    if (!previous)
        return std::unexpected(previous.error());
    out.previous = totalsOf(sumOf(*previous, previousFirst, first.addDays(-1)));
    const QDate lastYearFirst = first.addDays(-364);
    auto lastYear = cache.days(DayPart::Traffic, lastYearFirst, last.addDays(-364));
    if (!lastYear)
        return std::unexpected(lastYear.error());
    out.lastYear = totalsOf(sumOf(*lastYear, lastYearFirst, last.addDays(-364)));
    return {};
}

} // namespace showroom::reports::detail
