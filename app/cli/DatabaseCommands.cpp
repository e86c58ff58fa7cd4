// init, demo, check, backup, stats: the file as a whole.
#include "Cli.h"
#include "Commands.h"
#include "reports/Stats.h"
#include "storage/Backup.h"
#include "storage/Sql.h"
#include "storage/demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <iostream>

namespace showroom::cli {

int runInit(Cli& cli)
{
    const bool shared = cli.args().takeFlag(QStringLiteral("--shared"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (cli.dbPath().isEmpty())
        return cli.failWith(QStringLiteral("--db FILE is required"), Usage);
    auto db = Database::create(cli.dbPath(), shared ? StorageMode::Shared : StorageMode::Local);
    if (!db)
        return cli.failWith(db.error());
    if (json)
        cli.printJson(QJsonObject{{QStringLiteral("path"), (*db)->path()},
                                  {QStringLiteral("mode"), storageModeName((*db)->mode())},
                                  {QStringLiteral("schema_version"), (*db)->schemaVersion()}});
    else
        cli.print(QStringLiteral("Created %1\nmode: %2\nschema version: %3")
                      .arg((*db)->path(), storageModeName((*db)->mode()))
                      .arg((*db)->schemaVersion()));
    return Ok;
}

int runDemo(Cli& cli)
{
    DemoOptions options;
    const auto customers = cli.args().takeOption(QStringLiteral("--customers"));
    const auto seed = cli.args().takeOption(QStringLiteral("--seed"));
    const bool shared = cli.args().takeFlag(QStringLiteral("--shared"));
    if (!cli.argumentsConsumed())
        return Usage;
    bool ok = true;
    if (customers)
        options.customers = customers->toLongLong(&ok);
    if (!ok || options.customers < 1)
        return cli.failWith(QStringLiteral("--customers needs a positive number"), Usage);
    if (seed)
        options.seed = seed->toULongLong(&ok);
    if (!ok)
        return cli.failWith(QStringLiteral("--seed needs a number"), Usage);
    if (cli.dbPath().isEmpty())
        return cli.failWith(QStringLiteral("--db FILE is required"), Usage);

    auto db =
        Database::openOrCreate(cli.dbPath(), shared ? StorageMode::Shared : StorageMode::Local);
    if (!db)
        return cli.failWith(db.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = generateDemoData(**db, options, [](const QString& step) {
        std::cerr << step.toLocal8Bit().constData() << std::endl;
    });
    if (!summary)
        return cli.failWith(summary.error());
    cli.print(QStringLiteral("Demo data in %1 (%2 s): %3 users, %4 customers, %5 leads, "
                             "%6 activities, %7 visits, %8 vehicles, %9 deals. Demo password: %10")
                  .arg((*db)->path())
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(summary->users)
                  .arg(summary->customers)
                  .arg(summary->leads)
                  .arg(summary->activities)
                  .arg(summary->visits)
                  .arg(summary->vehicles)
                  .arg(summary->deals)
                  .arg(QString::fromLatin1(kDemoPassword)));
    return Ok;
}

int runCheck(Cli& cli)
{
    if (!cli.argumentsConsumed())
        return Usage;
    // open() refuses foreign, newer and damaged files; quick_check is part of it.
    Database* db = cli.openDatabase(OpenOptions{.integrity = IntegrityCheck::Always});
    if (!db)
        return Failed;
    auto foreignKeys =
        sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!foreignKeys)
        return cli.failWith(foreignKeys.error());
    if (foreignKeys->toLongLong() > 0)
        return cli.failWith(QStringLiteral("%1 has %2 rows that point to missing records")
                                .arg(db->path())
                                .arg(foreignKeys->toLongLong()));
    cli.print(QStringLiteral("ok: %1 (mode %2, schema version %3, integrity ok)")
                  .arg(db->path(), storageModeName(db->mode()))
                  .arg(db->schemaVersion()));
    return Ok;
}

int runBackup(Cli& cli)
{
    const auto target = cli.args().takePositional();
    if (!target)
        return cli.failWith(QStringLiteral("backup needs the target file: backup OUT.sqlite"),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    Database* db = cli.openDatabase();
    if (!db)
        return Failed;
    if (auto done = backupDatabase(*db, *target); !done)
        return cli.failWith(done.error());
    cli.print(QStringLiteral("Backup written to %1 (%2 bytes)")
                  .arg(QFileInfo(*target).absoluteFilePath())
                  .arg(QFileInfo(*target).size()));
    return Ok;
}

int runStats(Cli& cli)
{
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    Database* db = cli.openDatabase();
    if (!db)
        return Failed;
    auto stats = databaseStats(db->sql());
    if (!stats)
        return cli.failWith(stats.error());
    if (json) {
        QJsonObject tables;
        for (const auto& [table, rows] : stats->rowsPerTable)
            tables.insert(table, rows);
        QJsonObject stages;
        for (const StageCount& stage : stats->leadsPerStage)
            stages.insert(stage.key, stage.leads);
        cli.printJson(QJsonObject{{QStringLiteral("path"), db->path()},
                                  {QStringLiteral("mode"), storageModeName(db->mode())},
                                  {QStringLiteral("schema_version"), db->schemaVersion()},
                                  {QStringLiteral("tables"), tables},
                                  {QStringLiteral("leads_per_stage"), stages}});
        return Ok;
    }
    cli.print(QStringLiteral("%1 (mode %2, schema version %3)")
                  .arg(db->path(), storageModeName(db->mode()))
                  .arg(db->schemaVersion()));
    for (const auto& [table, rows] : stats->rowsPerTable)
        cli.print(QStringLiteral("  %1 %2").arg(table, -28).arg(rows));
    cli.print(QStringLiteral("Leads per stage:"));
    for (const StageCount& stage : stats->leadsPerStage)
        cli.print(QStringLiteral("  %1 %2").arg(stage.key, -28).arg(stage.leads));
    return Ok;
}

} // namespace showroom::cli
