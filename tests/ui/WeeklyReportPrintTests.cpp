// The printed weekly report from a hand-built Report (no database): written as PDF and read back
// with pdftotext and pdfimages (poppler-utils). `showroom_ui_tests "[.shots]"` renders the pages to
// PNG into $SHOWROOM_SHOTS_DIR (or /tmp) to look at the layout.
#include "print/Money.h"
#include "print/PrintCharts.h"
#include "print/PrintTable.h"
#include "print/ReportTables.h"
#include "print/WeeklyReportLayout.h"
#include "print/WeeklyReportPrinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::reports;

namespace {

const QLocale kLocale(QLocale::English, QLocale::UnitedStates);

const char* const kFirstNames[] = {"Anna",  "Jonas", "Lena",  "Tim",   "Mia",  "Paul",
                                   "Sofia", "Felix", "Clara", "David", "Emma", "Lukas",
                                   "Hanna", "Noah",  "Marie", "Elias", "Lea",  "Ben"};
const char* const kLastNames[] = {"Schulz", "Berg",     "Vogel",  "Fischer", "Wagner",
                                  "Becker", "Hoffmann", "Koch",   "Richter", "Klein",
                                  "Wolf",   "Neumann",  "Krüger", "Braun"};

FunnelStage stage(const char* key, const char* name, const char* kind, int entered, int reached,
                  std::optional<double> conversion)
{
    FunnelStage s;
    s.key = QString::fromUtf8(key);
    s.name = QString::fromUtf8(name);
    s.kind = QString::fromUtf8(kind);
    s.entered = entered;
    s.reached = reached;
    s.conversionToNext = conversion;
    s.left = entered / 2;
    s.medianMinutesInStage = 60.0 * 26;
    return s;
}

SourceRow source(const char* key, const char* name, int leads, int sales, qint64 revenue)
{
    SourceRow row;
    row.key = QString::fromUtf8(key);
    row.name = QString::fromUtf8(name);
    row.leads = leads;
    row.respondedInTime = leads * 4 / 5;
    row.testDrives = leads / 3;
    row.offers = leads / 2;
    row.sales = sales;
    row.conversion = leads > 0 ? std::optional<double>(double(sales) / leads) : std::nullopt;
    row.revenueCents = revenue;
    return row;
}

// Week 47 of 2026 with 137 walk-ins and `consultants` consultants.
Report sampleReport(int consultants)
{
    Report report;
    report.filter = {QDate(2026, 11, 16), QDate(2026, 11, 22), std::nullopt, std::nullopt};
    report.generatedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC);
    report.timeZone = QStringLiteral("Europe/Berlin");
    report.currency = QStringLiteral("EUR");

    auto& traffic = report.traffic;
    traffic.current = {137, 89, 48, 81, 23, 81.0 / 89.0};
    traffic.previous = {122, 80, 42, 70, 19, 70.0 / 80.0};
    traffic.lastYear = {101, 66, 35, 52, 14, 52.0 / 66.0};
    const int first[] = {11, 14, 12, 13, 17, 22, 0};
    const int repeat[] = {6, 7, 5, 8, 9, 13, 0};
    for (int i = 0; i < 7; ++i)
        traffic.days.push_back(
            {report.filter.first.addDays(i), first[i], repeat[i], first[i] * 9 / 10, first[i] / 4});
    const int hours[] = {4, 11, 16, 14, 9, 12, 17, 19, 15, 13, 7}; // 9:00 to 19:59
    for (int i = 0; i < 11; ++i)
        traffic.visitsByHour[size_t(9 + i)] = hours[i];

    auto& funnel = report.funnel;
    funnel.stages = {stage("unassigned", "Unassigned", "open", 64, 64, 0.94),
                     stage("assigned", "Assigned", "open", 60, 60, 0.85),
                     stage("contacted", "Contacted", "open", 49, 51, 0.71),
                     stage("needs", "Needs & car selection", "open", 33, 36, 0.69),
                     stage("offer", "Offer", "open", 22, 25, 0.64),
                     stage("negotiation", "Negotiation", "open", 14, 16, 0.75),
                     stage("won", "Won", "won", 12, 12, std::nullopt),
                     stage("lost", "Lost", "lost", 9, 9, std::nullopt)};
    funnel.newLeads = 64;
    funnel.won = 12;
    funnel.lost = 9;
    funnel.closeRate = 12.0 / 64.0;
    funnel.firstVisitCloses = 3;
    funnel.followUpCloses = 9;

