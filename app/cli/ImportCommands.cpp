// import adf|eml|vcard|csv FILE... [--source KEY] [--campaign ID] [--map FIELDS] [--dry-run]
// [--json]
#include "Cli.h"
#include "Commands.h"
#include "IntakeJson.h"
#include "services/LeadIntakeService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <map>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

} // namespace

int runImport(Cli& cli)
{
    Arguments& args = cli.args();
    const auto format = args.takePositional();
    const auto source = args.takeOption(QStringLiteral("--source"));
    const auto campaign = args.takeOption(QStringLiteral("--campaign"));
    const auto map = args.takeOption(QStringLiteral("--map"));
    const bool dryRun = args.takeFlag(QStringLiteral("--dry-run"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QStringList paths;
    while (const auto path = args.takePositional())
        paths << *path;
    const QStringList formats{QStringLiteral("adf"), QStringLiteral("eml"), QStringLiteral("vcard"),
                              QStringLiteral("csv")};
    if (!format || !formats.contains(*format))
        return cli.failWith(Tr::tr("import needs the format: adf, eml, vcard or csv"), Usage);
    if (map && *format != QLatin1String("csv"))
        return cli.failWith(Tr::tr("--map is for csv lists"), Usage);
    if (paths.isEmpty())
        return cli.failWith(Tr::tr("import %1 needs one or more files").arg(*format), Usage);
    const auto campaignId = campaignArgument(cli, campaign);
    if (!campaignId)
        return Usage;
    if (!cli.argumentsConsumed())
        return Usage;
    // Every file is read before anything is imported: a typo in the last name stops the run.
    std::vector<QByteArray> contents;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cli.failWith(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        contents.push_back(file.readAll());
    }
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;

    LeadIntakeService intake(cli.context());
    QJsonArray files;
    std::map<IntakeOutcome, int> totals;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        IntakeOptions options;
        options.fileName = paths[qsizetype(i)];
        options.sourceKey = source.value_or(QString());
        options.campaignId = *campaignId;
        options.dryRun = dryRun;
        if (map)
            options.csvMapping = map->split(u',');
        auto report =
            *format == QLatin1String("csv")   ? intake.importCsv(*actor, contents[i], options)
            : *format == QLatin1String("adf") ? intake.importAdf(*actor, contents[i], options)
            : *format == QLatin1String("eml") ? intake.importEmail(*actor, contents[i], options)
                                              : intake.importVCards(*actor, contents[i], options);
        if (!report)
            return cli.failWith(report.error());
        for (const IntakeRecord& r : report->records) {
            ++totals[r.outcome];
            if (!json && r.outcome != IntakeOutcome::Created && r.outcome != IntakeOutcome::Linked)
                cli.print(
                    Tr::tr("%1, record %2%3: %4: %5")
                        .arg(options.fileName)
                        .arg(r.number)
                        .arg(r.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.name),
                             intakeOutcomeKey(r.outcome), r.reason));
        }
        files.append(reportJson(*report));
    }
    const auto total = [&](IntakeOutcome outcome) { return totals[outcome]; };
    if (json) {
        cli.printJson(
            QJsonObject{{QStringLiteral("dry_run"), dryRun},
                        {QStringLiteral("created"), total(IntakeOutcome::Created)},
                        {QStringLiteral("linked"), total(IntakeOutcome::Linked)},
                        {QStringLiteral("duplicate"), total(IntakeOutcome::Duplicate)},
                        {QStringLiteral("needs_review"), total(IntakeOutcome::NeedsReview)},
                        {QStringLiteral("rejected"), total(IntakeOutcome::Rejected)},
                        {QStringLiteral("files"), files}});
        return Ok;
    }
    cli.print(Tr::tr("%1%2 created, %3 linked to known customers, %4 imported before, "
                     "%5 to review, %6 rejected")
                  .arg(dryRun ? Tr::tr("Dry run, nothing written: ") : QString())
                  .arg(total(IntakeOutcome::Created))
                  .arg(total(IntakeOutcome::Linked))
                  .arg(total(IntakeOutcome::Duplicate))
                  .arg(total(IntakeOutcome::NeedsReview))
                  .arg(total(IntakeOutcome::Rejected)));
    return Ok;
}

} // namespace showroom::cli
