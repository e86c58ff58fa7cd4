// The Reports page's periods and reloads, the traffic chart's buckets, print preview, PDF and
// export.
#include "ReportDemo.h"
#include "TestSupport.h"
#include "reports/ChartSupport.h"
#include "reports/ReportCharts.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportHeader.h"
#include "reports/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace showroom;
using namespace showroom::test;
using reports::Drill;
using reports::DrillKind;

TEST_CASE("the periods of the presets", "[ui][reports]")
{
    using P = ReportHeader::Preset;
    const QDate wednesday(2026, 11, 25);
    const auto period = [&](P preset, int offset) {
        const auto f = ReportHeader::presetPeriod(preset, wednesday, offset);
        return std::pair{f.first, f.last};
    };
    CHECK(period(P::LastWeek, 0) == std::pair{QDate(2026, 11, 16), QDate(2026, 11, 22)});
    CHECK(period(P::LastWeek, -1) == std::pair{QDate(2026, 11, 9), QDate(2026, 11, 15)});
    CHECK(period(P::ThisWeek, 0) == std::pair{QDate(2026, 11, 23), QDate(2026, 11, 29)});
    CHECK(period(P::LastFourWeeks, 0) == std::pair{QDate(2026, 10, 26), QDate(2026, 11, 22)});
    CHECK(period(P::LastFourWeeks, -1) == std::pair{QDate(2026, 9, 28), QDate(2026, 10, 25)});
    CHECK(period(P::LastTwelveMonths, 0) == std::pair{QDate(2025, 11, 1), QDate(2026, 10, 31)});
    CHECK(period(P::LastTwelveMonths, -1) == std::pair{QDate(2024, 11, 1), QDate(2025, 10, 31)});
}

TEST_CASE("changes from the services are coalesced into one recompute", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    ReportsPage page(data.session(data.user(QStringLiteral("manager"))));
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.computeCount() == 1); // computed once shown
    for (int i = 0; i < 5; ++i)
        Q_EMIT data.changes.leadChanged(1);
    Q_EMIT data.changes.visitAdded(1);
    Q_EMIT data.changes.dealChanged(1);
    QTest::qWait(100);
    CHECK(page.computeCount() == 1);
    QTRY_COMPARE(page.computeCount(), 2);
    QTest::qWait(400);
    CHECK(page.computeCount() == 2);

    page.hide(); // a hidden page only remembers that it is out of date
    Q_EMIT data.changes.leadChanged(1);
    QTest::qWait(400);
    CHECK(page.computeCount() == 2);
    page.show();
    QTRY_COMPARE(page.computeCount(), 3);
}

TEST_CASE("the traffic chart keeps its axis readable: days, weeks, months, quarters",
          "[ui][reports]")
{
    using Size = ReportCharts::BucketSize;
    const auto reportOver = [](QDate first, QDate last) {
        reports::Report report;
        report.filter.first = first;
        report.filter.last = last;
        for (QDate day = first; day <= last; day = day.addDays(1))
            report.traffic.days.push_back({day, 2, 1, 1, 0});
        return report;
    };
    const auto week = reportOver(QDate(2026, 11, 16), QDate(2026, 11, 22));
    CHECK(ReportCharts::bucketSize(7) == Size::Day);
    CHECK(ReportCharts::trafficBuckets(week).size() == 7);

    const auto weeks = reportOver(QDate(2026, 6, 3), QDate(2026, 8, 30)); // from a Wednesday
    CHECK(ReportCharts::bucketSize(int(weeks.traffic.days.size())) == Size::Week);
    const auto weekBuckets = ReportCharts::trafficBuckets(weeks);
    REQUIRE(weekBuckets.size() == 13);
    CHECK(weekBuckets.front().first == QDate(2026, 6, 3)); // clipped to the period
    CHECK(weekBuckets.front().last == QDate(2026, 6, 7));
    CHECK(weekBuckets.front().firstVisits == 10);
    CHECK(weekBuckets.front().repeatVisits == 5);
    CHECK(weekBuckets.front().label == "W23");

    const auto year = reportOver(QDate(2025, 11, 1), QDate(2026, 10, 31));
    const auto months = ReportCharts::trafficBuckets(year);
    REQUIRE(months.size() == 12);
    CHECK(months.back().first == QDate(2026, 10, 1));
    CHECK(months.back().firstVisits == 62);

    const auto years = reportOver(QDate(2024, 1, 1), QDate(2026, 10, 31));
    const auto quarters = ReportCharts::trafficBuckets(years);
    REQUIRE(quarters.size() == 12);
    CHECK(quarters.back().label == "Q4 26");

    SECTION("a week's bar lists the walk-ins of each of its days")
    {
        std::vector<DrillRequest> asked;
        std::unique_ptr<QChart> chart(
            ReportCharts::traffic(weeks, [&](const DrillRequest& r) { asked.push_back(r); }));
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        REQUIRE(series != nullptr);
        Q_EMIT series->barSets().value(1)->clicked(1); // repeat visits of the second week
        REQUIRE(asked.size() == 1);
        REQUIRE(asked[0].drills.size() == 7);
        for (const Drill& drill : asked[0].drills)
            CHECK(drill.kind == DrillKind::VisitDay);
        CHECK(asked[0].drills.front().day == QDate(2026, 6, 8));
        CHECK(asked[0].drills.back().day == QDate(2026, 6, 14));
    }
}

