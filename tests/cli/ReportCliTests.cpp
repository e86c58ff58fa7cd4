// report weekly: the JSON equals ReportService's figures computed here, the PDF shows the sections
// and the visitors figure, bad periods, consultants and sources are clear errors.
#include "CliRunner.h"
#include "Clock.h"
#include "reports/ReportJson.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/demo/DemoGenerator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

// A demo database whose 24 months of history end on Wednesday of week 48 of 2026.
QString demoDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("report.sqlite"));
    auto db = Database::create(path, StorageMode::Local);
    REQUIRE(db.has_value());
    DemoOptions options;
    options.customers = 300;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
    const auto demo = generateDemoData(**db, options);
    INFO((demo ? QString() : demo.error().message).toStdString());
    REQUIRE(demo.has_value());
    return path;
}

// The report as the service computes it for `actor`, without its only changing value.
QJsonObject computed(const QString& path, const User& actor, reports::ReportFilter filter)
{
    auto db = Database::open(path);
    REQUIRE(db.has_value());
    SystemClock clock;
    auto report =
        reports::ReportService(ServiceContext{**db, clock, nullptr}).compute(actor, filter);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    QJsonObject json = reports::toJson(*report);
    json.remove(QStringLiteral("generated_at"));
    return json;
}

QJsonObject reportJson(const QString& db, const QString& login, const QStringList& args)
{
    QJsonObject json =
        succeed(db, login, QStringList{QStringLiteral("report"), QStringLiteral("weekly")} + args)
            .object();
    CHECK(json.contains(QStringLiteral("generated_at")));
    json.remove(QStringLiteral("generated_at"));
    return json;
}

CliResult report(const QString& db, const QStringList& args)
{
    return runOn(db, {}, QStringList{QStringLiteral("report"), QStringLiteral("weekly")} + args);
}

#ifdef SHOWROOM_CLI_PRINT
// The words of a PDF (pdftotext), on one line.
QString pdfWords(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    // NFKC turns the font's ligatures ("ﬃ" in "Traffic") back into letters.
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}
#endif

} // namespace

TEST_CASE("report weekly prints the service's figures as JSON and as a PDF", "[cli][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = demoDatabase(dir);
    const QJsonObject json =
        reportJson(db, {}, {QStringLiteral("--week"), QStringLiteral("2026-W47")});

    for (const char* key : {"period", "filter", "time_zone", "currency", "traffic", "funnel",
                            "sources", "lost", "consultants", "deliveries"})
        CHECK(json.contains(QLatin1String(key)));
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("first")) == QStringLiteral("2026-11-16"));
    CHECK(period.value(QStringLiteral("last")) == QStringLiteral("2026-11-22"));
    CHECK(period.value(QStringLiteral("iso_week")) == QStringLiteral("2026-W47"));
    const int visits = json.value(QStringLiteral("traffic"))
                           .toObject()
                           .value(QStringLiteral("current"))
                           .toObject()
                           .value(QStringLiteral("visits"))
                           .toInt();
    CHECK(visits > 0);
    CHECK_FALSE(json.value(QStringLiteral("consultants")).toArray().isEmpty());

    User manager;
    manager.role = Role::Manager;
    const auto week = reports::ReportPeriod::isoWeek(QStringLiteral("2026-W47"));
    REQUIRE(week.has_value());
    CHECK(json == computed(db, manager, *week));

    SECTION("a consultant signed in gets his own figures")
    {
        const QJsonObject own = reportJson(db, QStringLiteral("anna"),
                                           {QStringLiteral("--week"), QStringLiteral("2026-W47")});
        CHECK(own.value(QStringLiteral("filter"))
                  .toObject()
                  .value(QStringLiteral("consultant"))
                  .toString() == QStringLiteral("Anna Schmidt"));
        const QJsonObject filtered =
            reportJson(db, {},
                       {QStringLiteral("--week"), QStringLiteral("2026-W47"),
                        QStringLiteral("--consultant"), QStringLiteral("anna")});
        CHECK(own == filtered);
    }

    SECTION("a source filter and a free period")
    {
        const QJsonObject walkIns = reportJson(
            db, {},
            {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
             QStringLiteral("2026-11-22"), QStringLiteral("--source"), QStringLiteral("walk_in")});
        const QJsonObject range = walkIns.value(QStringLiteral("period")).toObject();
        CHECK(range.value(QStringLiteral("days")).toInt() == 22);
        CHECK(range.value(QStringLiteral("iso_week")).toString().isEmpty());
        CHECK_FALSE(walkIns.value(QStringLiteral("filter"))
                        .toObject()
                        .value(QStringLiteral("source"))
                        .toString()
                        .isEmpty());
    }

