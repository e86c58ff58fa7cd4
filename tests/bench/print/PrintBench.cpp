// showroom-print-bench: the printed weekly report on an existing demo database (it never generates
// one). Prints JSON lines like showroom-bench:
//   report_weekly_pdf          WeeklyReportPrinter::writePdf of the last full week's report,
//                              computed once beforehand; target 2,000 ms
//   report_weekly_compute_pdf  computing that report and writing its PDF, what
//                              `showroom-cli report weekly --pdf` does after opening the file;
//                              target 2,300 ms (300 ms to compute plus 2,000 ms for the PDF)
// The week is the last full week before the newest visit in the file, computed as its first
// manager, as `showroom-bench --only reports` does.
//
//   showroom-print-bench --db PATH [--iterations K]
#include "BenchSupport.h"
#include "Clock.h"
#include "Measurements.h"
#include "print/WeeklyReportPrinter.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace showroom;

namespace {

constexpr double kComputeAndPdfTargetMs =
    bench::kWeeklyReportTargetMs + bench::kWeeklyReportPdfTargetMs;

int pageCount(const WeeklyReportPrinter& printer)
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setPageLayout(WeeklyReportPrinter::pageLayout());
    writer.setResolution(300);
    return printer.pageCount(writer);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom-print-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the weekly report's PDF on an existing demo database; JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("An existing demo database (required; it is never generated here)."),
        QStringLiteral("PATH"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Samples per measurement."),
                                              QStringLiteral("K"), QStringLiteral("5"));
    parser.addOptions({dbOption, iterationsOption});
    parser.process(app);

    if (!parser.isSet(dbOption)) {
        bench::note(QStringLiteral("--db PATH is required: an existing demo database"));
        return 2;
    }
    bool ok = false;
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1) {
        bench::note(QStringLiteral("--iterations needs a number >= 1"));
        return 2;
    }
    bench::BenchConfig config;
    config.path = parser.value(dbOption);
    config.iterations = iterations;
    if (!QFileInfo(config.path).isFile()) {
        bench::note(QStringLiteral("%1 does not exist; showroom-print-bench does not generate a "
                                   "database. Create one first, for example with "
                                   "`showroom-cli --db %1 demo --customers 1000000` or "
                                   "`showroom-bench --customers 1000000 --db %1`.")
                        .arg(config.path));
        return 1;
    }

    auto db = bench::openForWork(config);
    if (!db)
        return 1;
    const std::optional<User> manager = bench::reportManager(*db);
    if (!manager)
        return 1;
    const SystemClock clock;
    const ServiceContext context{*db, clock};
    reports::ReportService service(context);
    const reports::ReportFilter filter = reports::ReportPeriod::lastFullWeek(bench::newestDay(*db));
    auto report = service.compute(*manager, filter);
    if (!report) {
        bench::note(QStringLiteral("the weekly report failed: %1").arg(report.error().message));
        return 1;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        bench::note(QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
        return 1;
    }
    const QString pdf = dir.filePath(QStringLiteral("weekly-report.pdf"));
    const auto write = [&](const WeeklyReportPrinter& printer) {
        if (auto written = printer.writePdf(pdf); !written) {
            bench::note(written.error().message);
            return false;
        }
        return true;
    };

    // The PDF of the computed report.
    const WeeklyReportPrinter printer = WeeklyReportPrinter::forDealership(context, *report);
    std::vector<double> pdfMs;
    for (int i = 0; i < iterations; ++i) {
        bool written = false;
        pdfMs.push_back(bench::timeMs([&] { written = write(printer); }));
        if (!written)
            return 1;
    }
    printTimed(bench::JsonLine(QStringLiteral("report_weekly_pdf"))
                   .add("week", reports::ReportPeriod::isoWeekName(filter))
                   .add("visits", qint64(report->traffic.current.visits))
                   .add("new_leads", qint64(report->funnel.newLeads))
                   .add("consultants", qint64(report->consultants.size()))
                   .add("pages", qint64(pageCount(printer)))
                   .add("bytes", QFileInfo(pdf).size()),
               pdfMs, bench::kWeeklyReportPdfTargetMs);

    // Computing the report and writing its PDF, one after the other.
    std::vector<double> bothMs, computeMs;
    for (int i = 0; i < iterations; ++i) {
        const auto start = bench::Clock::now();
        auto again = service.compute(*manager, filter);
        computeMs.push_back(bench::elapsedMs(start));
        if (!again) {
            bench::note(QStringLiteral("the weekly report failed: %1").arg(again.error().message));
            return 1;
        }
        const bool written = write(WeeklyReportPrinter::forDealership(context, std::move(*again)));
        bothMs.push_back(bench::elapsedMs(start));
        if (!written)
            return 1;
    }
    printTimed(bench::JsonLine(QStringLiteral("report_weekly_compute_pdf"))
                   .add("compute_p50_ms", bench::percentile(computeMs, 50))
                   .add("compute_p95_ms", bench::percentile(computeMs, 95)),
               bothMs, kComputeAndPdfTargetMs);
    bench::JsonLine(QStringLiteral("peak_rss")).add("kb", bench::peakRssKb()).print();
    return 0;
}
