// The manager's report over the demo history: last week, and the last 12 months.
#include "BenchSupport.h"
#include "Clock.h"
#include "Measurements.h"
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

bool measure(const BenchConfig& config, const QString& name, int days, double targetMs,
             int iterations)
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
    std::vector<double> ms;
    qint64 visits = 0, leads = 0;
    for (int i = 0; i < iterations; ++i) {
        Result<reports::Report> report;
        ms.push_back(timeMs([&] { report = service.compute(*user, filter); }));
        if (!report) {
            note(QStringLiteral("%1 failed: %2").arg(name, report.error().message));
            return false;
        }
        visits = report->traffic.current.visits;
        leads = report->funnel.newLeads;
    }
    JsonLine(name)
        .add("days", qint64(filter.days()))
        .add("visits", visits)
        .add("new_leads", leads)
        .samples(ms)
        .target(ms, targetMs)
        .print();
    return true;
}

// One run of each report section on its own, to show where the time goes.
void measureSections(const BenchConfig& config, const QString& name, int days)
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
    const detail::Scope scope = detail::Scope{db->sql(), filter, settings->response.hours.zone(),
                                              0,         0,      QDateTime::currentSecsSinceEpoch(),
                                              *stages}
                                    .shifted(filter.first, filter.last);
    JsonLine line(name);
    line.add("days", qint64(filter.days()));
    reports::Report r;
    line.add("traffic_ms", timeMs([&] { (void)detail::traffic(scope, r.traffic); }), 1);
    line.add("funnel_ms", timeMs([&] { (void)detail::funnel(scope, r.funnel); }), 1);
    line.add("sources_ms", timeMs([&] { (void)detail::sources(scope, r.sources); }), 1);
    line.add("lost_ms", timeMs([&] { (void)detail::lost(scope, r.lost); }), 1);
    line.add("consultants_ms", timeMs([&] { (void)detail::consultants(scope, r.consultants); }), 1);
    line.add("deliveries_ms", timeMs([&] { (void)detail::deliveries(scope, r.deliveries); }), 1);
    line.print();
}

} // namespace

bool measureReports(const BenchConfig& config)
{
    measureSections(config, QStringLiteral("report_weekly_sections"), 7);
    measureSections(config, QStringLiteral("report_12_months_sections"), 365);
    bool ok = measure(config, QStringLiteral("report_weekly"), 7, kWeeklyReportTargetMs,
                      std::min(config.iterations, 20));
    return measure(config, QStringLiteral("report_12_months"), 365, kYearReportTargetMs,
                   std::min(config.iterations, 5)) &&
           ok;
}

} // namespace bench