#ifdef SHOWROOM_CLI_PRINT
    SECTION("the PDF shows the sections and the visitors")
    {
        const QString pdf = dir.filePath(QStringLiteral("week47.pdf"));
        const CliResult printed = report(db, {QStringLiteral("--week"), QStringLiteral("2026-W47"),
                                              QStringLiteral("--pdf"), pdf});
        INFO(printed.err.toStdString());
        REQUIRE(printed.exitCode == 0);
        REQUIRE(QFileInfo(pdf).size() > 1000);
        const QString words = pdfWords(pdf);
        for (const char* section :
             {"Weekly report", "2026-W47", "Traffic", "Funnel", "Sources and campaigns",
              "Lost analysis", "Consultants", "Deliveries", "Page 1 / "})
            CHECK(words.contains(QString::fromUtf8(section)));
        // The key figures row: visits first.
        CHECK(words.contains(QStringLiteral("Info-retention %1 ").arg(QLocale().toString(visits))));
    }

    SECTION("--lang de prints the report in German, with German dates")
    {
        const QString pdf = dir.filePath(QStringLiteral("woche47.pdf"));
        const CliResult printed =
            runOn(db, {},
                  {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("report"),
                   QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                   QStringLiteral("--pdf"), pdf});
        INFO(printed.err.toStdString());
        REQUIRE(printed.exitCode == 0);
        const QString words = pdfWords(pdf);
        for (const char* german : {"Wochenbericht", "2026-W47", "16.11.26", "Seite 1 / "})
            CHECK(words.contains(QString::fromUtf8(german)));
        CHECK_FALSE(words.contains(QStringLiteral("Weekly report")));
    }
#endif

    SECTION("--lang with a language that has no translation is a usage error")
    {
        const CliResult unknown = runOn(
            db, {}, {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("stats")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains("no translation for"));
    }
}

TEST_CASE("report weekly refuses bad periods, consultants and sources", "[cli][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);

    const CliResult week60 = report(
        db, {QStringLiteral("--week"), QStringLiteral("2026-W60"), QStringLiteral("--json")});
    CHECK(week60.exitCode != 0);
    CHECK(week60.err.contains("2026 has weeks 1 to 53, not week 60"));
    CHECK(week60.out.isEmpty());

    const CliResult date =
        report(db, {QStringLiteral("--from"), QStringLiteral("2026-11-31"), QStringLiteral("--to"),
                    QStringLiteral("2026-12-06"), QStringLiteral("--json")});
    CHECK(date.exitCode != 0);
    CHECK(date.err.contains("“2026-11-31” is not a date"));

    const CliResult backwards =
        report(db, {QStringLiteral("--from"), QStringLiteral("2026-12-06"), QStringLiteral("--to"),
                    QStringLiteral("2026-11-30"), QStringLiteral("--json")});
    CHECK(backwards.exitCode != 0);
    CHECK(backwards.err.contains("ends before it begins"));

    const CliResult nobody = report(
        db, {QStringLiteral("--consultant"), QStringLiteral("nobody"), QStringLiteral("--json")});
    CHECK(nobody.exitCode != 0);
    CHECK(nobody.err.contains("nobody"));

    const CliResult nowhere =
        report(db, {QStringLiteral("--source"), QStringLiteral("carrier_pigeon"),
                    QStringLiteral("--json")});
    CHECK(nowhere.exitCode != 0);
    CHECK(nowhere.err.contains("carrier_pigeon"));
    CHECK(nowhere.err.contains("walk_in"));

    CHECK(report(db, {}).exitCode == 2); // neither --pdf nor --json
    CHECK(
        report(db, {QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--from"),
                    QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-11-30"), QStringLiteral("--json")})
            .exitCode == 2);
    CHECK(runOn(db, {},
                {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--json")})
              .exitCode == 2);
}
