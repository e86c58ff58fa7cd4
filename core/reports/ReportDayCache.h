#pragma once

#include "DayFigures.h"
#include "Error.h"
#include "LocalCalendar.h"
#include "ReportScope.h"

#include <QDate>
#include <QSqlDatabase>
#include <map>

namespace showroom::reports::detail {

using DayMap = std::map<qint64, DayFigures>; // Julian day -> figures

// Which figures a day holds; each part is computed and cached on its own, since the report asks
// for different days of each (traffic compares with last year, the lost trend spans 8 weeks).
enum class DayPart { Traffic, Lost, Main };

// Adds the figures of `range`'s days (range.filter.first .. last) to `days`.
using DayCollector = Result<void> (*)(const Scope& range, const LocalCalendar& calendar,
                                      DayMap& days);

// The per-day figures of a report, read from report_day_cache where still valid and computed
// otherwise. Reads happen inside the report's read transaction; the days computed are written
// afterwards by store(), in a short write transaction of their own.
class ReportDayCache {
public:
    explicit ReportDayCache(const Scope& scope);

    // Every day of [first, last], including days without any event.
    Result<DayMap> days(DayPart part, QDate first, QDate last);

    // Keeps the days computed so far for the next report. A failure (a read-only file, another
    // desk holding the lock) only means they are computed again next time.
    void store(QSqlDatabase& db);

private:
    struct Pending {
        DayPart part;
        qint64 day;
        qint64 stamp;
        QByteArray figures;
    };

    Scope m_scope;
    QString m_filter;
    QString m_context;
    std::vector<Pending> m_pending;
    std::map<std::pair<DayPart, qint64>, DayFigures> m_computed;
};

// The sum of the days of [first, last] in `days`.
PeriodFigures sumOf(const DayMap& days, QDate first, QDate last);

Result<void> collectTraffic(const Scope& range, const LocalCalendar& calendar, DayMap& days);
Result<void> collectLost(const Scope& range, const LocalCalendar& calendar, DayMap& days);
Result<void> collectFunnel(const Scope& range, const LocalCalendar& calendar, DayMap& days);
Result<void> collectSources(const Scope& range, const LocalCalendar& calendar, DayMap& days);
Result<void> collectConsultants(const Scope& range, const LocalCalendar& calendar, DayMap& days);
Result<void> collectDeliveries(const Scope& range, const LocalCalendar& calendar, DayMap& days);

} // namespace showroom::reports::detail
