#pragma once

#include "Error.h"
#include "domain/DealDocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace showroom {

// Prints an offer, a contract summary or a handover protocol on A4 pages: the dealership's name,
// address and logo, the customer, the vehicle, the price lines, accessories, trade-in and
// financing. Works on QtGui alone (QPrinter in the app, QPdfWriter in the command-line tool).
class DealPrinter {
    Q_DECLARE_TR_FUNCTIONS(DealPrinter)

public:
    explicit DealPrinter(DealDocument document, QLocale locale = QLocale());

    // Paints every page on `device` (a QPrinter or a QPdfWriter).
    void print(QPagedPaintDevice& device) const;
    // Writes a PDF; an unwritable path is a clear error and nothing else is touched.
    Result<void> writePdf(const QString& path) const;
    // The document's title as printed ("Offer", "Contract summary", "Handover protocol").
    QString title() const;

private:
    DealDocument m_document;
    QLocale m_locale;
};

} // namespace showroom
