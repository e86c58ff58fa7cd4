// The printed weekly report of week 47 of 2026 on the demo data, pages 1 and 2 as PNG at 60 dpi
// (docs/weekly-report-page1.png and -page2.png) and the whole PDF. Not run by ctest:
// `showroom_ui_tests "[.shots]"` writes into $SHOWROOM_SHOTS_DIR (or /tmp).
#include "Clock.h"
#include "print/WeeklyReportPrinter.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"
#include "storage/demo/DemoGenerator.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;

TEST_CASE("Weekly report of the demo data as pictures", "[.shots]")
{
    const QString folder = qEnvironmentVariable("SHOWROOM_SHOTS_DIR", QStringLiteral("/tmp"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = Database::create(dir.filePath(QStringLiteral("demo.sqlite")), StorageMode::Local);
    REQUIRE(db.has_value());
    const QDateTime now(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
    DemoOptions options;
    options.customers = 4000;
    options.now = now;
    REQUIRE(generateDemoData(**db, options).has_value());

    ManualClock clock(now);
    const ServiceContext context{**db, clock, nullptr};
    User manager;
    manager.role = Role::Manager;
    const auto week = reports::ReportPeriod::isoWeek(QStringLiteral("2026-W47"));
    REQUIRE(week.has_value());
    auto report = reports::ReportService(context).compute(manager, *week);
    REQUIRE(report.has_value());
    const auto name = SettingsService(context).get(QStringLiteral("dealership.name"));

    const QString pdf = folder + QStringLiteral("/weekly-report-demo.pdf");
    const WeeklyReportPrinter printer(*report, name ? *name : QString(),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(printer.writePdf(pdf).has_value());
    for (int page = 1; page <= 2; ++page) {
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"),
                      QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), QStringLiteral("-singlefile"), pdf,
                      folder + QStringLiteral("/weekly-report-page%1").arg(page)});
        REQUIRE(render.waitForFinished(60000));
        CHECK(render.exitCode() == 0);
    }
}
