#include "common/PrintPreview.h"

#include "common/MessageBoxes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace showroom {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)
};
} // namespace

void showPrintPreview(QWidget* parent, const PrintableDocument& document)
{
    QPrinter device(QPrinter::HighResolution);
    device.setPageLayout(document.pageLayout);
    device.setDocName(document.fileName);
    QPrintPreviewDialog dialog(&device, parent);
    dialog.setWindowTitle(Text::tr("Print %1").arg(document.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { document.print(*target); });
    dialog.exec();
}

bool savePdf(QWidget* parent, const PrintableDocument& document)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, Text::tr("Save %1 as PDF").arg(document.title),
        QDir(folder).filePath(document.fileName), Text::tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    return savePdfTo(parent, document, path);
}

bool savePdfTo(QWidget* parent, const PrintableDocument& document, const QString& path)
{
    const auto written = document.writePdf(path);
    if (!written)
        MessageBoxes::current().error(parent, Text::tr("Saving the PDF failed"),
                                      written.error().message);
    return written.has_value();
}

} // namespace showroom
