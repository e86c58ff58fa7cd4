#pragma once

#include "Error.h"
#include "domain/DealDocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
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

    // Paints every page on `device` (a QPrinter or a QPdfWriter), inside its page margins. A
    // document longer than one page gets "page / pages" in the footer.
    void print(QPagedPaintDevice& device) const;
    // Writes a PDF; an unwritable path is a clear error and nothing else is touched.
    Result<void> writePdf(const QString& path) const;
    // The document's title as printed ("Offer", "Contract summary", "Handover protocol").
    QString title() const;

    // The number of pages `device` would get.
    int pageCount(QPagedPaintDevice& device) const;
    // The document as rich text (Qt's HTML subset), for tests and previews.
    QString html() const;
    // A file name to suggest when saving: "Offer-123-Surname.pdf".
    QString suggestedFileName() const;
    // A4 portrait with 18 mm margins, used by writePdf and meant for QPrinter too.
    static QPageLayout pageLayout();

private:
    DealDocument m_document;
    QLocale m_locale;
};

} // namespace showroom
