#include "deals/DealPrintPreview.h"

#include "common/PrintPreview.h"
#include "print/DealPrinter.h"

namespace showroom {

void showDealPrintPreview(QWidget* parent, const DealDocument& document)
{
    const DealPrinter printer(document);
    showPrintPreview(parent, printableDocument(printer));
}

bool saveDealPdf(QWidget* parent, const DealDocument& document)
{
    const DealPrinter printer(document);
    return savePdf(parent, printableDocument(printer));
}

bool saveDealPdfTo(QWidget* parent, const DealDocument& document, const QString& path)
{
    const DealPrinter printer(document);
    return savePdfTo(parent, printableDocument(printer), path);
}

} // namespace showroom
