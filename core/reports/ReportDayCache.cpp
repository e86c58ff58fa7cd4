#include "ReportDayCache.h"

#include "ReportScope.h"
#include "storage/Sql.h"

namespace showroom::reports::detail {

namespace {

constexpr qint64 kDay = 86400;
// How far back the calendar places time stamps quickly: a lead's earlier moves mostly lie
// within a year or two before the days computed.
constexpr int kCalendarDaysBefore = 800;

QString partName(DayPart part)
{
    switch (part) {
    case DayPart::Traffic:
        return QStringLiteral("traffic");
    case DayPart::Lost:
        return QStringLiteral("lost");
    case DayPart::Main:
        break;
    }
    return QStringLiteral("main");
}

std::vector<DayCollector> collectorsOf(DayPart part)
{
    switch (part) {
    case DayPart::Traffic:
        return {&collectTraffic};
    case DayPart::Lost:
        return {&collectLost};
    case DayPart::Main:
        break;
    }
    return {&collectFunnel, &collectSources, &collectConsultants, &collectDeliveries};
}

QString optionalId(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QStringLiteral("*");
}

// The stamp of each local day of [firstDay, lastDay]: the sum of the versions of the UTC days it
// overlaps. Versions only grow, so any write to one of them changes the sum.
Result<std::map<qint64, qint64>> stampsOf(QSqlDatabase& db, const LocalCalendar& calendar,
                                          qint64 firstDay, qint64 lastDay)
{
    const qint64 from = calendar.startOf(firstDay);
    const qint64 to = calendar.startOf(lastDay + 1);
    std::map<qint64, qint64> versions; // UTC day -> version
    auto ok = sql::select(db,
                          QStringLiteral("SELECT day, version FROM report_day_versions "
                                         "WHERE day BETWEEN ? AND ?"),
                          {from / kDay, (to - 1) / kDay}, [&](const QSqlQuery& q) {
                              versions[q.value(0).toLongLong()] = q.value(1).toLongLong();
                          });
    if (!ok)
        return std::unexpected(ok.error());
    std::map<qint64, qint64> stamps;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const qint64 lastUtcDay = (calendar.startOf(day + 1) - 1) / kDay;
        qint64 stamp = 0;
        for (auto it = versions.lower_bound(calendar.startOf(day) / kDay);
             it != versions.end() && it->first <= lastUtcDay; ++it)
            stamp += it->second;
        stamps[day] = stamp;
    }
    return stamps;
}

} // namespace

ReportDayCache::ReportDayCache(const Scope& scope) : m_scope(scope)
{
    m_filter = QStringLiteral("consultant=%1;source=%2")
                   .arg(optionalId(scope.filter.consultantId), optionalId(scope.filter.sourceId));
    m_context = QString::fromUtf8(scope.zone.id());
    for (const StageInfo& s : scope.stages)
        m_context += QStringLiteral("|%1:%2:%3").arg(s.id).arg(s.key, s.kind);
}

Result<DayMap> ReportDayCache::days(DayPart part, QDate first, QDate last)
{
    const LocalCalendar calendar(m_scope.zone, first.addDays(-kCalendarDaysBefore), last);
    auto stampOf = stampsOf(m_scope.db, calendar, first.toJulianDay(), last.toJulianDay());
    if (!stampOf)
        return std::unexpected(stampOf.error());

    DayMap result;
    auto ok = sql::select(
        m_scope.db,
        QStringLiteral("SELECT day, context, stamp, figures FROM report_day_cache "
                       "WHERE part = ? AND filter = ? AND day BETWEEN ? AND ?"),
        {partName(part), m_filter, first.toJulianDay(), last.toJulianDay()},
        [&](const QSqlQuery& q) {
            const qint64 day = q.value(0).toLongLong();
            if (q.value(1).toString() != m_context || q.value(2).toLongLong() != (*stampOf)[day])
                return;
            if (auto figures = DayFigures::deserialize(q.value(3).toByteArray()))
                result.emplace(day, std::move(*figures));
        });
    if (!ok)
        return std::unexpected(ok.error());
    // Days this report computed already for another range (traffic: the previous period and
    // last year overlap), not written yet.
    for (auto it = m_computed.lower_bound({part, first.toJulianDay()});
         it != m_computed.end() && it->first <= std::pair(part, last.toJulianDay()); ++it)
        result.try_emplace(it->first.second, it->second);

    // The days not cached, in runs of consecutive days.
    for (qint64 day = first.toJulianDay(); day <= last.toJulianDay();) {
        if (result.contains(day)) {
            ++day;
            continue;
        }
        const qint64 runFirst = day;
        while (day <= last.toJulianDay() && !result.contains(day))
            ++day;
        DayMap computed;
        for (qint64 d = runFirst; d < day; ++d)
            computed[d];
        const Scope range =
            m_scope.shifted(QDate::fromJulianDay(runFirst), QDate::fromJulianDay(day - 1));
        for (DayCollector collect : collectorsOf(part))
            if (auto collected = collect(range, calendar, computed); !collected)
                return std::unexpected(collected.error());
        for (auto& [d, figures] : computed) {
            if (d < runFirst || d >= day)
                continue; // not asked for: the collectors read only the run's moments
            figures.stableAfter = std::max(figures.stableAfter, calendar.startOf(d + 1));
            if (figures.stableAfter <= m_scope.now)
                m_pending.push_back({part, d, (*stampOf)[d], figures.serialize()});
            m_computed[{part, d}] = figures;
            result[d] = std::move(figures);
        }
    }
    return result;
}

void ReportDayCache::store(QSqlDatabase& db)
{
    if (m_pending.empty() || !db.transaction()) {
        m_pending.clear();
        return;
    }
    QSqlQuery query(db);
    bool ok = query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO report_day_cache "
                       "(part, filter, day, context, stamp, figures) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Pending& p : m_pending) {
        if (!ok)
            break;
        query.bindValue(0, partName(p.part));
        query.bindValue(1, m_filter);
        query.bindValue(2, p.day);
        query.bindValue(3, m_context);
        query.bindValue(4, p.stamp);
        query.bindValue(5, p.figures);
        ok = query.exec();
    }
    query.finish();
    if (!ok || !db.commit())
        db.rollback();
    m_pending.clear();
}

PeriodFigures sumOf(const DayMap& days, QDate first, QDate last)
{
    PeriodFigures sum(first.toJulianDay());
    for (auto it = days.lower_bound(first.toJulianDay());
         it != days.end() && it->first <= last.toJulianDay(); ++it)
        sum.add(it->second);
    return sum;
}

} // namespace showroom::reports::detail
