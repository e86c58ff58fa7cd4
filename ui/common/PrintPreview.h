#pragma once

#include "Error.h"

#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace showroom {

// A document the user previews, prints or saves as PDF: the offer, contract summary and handover
// protocol (DealPrinter) and the weekly report (WeeklyReportPrinter).
struct PrintableDocument {
    QString title;    // in "Print %1" and "Save %1 as PDF": "Offer", "Weekly report"
    QString fileName; // suggested when saving: "Offer-123-Surname.pdf"
    QPageLayout pageLayout;
    std::function<void(QPagedPaintDevice&)> print;             // paints every page
    std::function<Result<void>(const QString& path)> writePdf; // writes the PDF
};

// The document of a printer with title(), suggestedFileName(), pageLayout(), print(device) and
// writePdf(path); the printer must outlive it.
template <typename Printer> PrintableDocument printableDocument(const Printer& printer)
{
    return {printer.title(), printer.suggestedFileName(), Printer::pageLayout(),
            [&printer](QPagedPaintDevice& device) { printer.print(device); },
            [&printer](const QString& path) { return printer.writePdf(path); }};
}

// Shows the document in a print preview with its page layout, from which the user prints it.
void showPrintPreview(QWidget* parent, const PrintableDocument& document);

// Asks for a file name (the suggested one in the documents folder) and writes the PDF. Returns
// false when cancelled or failed; failures are shown in a message box.
bool savePdf(QWidget* parent, const PrintableDocument& document);
// Writes the PDF to `path`, showing a failure in a message box.
bool savePdfTo(QWidget* parent, const PrintableDocument& document, const QString& path);

} // namespace showroom