    report.sources.sources = {source("walk_in", "Walk-in", 31, 7, 24'480'000),
                              source("phone", "Phone", 12, 2, 6'890'000),
                              source("web_form", "Web form", 9, 1, 3'150'000),
                              source("portal", "Car portal", 7, 1, 2'799'000),
                              source("referral", "Referral", 3, 1, 4'120'000),
                              source("event", "Event", 2, 0, 0),
                              source("repurchase", "Repurchase", 0, 0, 0)};
    SourceRow campaign = source("", "Winter tyres weekend", 6, 1, 3'290'000);
    campaign.campaignId = 4;
    campaign.costCents = 125'000;
    campaign.costPerSaleCents = 125'000;
    report.sources.campaigns = {campaign};

    auto& lost = report.lost;
    lost.lost = 8;
    lost.pendingApproval = 2;
    lost.reasons = {{1, QStringLiteral("price"), QStringLiteral("Price"), 3},
                    {4, QStringLiteral("bought_elsewhere"), QStringLiteral("Bought elsewhere"), 2},
                    {2, QStringLiteral("credit_terms"), QStringLiteral("Credit terms"), 2},
                    {8, QStringLiteral("unreachable"), QStringLiteral("Unreachable"), 1}};
    lost.stages = {{4, QStringLiteral("needs"), QStringLiteral("Needs & car selection")},
                   {5, QStringLiteral("offer"), QStringLiteral("Offer")},
                   {6, QStringLiteral("negotiation"), QStringLiteral("Negotiation")}};
    lost.byStage = {{1, 5, 1}, {1, 6, 2}, {4, 6, 2}, {2, 5, 2}, {8, 4, 1}};
    for (int week = 0; week < 9; ++week)
        lost.trend.push_back({QDate(2026, 9, 21).addDays(7 * week), 4 + (week * 3) % 7});

    for (int i = 0; i < consultants; ++i) {
        ConsultantRow row;
        row.userId = 10 + i;
        row.name = QStringLiteral("%1 %2").arg(
            QString::fromUtf8(kFirstNames[i % std::size(kFirstNames)]),
            QString::fromUtf8(
                kLastNames[(i / std::size(kFirstNames) + i) % std::size(kLastNames)]));
        row.login = row.name.section(QLatin1Char(' '), 0, 0).toLower() + QString::number(i);
        row.leadsAssigned = 5 + i % 9;
        row.medianFirstResponseMinutes = 12.5 + i % 7;
        row.responseBreaches = i % 3;
        row.followUpsDue = 8 + i % 5;
        row.followUpsDone = 6 + i % 4;
        row.followUpsOverdue = i % 2;
        row.testDrives = 2 + i % 4;
        row.offers = 3 + i % 5;
        row.sales = i % 4;
        row.revenueCents = row.sales * 3'450'000;
        row.accessoriesOffered = 4 * row.sales;
        row.accessoriesSold = 3 * row.sales;
        row.accessoryAttachRate =
            row.sales > 0 ? std::optional<double>(0.75) : std::optional<double>();
        row.managerComments = i % 3;
        report.consultants.push_back(row);
    }
    report.deliveries = {9, 7, 1, 1, 5, 4};
    return report;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return text;
}

// The text of one page (1-based) or of all pages, whitespace collapsed.
QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")).simplified();
}

QString writeReport(const Report& report, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const auto written =
        WeeklyReportPrinter(report, QStringLiteral("Autohaus Nordlicht GmbH"), kLocale)
            .writePdf(path);
    REQUIRE(written.has_value());
    REQUIRE(QFileInfo(path).size() > 1000);
    return path;
}

int pageCountOf(const Report& report, const QTemporaryDir& dir)
{
    QPdfWriter writer(dir.filePath(QStringLiteral("count.pdf")));
    writer.setPageLayout(WeeklyReportPrinter::pageLayout());
    writer.setResolution(300);
    return WeeklyReportPrinter(report, QStringLiteral("Autohaus Nordlicht GmbH"), kLocale)
        .pageCount(writer);
}

QString shotsDir()
{
    for (const char* variable : {"SHOWROOM_SHOTS_DIR", "SHOWROOM_SCREENSHOTS"})
        if (const QString folder = qEnvironmentVariable(variable); !folder.isEmpty())
            return folder;
    return QStringLiteral("/tmp");
}

} // namespace

