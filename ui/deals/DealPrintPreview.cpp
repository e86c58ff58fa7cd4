#include "deals/DealPrintPreview.h"

#include "common/MessageBoxes.h"
#include "print/DealPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace showroom {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DealPrintPreview)
};
} // namespace

void showDealPrintPreview(QWidget* parent, const DealDocument& document)
{
    const DealPrinter printer(document);
    QPrinter device(QPrinter::HighResolution);
    device.setPageLayout(DealPrinter::pageLayout());
    device.setDocName(printer.suggestedFileName());
    QPrintPreviewDialog dialog(&device, parent);
    dialog.setWindowTitle(Text::tr("Print %1").arg(printer.title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&printer](QPrinter* target) { printer.print(*target); });
    dialog.exec();
}

bool saveDealPdf(QWidget* parent, const DealDocument& document)
{
    const DealPrinter printer(document);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, Text::tr("Save %1 as PDF").arg(printer.title()),
                                     QDir(folder).filePath(printer.suggestedFileName()),
                                     Text::tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveDealPdfTo(parent, document, path);
}

bool saveDealPdfTo(QWidget* parent, const DealDocument& document, const QString& path)
{
    const auto written = DealPrinter(document).writePdf(path);
    if (!written)
        MessageBoxes::current().error(parent, Text::tr("Saving the PDF failed"),
                                      written.error().message);
    return written.has_value();
}

} // namespace showroom
