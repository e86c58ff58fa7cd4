#pragma once

#include "domain/DealDocument.h"

#include <QString>

class QWidget;

namespace showroom {

// Shows the offer, contract summary or handover protocol in a print preview (A4), from which
// the user prints it.
void showDealPrintPreview(QWidget* parent, const DealDocument& document);

// Asks for a file name ("Offer-123-Surname.pdf" in the documents folder) and writes the PDF.
// Returns false when cancelled or failed; failures are shown in a message box.
bool saveDealPdf(QWidget* parent, const DealDocument& document);
// Writes the PDF to `path`, showing a failure in a message box.
bool saveDealPdfTo(QWidget* parent, const DealDocument& document, const QString& path);

} // namespace showroom
