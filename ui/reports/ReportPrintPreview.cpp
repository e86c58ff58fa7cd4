#include "reports/ReportPrintPreview.h"

#include "common/MessageBoxes.h"
#include "print/WeeklyReportPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace showroom {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportPrintPreview)
};
} // namespace

void showWeeklyReportPreview(QWidget* parent, const reports::Report& report,
                             const QString& dealershipName)
{
    const WeeklyReportPrinter printer(report, dealershipName);
    QPrinter device(QPrinter::HighResolution);
    device.setPageLayout(WeeklyReportPrinter::pageLayout());
    device.setDocName(printer.suggestedFileName());
    QPrintPreviewDialog dialog(&device, parent);
    dialog.setWindowTitle(Text::tr("Print %1").arg(printer.title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&printer](QPrinter* target) { printer.print(*target); });
    dialog.exec();
}

bool saveWeeklyReportPdf(QWidget* parent, const reports::Report& report,
                         const QString& dealershipName)
{
    const WeeklyReportPrinter printer(report, dealershipName);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, Text::tr("Save %1 as PDF").arg(printer.title()),
                                     QDir(folder).filePath(printer.suggestedFileName()),
                                     Text::tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveWeeklyReportPdfTo(parent, report, dealershipName, path);
}

bool saveWeeklyReportPdfTo(QWidget* parent, const reports::Report& report,
                           const QString& dealershipName, const QString& path)
{
    const auto written = WeeklyReportPrinter(report, dealershipName).writePdf(path);
    if (!written)
        MessageBoxes::current().error(parent, Text::tr("Saving the PDF failed"),
                                      written.error().message);
    return written.has_value();
}

} // namespace showroom