TEST_CASE("the sources chart's legend lists leads before sales as the bars do", "[ui][reports]")
{
    reports::Report report;
    reports::SourceRow phone;
    phone.name = QStringLiteral("Phone");
    phone.leads = 8;
    phone.sales = 3;
    reports::SourceRow web = phone;
    web.name = QStringLiteral("Website form");
    web.leads = 6;
    report.sources.sources = {phone, web};
    QChartView view(ReportCharts::sources(report, [](const DrillRequest&) {}));
    view.resize(600, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    // Where a colour first shows: leftmost in the legend (the bottom rows), topmost in the bars.
    const auto leftmost = [&](const QColor& colour) {
        int found = image.width();
        for (int y = image.height() - 40; y < image.height(); ++y)
            for (int x = 0; x < found; ++x)
                if (image.pixelColor(x, y) == colour)
                    found = x;
        return found;
    };
    const auto topmost = [&](const QColor& colour) {
        for (int y = 0; y < image.height() - 40; ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == colour)
                    return y;
        return image.height();
    };
    const QColor leads = chartsupport::kBlue, sales = chartsupport::kGreen;
    REQUIRE(leftmost(sales) < image.width());
    CHECK(leftmost(leads) < leftmost(sales));
    REQUIRE(topmost(sales) < image.height());
    CHECK(topmost(leads) < topmost(sales));
}

TEST_CASE("a failed PDF or export is reported through the message seam", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    ReportsPage page(data.session(data.user(QStringLiteral("manager"))));
    page.reload();
    REQUIRE(page.report().has_value());
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    const QString nowhere = QStringLiteral("/nonexistent-folder/report");
    CHECK_FALSE(page.savePdfTo(nowhere + QStringLiteral(".pdf")));
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors[0].startsWith("Saving the PDF failed: "));
    CHECK_FALSE(page.exportTo(ExportFormat::Xlsx, -1, nowhere + QStringLiteral(".xlsx")));
    REQUIRE(boxes.errors.size() == 2);
    CHECK(boxes.errors[1].startsWith("The export failed: "));
    CHECK_FALSE(QFile::exists(nowhere + QStringLiteral(".xlsx")));

    page.tabs()->setCurrentIndex(ReportsPage::Consultants);
    CHECK(page.currentTableIndex() == 5); // the CSV export offers the consultants table
    page.tabs()->setCurrentIndex(ReportsPage::Sources);
    CHECK(page.currentTableIndex() == 2);
}

TEST_CASE("the page saves the weekly report as PDF and exports its tables", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    ReportsPage page(data.session(data.user(QStringLiteral("manager"))));
    page.reload();
    REQUIRE(page.report().has_value());
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString pdf = dir.filePath(QStringLiteral("week.pdf"));
    CHECK(page.savePdfTo(pdf));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");

    const QString xlsx = dir.filePath(QStringLiteral("week.xlsx"));
    CHECK(page.exportTo(ExportFormat::Xlsx, -1, xlsx));
    CHECK(QFileInfo(xlsx).size() > 0);

    const QString csv = dir.filePath(QStringLiteral("consultants.csv"));
    CHECK(page.exportTo(ExportFormat::Csv, 5, csv));
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(table.readAll());
    CHECK(text.contains("Consultant"));
    for (const auto& consultant : page.report()->consultants)
        CHECK(text.contains(consultant.name));
    CHECK(boxes.errors.isEmpty());

    SECTION("a consultant may not export, even when asked directly")
    {
        ReportsPage own(data.session(data.user(QStringLiteral("anna"))));
        own.reload();
        REQUIRE(own.report().has_value());
        CHECK_FALSE(own.exportTo(ExportFormat::Csv, 0, dir.filePath(QStringLiteral("x.csv"))));
        REQUIRE(boxes.errors.size() == 1);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }
}

TEST_CASE("print preview and the export dialog open from the page's buttons", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    ReportsPage page(data.session(data.user(QStringLiteral("manager"))));
    page.reload();
    REQUIRE(page.report().has_value());

    bool previewed = false;
    QTimer::singleShot(0, [&previewed] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        previewed = true;
        dialog->reject();
    });
    page.header()->previewButton()->click();
    CHECK(previewed);

    page.tabs()->setCurrentIndex(ReportsPage::Consultants);
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* dialog = qobject_cast<ReportExportDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        asked = true;
        CHECK(dialog->format() == ExportFormat::Xlsx);
        CHECK_FALSE(dialog->tableBox()->isEnabled()); // a workbook has every table
        dialog->formatBox()->setCurrentIndex(1);
        CHECK(dialog->format() == ExportFormat::Csv);
        CHECK(dialog->tableBox()->isEnabled());
        CHECK(dialog->tableIndex() == 5); // the tab's table: consultants
        CHECK(dialog->tableBox()->currentText() == "Consultants");
        dialog->reject();
    });
    page.header()->exportButton()->click();
    CHECK(asked);
}
