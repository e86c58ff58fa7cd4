// The manager's report over the demo history: last week, and the last 12 months.
#include "BenchSupport.h"
#include "Clock.h"
#include "Measurements.h"
#include "reports/ReportDayCache.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportScope.h"
#include "reports/ReportService.h"
#include "services/PipelineSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace bench {

using namespace showroom;

std::optional<User> reportManager(Database& db)
{
    std::optional<User> user;
    auto ok = sql::select(db.sql(),
                          QStringLiteral("SELECT id, login, display_name FROM users "
                                         "WHERE role = 'manager' ORDER BY id LIMIT 1"),
                          {}, [&](const QSqlQuery& q) {
                              user = User{};
                              user->id = q.value(0).toLongLong();
                              user->login = q.value(1).toString();
                              user->displayName = q.value(2).toString();
                              user->role = Role::Manager;
                          });
    if (!ok || !user)
        note(QStringLiteral("report: no manager in the database"));
    return user;
}

QDate newestDay(Database& db)
{
    auto newest = sql::scalar(db.sql(), QStringLiteral("SELECT max(arrived_at) FROM visits"));
    if (!newest || newest->isNull())
        return QDate::currentDate();
    return QDateTime::fromSecsSinceEpoch(newest->toLongLong()).date();
}

namespace {

// The last full week before the newest day of the history, or the `days` days up to it.
reports::ReportFilter periodOf(Database& db, int days)
{
    const QDate today = newestDay(db);
    if (days == 7)
        return reports::ReportPeriod::lastFullWeek(today);
    return {today.addDays(-days), today.addDays(-1), std::nullopt, std::nullopt};
}

void forgetCachedDays(Database& db)
{
    if (auto done = sql::exec(db.sql(), QStringLiteral("DELETE FROM report_day_cache")); !done)
        note(QStringLiteral("report: cannot empty the cache: %1").arg(done.error().message));
}

// As if the last `days` days of the period had seen writes since the cache was filled.
void touchLastDays(Database& db, const reports::ReportFilter& filter, int days)
{
    const qint64 from = QDateTime(filter.last.addDays(1 - days), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to = QDateTime(filter.last.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    for (qint64 day = from / 86400 - 1; day <= to / 86400 + 1; ++day)
        (void)sql::exec(db.sql(),
                        QStringLiteral("INSERT INTO report_day_versions (day, version) "
                                       "VALUES (?, 1) ON CONFLICT (day) "
                                       "DO UPDATE SET version = version + 1"),
                        {day});
}

// The report computed from nothing cached (cold_ms), then `iterations` times from the cache it
// filled; with `touchedDays`, each of those first marks that many of the last days as written.
bool measure(const BenchConfig& config, const QString& name, int days, double targetMs,
             int iterations, int touchedDays = 0)
{
    auto db = openForWork(config);
    if (!db)
        return false;
    const std::optional<User> user = reportManager(*db);
    if (!user)
        return false;
    const SystemClock clock;
    reports::ReportService service(ServiceContext{*db, clock});
    const reports::ReportFilter filter = periodOf(*db, days);
    forgetCachedDays(*db);
    Result<reports::Report> report;
    const double cold = timeMs([&] { report = service.compute(*user, filter); });
    std::vector<double> ms;
    for (int i = 0; i < iterations && report; ++i) {
        if (touchedDays > 0)
            touchLastDays(*db, filter, touchedDays);
        ms.push_back(timeMs([&] { report = service.compute(*user, filter); }));
    }
    if (!report) {
        note(QStringLiteral("%1 failed: %2").arg(name, report.error().message));
        return false;
    }
    JsonLine(name)
        .add("days", qint64(filter.days()))
        .add("visits", qint64(report->traffic.current.visits))
        .add("new_leads", qint64(report->funnel.newLeads))
        .add("touched_days", qint64(touchedDays))
        .add("cold_ms", cold, 1)
        .samples(ms)
        .target(ms, targetMs)
        .print();
    return true;
}

// Computing each part of the days' figures from the events (nothing cached), to show where the
// cold time goes.
void measureParts(const BenchConfig& config, const QString& name, int days)
{
    auto db = openForWork(config);
    if (!db)
        return;
    auto settings = PipelineSettings::load(db->sql());
    auto stages = reports::detail::loadStages(db->sql());
    if (!settings || !stages)
        return;
    const reports::ReportFilter filter = periodOf(*db, days);
    namespace detail = reports::detail;
    const QTimeZone zone = settings->response.hours.zone();
    const detail::Scope scope =
        detail::Scope{db->sql(), filter, zone, 0, 0, QDateTime::currentSecsSinceEpoch(), *stages}
            .shifted(filter.first, filter.last);
    const detail::LocalCalendar calendar(zone, filter.first.addDays(-800), filter.last);
    JsonLine line(name);
    line.add("days", qint64(filter.days()));
    const auto part = [&](const char* key, detail::DayCollector collect) {
        detail::DayMap map;
        line.add(key, timeMs([&] { (void)collect(scope, calendar, map); }), 1);
    };
    part("traffic_ms", &detail::collectTraffic);
    part("lost_ms", &detail::collectLost);
    part("funnel_ms", &detail::collectFunnel);
    part("sources_ms", &detail::collectSources);
    part("consultants_ms", &detail::collectConsultants);
    part("deliveries_ms", &detail::collectDeliveries);
    line.print();
}

} // namespace

bool measureReports(const BenchConfig& config)
{
    measureParts(config, QStringLiteral("report_weekly_parts_cold"), 7);
    measureParts(config, QStringLiteral("report_12_months_parts_cold"), 365);
    bool ok = measure(config, QStringLiteral("report_weekly"), 7, kWeeklyReportTargetMs,
                      std::min(config.iterations, 20));
    // Monday morning: the week just ended has not been reported yet, every day of it is new.
    ok = measure(config, QStringLiteral("report_weekly_new_week"), 7, kWeeklyReportTargetMs,
                 std::min(config.iterations, 10), 7) &&
         ok;
    ok = measure(config, QStringLiteral("report_12_months"), 365, kYearReportTargetMs,
                 std::min(config.iterations, 10)) &&
         ok;
    // A working day later: the last days' figures have changed and are computed again.
    return measure(config, QStringLiteral("report_12_months_after_writes"), 365,
                   kYearReportTargetMs, std::min(config.iterations, 5), 3) &&
           ok;
}

} // namespace bench
