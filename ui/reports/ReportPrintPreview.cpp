#include "reports/ReportPrintPreview.h"

#include "common/PrintPreview.h"
#include "print/WeeklyReportPrinter.h"

namespace showroom {

void showWeeklyReportPreview(QWidget* parent, const reports::Report& report,
                             const QString& dealershipName)
{
    const WeeklyReportPrinter printer(report, dealershipName);
    showPrintPreview(parent, printableDocument(printer));
}

bool saveWeeklyReportPdf(QWidget* parent, const reports::Report& report,
                         const QString& dealershipName)
{
    const WeeklyReportPrinter printer(report, dealershipName);
    return savePdf(parent, printableDocument(printer));
}

bool saveWeeklyReportPdfTo(QWidget* parent, const reports::Report& report,
                           const QString& dealershipName, const QString& path)
{
    const WeeklyReportPrinter printer(report, dealershipName);
    return savePdfTo(parent, printableDocument(printer), path);
}

} // namespace showroom
