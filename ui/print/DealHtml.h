#pragma once

#include "domain/DealDocument.h"

#include <QImage>
#include <QLocale>
#include <QString>

namespace showroom::print {

// The resource name under which the logo image is registered with the QTextDocument.
inline constexpr const char* kLogoResource = "showroom-logo";

// An amount in the document's currency: "€1,234.50" (the sign of the currency if known, else
// the ISO code).
QString money(const QLocale& locale, qint64 cents, const QString& currency);

// The logo read from `bytes`; a null image when empty or unreadable.
QImage readLogo(const QByteArray& bytes);

// The whole document as rich text (Qt's HTML subset). `logo` is the image registered as
// kLogoResource, or a null image for none.
QString dealHtml(const DealDocument& document, const QLocale& locale, const QImage& logo);

} // namespace showroom::print
