// report weekly [--week 2026-W47 | --from DATE --to DATE] [--consultant LOGIN] [--source KEY]
//               (--pdf OUT.pdf | --json)
#include "Cli.h"
#include "Commands.h"
#include "reports/ReportJson.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "services/PipelineConfigService.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QTimeZone>

#ifdef SHOWROOM_CLI_PRINT
#include "print/WeeklyReportPrinter.h"
#endif

namespace showroom::cli {

namespace {

class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

QString setting(Cli& cli, const QString& key)
{
    auto value = SettingsService(cli.context()).get(key);
    return value ? value->trimmed() : QString();
}

// Today in the dealership's time zone (the desk's zone when none is set).
QDate dealershipToday(Cli& cli)
{
    const QString zoneName = setting(cli, QStringLiteral("dealership.time_zone"));
    const QTimeZone zone =
        zoneName.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneName.toUtf8());
    const QDateTime now = cli.context().clock.now();
    return (zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime()).date();
}

Result<reports::ReportFilter> period(Cli& cli, const std::optional<QString>& week,
                                     const std::optional<QString>& from,
                                     const std::optional<QString>& to)
{
    if (week)
        return reports::ReportPeriod::isoWeek(*week);
    if (from)
        return reports::ReportPeriod::range(*from, *to);
    return reports::ReportPeriod::lastFullWeek(dealershipToday(cli));
}

std::optional<qint64> sourceIdByKey(Cli& cli, const QString& key)
{
    auto sources = PipelineConfigService(cli.context()).sources();
    if (!sources) {
        cli.failWith(sources.error());
        return std::nullopt;
    }
    QStringList keys;
    for (const Source& source : *sources) {
        if (source.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return source.id;
        keys << source.key;
    }
    cli.failWith(ReportCommands::tr("There is no source “%1”; the source keys are: %2.")
                     .arg(key, keys.join(QStringLiteral(", "))),
                 Usage);
    return std::nullopt;
}

#ifdef SHOWROOM_CLI_PRINT
int writePdf(Cli& cli, reports::Report report, const QString& path)
{
    // Everything the page needs is read now: the painting below touches no database.
    const WeeklyReportPrinter printer =
        WeeklyReportPrinter::forDealership(cli.context(), std::move(report));
    if (auto written = printer.writePdf(path); !written)
        return cli.failWith(written.error());
    cli.print(
        ReportCommands::tr("%1 %2 written to %3").arg(printer.title(), printer.periodText(), path));
    return Ok;
}
#endif

} // namespace

int runReport(Cli& cli)
{
    Arguments& args = cli.args();
    const auto kind = args.takePositional();
    const auto week = args.takeOption(QStringLiteral("--week"));
    const auto from = args.takeOption(QStringLiteral("--from"));
    const auto to = args.takeOption(QStringLiteral("--to"));
    const auto consultant = args.takeOption(QStringLiteral("--consultant"));
    const auto source = args.takeOption(QStringLiteral("--source"));
    const auto pdf = args.takeOption(QStringLiteral("--pdf"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (kind != QLatin1String("weekly") || bool(pdf) == json)
        return cli.failWith(
            ReportCommands::tr("report needs weekly and one of --pdf FILE or --json"), Usage);
    if (week && (from || to))
        return cli.failWith(
            ReportCommands::tr("report weekly takes --week or --from and --to, not both"), Usage);
    if (bool(from) != bool(to))
        return cli.failWith(ReportCommands::tr("report weekly needs both --from and --to"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
#ifndef SHOWROOM_CLI_PRINT
    if (pdf)
        return cli.failWith(ReportCommands::tr("This showroom-cli was built without printing "
                                               "(core-only build); use --json instead."));
#endif
    if (!cli.openDatabase())
        return Failed;

    auto filter = period(cli, week, from, to);
    if (!filter)
        return cli.failWith(filter.error().message, Usage);
    // Signed in, the user sees what the app shows him (a consultant only his own figures);
    // without --user, the report is everyone's, as a manager sees it.
    User actor;
    actor.role = Role::Manager;
    if (!cli.login().isEmpty()) {
        const User* user = cli.signIn();
        if (!user)
            return Failed;
        actor = *user;
    }
    if (consultant) {
        const auto id = cli.userIdByLogin(*consultant);
        if (!id)
            return Failed;
        filter->consultantId = *id;
    }
    if (source) {
        const auto id = sourceIdByKey(cli, *source);
        if (!id)
            return Usage;
        filter->sourceId = *id;
    }

    // The report is computed (one read transaction, plain data) before anything is written.
    auto report = reports::ReportService(cli.context()).compute(actor, *filter);
    if (!report)
        return cli.failWith(report.error());
    if (json) {
        cli.printJson(reports::toJson(*report));
        return Ok;
    }
#ifdef SHOWROOM_CLI_PRINT
    return writePdf(cli, std::move(*report), *pdf);
#else
    return Failed;
#endif
}

} // namespace showroom::cli
