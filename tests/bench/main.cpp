// showroom-bench: builds (or reuses) a demo database with N customers and prints one JSON line per
// measurement on stdout; progress goes to stderr.
//
//   showroom-bench --customers N [--db PATH] [--seed S] [--mode local|shared] [--iterations K]
#include "BenchSupport.h"
#include "Measurements.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/demo/DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace showroom;

namespace {

bool generate(const bench::BenchConfig& config, quint64 seed)
{
    bench::note(
        QStringLiteral("generating %1 with %2 customers").arg(config.path).arg(config.customers));
    const auto start = bench::Clock::now();
    auto db =
        Database::create(config.path, config.shared ? StorageMode::Shared : StorageMode::Local);
    if (!db) {
        bench::note(db.error().message);
        return false;
    }
    DemoOptions options;
    options.customers = config.customers;
    options.seed = seed;
    auto lastProgress = bench::Clock::now();
    auto summary = generateDemoData(**db, options, [&](const QString& step) {
        bench::note(QStringLiteral("  %1 (%2 s, +%3 s)")
                        .arg(step)
                        .arg(bench::elapsedMs(start) / 1000.0, 0, 'f', 1)
                        .arg(bench::elapsedMs(lastProgress) / 1000.0, 0, 'f', 1));
        lastProgress = bench::Clock::now();
    });
    if (!summary) {
        bench::note(summary.error().message);
        return false;
    }
    const double generatedMs = bench::elapsedMs(start);
    db->reset(); // closing checkpoints the WAL into the file
    const double seconds = bench::elapsedMs(start) / 1000.0;
    bench::JsonLine(QStringLiteral("demo_generate"))
        .add("n", config.customers)
        .add("customers", config.customers)
        .add("seconds", seconds, 2)
        .add("close_seconds", seconds - generatedMs / 1000.0, 2)
        .add("users", summary->users)
        .add("leads", summary->leads)
        .add("activities", summary->activities)
        .add("visits", summary->visits)
        .add("vehicles", summary->vehicles)
        .add("deals", summary->deals)
        .print();
    return true;
}

// The storage mode recorded in the file, which decides how the measurements open it.
std::optional<bool> fileIsShared(const QString& path)
{
    auto db = Database::open(path, OpenOptions{.integrity = IntegrityCheck::Skip});
    if (!db) {
        bench::note(db.error().message);
        return std::nullopt;
    }
    return (*db)->mode() == StorageMode::Shared;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Builds a Showroom demo database and prints timings as JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Number of demo customers."),
                                             QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: $TMPDIR/showroom-bench-N.sqlite); reused when "
                       "it exists."),
        QStringLiteral("PATH"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo data seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("Storage mode of a new file: local or "
                                                       "shared."),
                                        QStringLiteral("MODE"), QStringLiteral("local"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        QStringLiteral("Samples per search, duplicate lookup, move and add measurement (at "
                       "least 200 for searches, lookups and moves, 100 for adds)."),
        QStringLiteral("K"), QStringLiteral("200"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run only these measurement groups (comma-separated): open, search, "
                       "duplicates, merge, move, add, stock, reports, intake."),
        QStringLiteral("GROUPS"));
    parser.addOptions(
        {customersOption, dbOption, seedOption, modeOption, iterationsOption, onlyOption});
    parser.process(app);

    bool ok = false;
    bench::BenchConfig config;
    config.customers = parser.value(customersOption).toLongLong(&ok);
    if (!ok || config.customers < 0) {
        bench::note(QStringLiteral("--customers needs a number >= 0"));
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        bench::note(QStringLiteral("--seed needs a number"));
        return 2;
    }
    const auto mode = storageModeFromName(parser.value(modeOption));
    if (!mode) {
        bench::note(QStringLiteral("--mode is local or shared"));
        return 2;
    }
    config.shared = *mode == StorageMode::Shared;
    config.iterations = std::max(200, parser.value(iterationsOption).toInt());
    config.path =
        parser.isSet(dbOption)
            ? parser.value(dbOption)
            : QDir(QDir::tempPath())
                  .filePath(QStringLiteral("showroom-bench-%1%2.sqlite")
                                .arg(config.customers)
                                .arg(config.shared ? QStringLiteral("-shared") : QString()));

    if (!QFileInfo::exists(config.path) || QFileInfo(config.path).size() == 0) {
        if (!generate(config, seed))
            return 1;
    } else {
        bench::note(QStringLiteral("reusing %1").arg(config.path));
        const auto shared = fileIsShared(config.path);
        if (!shared)
            return 1;
        if (*shared != config.shared)
            bench::note(QStringLiteral("the file is in %1 mode; measuring that")
                            .arg(*shared ? QStringLiteral("shared") : QStringLiteral("local")));
        config.shared = *shared;
    }
    bench::JsonLine(QStringLiteral("db_file"))
        .add("customers", config.customers)
        .add("mb", static_cast<double>(QFileInfo(config.path).size()) / 1048576.0, 1)
        .add("mode", config.shared ? QStringLiteral("shared") : QStringLiteral("local"))
        .print();

    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char* group) {
        return only.isEmpty() || only.contains(QLatin1String(group));
    };
    bool all = true;
    if (wanted("open")) {
        bench::note(QStringLiteral("measuring open"));
        all = bench::measureOpen(config) && all;
        all = bench::measureQuickCheck(config) && all;
    }
    if (wanted("search")) {
        bench::note(QStringLiteral("measuring search"));
        all = bench::measureSearch(config) && all;
    }
    if (wanted("duplicates")) {
        bench::note(QStringLiteral("measuring duplicate lookups while typing"));
        all = bench::measureDuplicatesTyping(config) && all;
    }
    if (wanted("merge")) {
        bench::note(QStringLiteral("measuring the merge preview"));
        all = bench::measureMergePreview(config) && all;
    }
    if (wanted("move")) {
        bench::note(QStringLiteral("measuring lead moves"));
        all = bench::measureLeadMove(config) && all;
    }
    if (wanted("add")) {
        bench::note(QStringLiteral("measuring customer adds"));
        all = bench::measureCustomerAdd(config) && all;
    }
    if (wanted("stock")) {
        bench::note(QStringLiteral("measuring stock search and the Deliveries list"));
        all = bench::measureVinSearch(config) && all;
        all = bench::measureDeliveries(config) && all;
    }
    if (wanted("intake")) {
        bench::note(QStringLiteral("measuring the import of 100,000 ADF prospects"));
        all = bench::measureIntake(config) && all;
    }
    if (wanted("reports")) {
        bench::note(QStringLiteral("measuring the weekly and the 12-month report"));
        all = bench::measureReports(config) && all;
    }
    bench::JsonLine(QStringLiteral("peak_rss")).add("kb", bench::peakRssKb()).print();
    return all ? 0 : 1;
}