TEST_CASE("The weekly report prints every section with its figures and charts as text",
          "[print][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Report report = sampleReport(6);
    const QString path = writeReport(report, dir, QStringLiteral("week.pdf"));
    const QString text = pdfText(path);

    CHECK(text.contains(QStringLiteral("Autohaus Nordlicht GmbH")));
    CHECK(text.contains(QStringLiteral("Weekly report")));
    CHECK(text.contains(QStringLiteral("2026-W47")));
    CHECK(text.contains(kLocale.toString(QDate(2026, 11, 16), QLocale::ShortFormat)));
    CHECK(text.contains(kLocale.toString(QDate(2026, 11, 22), QLocale::ShortFormat)));
    CHECK(text.contains(QStringLiteral("Consultant: all · Source: all")));
    for (const char* section : {"Traffic", "Funnel", "Sources and campaigns", "Lost analysis",
                                "Consultants", "Deliveries"})
        CHECK(text.contains(QString::fromUtf8(section)));
    // Key figures: visits with the previous period and last year.
    CHECK(text.contains(QStringLiteral("137 89 91.0%")));
    CHECK(text.contains(QStringLiteral("Previous period: 122 (+12.3%)")));
    CHECK(text.contains(QStringLiteral("Last year: 101 (+35.6%)")));
    CHECK(text.contains(QStringLiteral("91.0%"))); // info-retention 81 / 89
    CHECK(text.contains(report.consultants.front().name));
    CHECK(text.contains(QStringLiteral("Winter tyres weekend")));
    CHECK(text.contains(formatMoney(24'480'000, QStringLiteral("EUR"), kLocale)));
    CHECK(text.contains(QStringLiteral("Bought elsewhere")));
    // Chart labels are text: legends, axis labels (hours), captions and notes.
    CHECK(text.contains(QStringLiteral("First visits Repeat visits")));
    CHECK(text.contains(QStringLiteral("Visits by hour of the day")));
    CHECK(text.contains(QStringLiteral("09 10 11 12")));
    CHECK(text.contains(QStringLiteral("Conversion to next stage")));
    CHECK(text.contains(QStringLiteral("Leads Sales")));
    CHECK(text.contains(QStringLiteral("Page 1 / ")));
    CHECK(text.contains(QStringLiteral("Generated ")));
    // ... and nothing is a bitmap: pdfimages lists no image.
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // the column titles and their underline only
}

TEST_CASE("A long consultant table runs over pages and repeats its header", "[print][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Report report = sampleReport(70);
    const QString path = writeReport(report, dir, QStringLiteral("long.pdf"));
    const int pages = pageCountOf(report, dir);
    REQUIRE(pages > 2);
    CHECK(pdfText(path).contains(QStringLiteral("Page %1 / %1").arg(pages)));

    // All 14 columns fit the width in one part (headers wrapped, a smaller font), over pages:
    // every page with rows has the title (continued) and every column header.
    int spanned = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        CHECK(text.contains(QStringLiteral("Page %1 / %2").arg(page).arg(pages)));
        bool hasRow = false;
        for (const auto& consultant : report.consultants)
            hasRow = hasRow || text.contains(consultant.name);
        if (!hasRow)
            continue;
        ++spanned;
        INFO("page " << page);
        CHECK_FALSE(text.contains(QStringLiteral(" of 2)")));
        CHECK(text.contains(QStringLiteral("assigned"))); // "Leads assigned", wrapped
        CHECK(text.contains(QStringLiteral("Escalations")));
        CHECK(text.contains(QStringLiteral("overdue")));  // "Follow-ups overdue", wrapped
        CHECK(text.contains(QStringLiteral("comments"))); // "Manager comments", wrapped
        if (spanned > 1)
            CHECK(text.contains(QStringLiteral("Consultants (continued)")));
    }
    CHECK(spanned > 1);
}

TEST_CASE("A table too wide for the page is set smaller, and split only when that is not enough",
          "[print][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QPdfWriter writer(dir.filePath(QStringLiteral("table.pdf")));
    writer.setPageLayout(WeeklyReportPrinter::pageLayout());
    writer.setResolution(300);
    const qreal width = writer.width();
    const QFont font = print::WeeklyReportLayout::font(7);
    const Report report = sampleReport(5);
    const print::PrintedTable narrow(ReportTables::deliveries(report), kLocale, font, &writer,
                                     width);
    CHECK(narrow.partCount() == 1);

    // The 14 consultant columns: one part, in a smaller font (lower rows).
    const print::PrintedTable consultants(ReportTables::consultants(report), kLocale, font, &writer,
                                          width);
    CHECK(consultants.partCount() == 1);
    CHECK(consultants.title(0) == QStringLiteral("Consultants"));
    CHECK(consultants.rowHeight() < narrow.rowHeight());

    // 30 columns do not fit even at the smallest size: parts in the font asked for.
    DataTable table;
    table.title = QStringLiteral("Figures");
    table.columns.push_back({QStringLiteral("Consultant"), DataColumn::Type::Text});
    std::vector<QVariant> row{QStringLiteral("Elena Kovalenko")};
    for (int c = 1; c < 30; ++c) {
        table.columns.push_back(
            {QStringLiteral("Escalations %1").arg(c), DataColumn::Type::Integer});
        row.emplace_back(qint64(c * 10));
    }
    table.rows.push_back(row);
    const print::PrintedTable wide(table, kLocale, font, &writer, width);
    CHECK(wide.partCount() > 1);
    CHECK(wide.title(0) == QStringLiteral("Figures (1 of %1)").arg(wide.partCount()));
    CHECK(wide.rowHeight() == Approx(narrow.rowHeight()));
}

