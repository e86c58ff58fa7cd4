#include "ReportService.h"

#include "ReportDayCache.h"
#include "ReportScope.h"
#include "services/Permissions.h"
#include "services/PipelineSettings.h"
#include "storage/Sql.h"

namespace showroom::reports {

namespace {

Result<QString> nameOf(QSqlDatabase& db, const char* statement, const std::optional<qint64>& id)
{
    if (!id)
        return QString();
    auto name = sql::scalar(db, QLatin1String(statement), {*id});
    if (!name)
        return std::unexpected(name.error());
    return name->toString();
}

// A read transaction: every section sees the same data, and nothing stays open afterwards.
class ReadTransaction {
public:
    explicit ReadTransaction(QSqlDatabase& db) : m_db(db), m_open(db.transaction()) {}
    ~ReadTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    QSqlDatabase& m_db;
    bool m_open;
};

} // namespace

Result<ReportFilter> ReportService::allowedFilter(const User& actor, ReportFilter filter)
{
    if (auto allowed = require(actor, Permission::ViewReports); !allowed)
        return std::unexpected(allowed.error());
    if (roleAllows(actor.role, Permission::ViewTeamReports))
        return filter;
    if (filter.consultantId && *filter.consultantId != actor.id)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 may see only his or her own figures.").arg(actor.displayName));
    filter.consultantId = actor.id;
    return filter;
}

namespace {

Result<Report> computeIn(const ServiceContext& context, QSqlDatabase& db,
                         const ReportFilter& filter, std::optional<detail::ReportDayCache>& cache)
{
    auto settings = PipelineSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto stages = detail::loadStages(db);
    if (!stages)
        return std::unexpected(stages.error());

    Report report;
    report.filter = filter;
    report.generatedAt = context.clock.now().toUTC();
    const QTimeZone zone = settings->response.hours.zone();
    report.timeZone = QString::fromUtf8(zone.id());
    report.currency = settings->currency;
    auto consultant =
        nameOf(db, "SELECT display_name FROM users WHERE id = ?", filter.consultantId);
    if (!consultant)
        return std::unexpected(consultant.error());
    report.consultantName = *consultant;
    auto source = nameOf(db, "SELECT name FROM sources WHERE id = ?", filter.sourceId);
    if (!source)
        return std::unexpected(source.error());
    report.sourceName = *source;

    const detail::Scope scope =
        detail::Scope{db, filter, zone, 0, 0, report.generatedAt.toSecsSinceEpoch(), *stages}
            .shifted(filter.first, filter.last);
    cache.emplace(scope);
    auto days = cache->days(detail::DayPart::Main, filter.first, filter.last);
    if (!days)
        return std::unexpected(days.error());
    detail::PeriodFigures period = detail::sumOf(*days, filter.first, filter.last);
    Result<void> ok = detail::traffic(scope, *cache, report.traffic);
    if (ok)
        ok = detail::funnel(scope, period, report.funnel);
    if (ok)
        ok = detail::sources(scope, period, report.sources);
    if (ok)
        ok = detail::lost(scope, *cache, report.lost);
    if (ok)
        ok = detail::consultants(scope, period, report.consultants);
    if (ok)
        ok = detail::deliveries(period, report.deliveries);
    if (!ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace

Result<Report> ReportService::compute(const User& actor, ReportFilter requested)
{
    auto filter = allowedFilter(actor, requested);
    if (!filter)
        return std::unexpected(filter.error());
    if (!filter->first.isValid() || !filter->last.isValid() || filter->last < filter->first)
        return fail(ErrorCode::InvalidInput, tr("The period ends before it begins."));

    QSqlDatabase& db = m_context.db.sql();
    std::optional<detail::ReportDayCache> cache;
    Result<Report> report = [&]() -> Result<Report> {
        ReadTransaction transaction(db);
        return computeIn(m_context, db, *filter, cache);
    }();
    // After the read: the days computed are kept for the next report.
    if (cache)
        cache->store(db);
    return report;
}

} // namespace showroom::reports