TEST_CASE("Bar charts side by side share one baseline", "[print][reports]")
{
    const QStringList days{QStringLiteral("Mon\n16/11"), QStringLiteral("Tue\n17/11")};
    const QStringList hours{QStringLiteral("09"), QStringLiteral("10")};
    CHECK(print::categoryLines(days) == 2);
    CHECK(print::categoryLines(hours) == 1);
    const std::vector<print::ChartSeries> series{
        {QStringLiteral("Visits"), print::chartColor(0), {3, 5}}};
    // The row of the value axis (the grey line at 0) of a chart painted alone on an image.
    const auto baseline = [&](const QStringList& categories, int labelLines) {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setFont(print::WeeklyReportLayout::font(7));
        print::paintStackedBars(painter, QRectF(0, 0, 400, 300), categories, series, kLocale, {},
                                true, labelLines);
        painter.end();
        for (int y = image.height() - 1; y >= 0; --y) {
            int grey = 0; // darker than the grid lines
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                grey += qRed(pixel) == qBlue(pixel) && qRed(pixel) < 0xc0 ? 1 : 0;
            }
            if (grey > image.width() / 2)
                return y;
        }
        return -1;
    };
    CHECK(baseline(hours, 1) > baseline(days, 1)); // one label line leaves a taller plot
    REQUIRE(baseline(days, 2) > 0);
    CHECK(baseline(hours, 2) == baseline(days, 2));
}

TEST_CASE("A report of a free period without any figure prints its empty charts",
          "[print][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Report report;
    report.filter = {QDate(2026, 11, 1), QDate(2026, 11, 30), std::nullopt, std::nullopt};
    for (QDate day = report.filter.first; day <= report.filter.last; day = day.addDays(1))
        report.traffic.days.push_back({day, 0, 0, 0, 0});
    report.currency = QStringLiteral("EUR");
    const WeeklyReportPrinter printer(report, {}, kLocale);
    CHECK(printer.title() == QStringLiteral("Report"));
    CHECK(printer.suggestedFileName() == QStringLiteral("Report-2026-11-01-2026-11-30.pdf"));
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(printer.writePdf(path).has_value());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("No walk-ins in this period.")));
    CHECK(text.contains(QStringLiteral("No lead was lost in this period.")));
    CHECK(text.contains(QStringLiteral("Deliveries")));
    CHECK_FALSE(text.contains(QStringLiteral("2026-W")));
}

TEST_CASE("Writing the weekly report to an unwritable path fails and leaves nothing",
          "[print][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-folder/week.pdf"));
    const WeeklyReportPrinter printer(sampleReport(3), {}, kLocale);
    CHECK(printer.suggestedFileName() == QStringLiteral("Weekly-report-2026-W47.pdf"));
    const auto written = printer.writePdf(path);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message.contains(QStringLiteral("Cannot write")));
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("not-a-folder")});
}

TEST_CASE("Weekly report pages as pictures", "[.shots]")
{
    const QString folder = shotsDir();
    QTemporaryDir dir;
    const QString path = writeReport(sampleReport(24), dir, QStringLiteral("week.pdf"));
    QFile::remove(folder + QStringLiteral("/weekly-report-sample.pdf"));
    QFile::copy(path, folder + QStringLiteral("/weekly-report-sample.pdf"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), path,
         folder + QStringLiteral("/weekly-report-sample")});

    // A month with figures on some days only: weeks in the day chart, no lost leads.
    Report month = sampleReport(4);
    month.filter = {QDate(2026, 11, 1), QDate(2026, 11, 30), std::nullopt, std::nullopt};
    month.traffic.days.clear();
    for (QDate day = month.filter.first; day <= month.filter.last; day = day.addDays(1))
        month.traffic.days.push_back({day, day.day() % 6 * 3, day.day() % 4, day.day() % 5, 1});
    month.lost = {};
    const QString monthPath = dir.filePath(QStringLiteral("month.pdf"));
    REQUIRE(WeeklyReportPrinter(month, {}, kLocale).writePdf(monthPath).has_value());
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), monthPath,
         folder + QStringLiteral("/weekly-report-month")});
}
