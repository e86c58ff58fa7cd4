#pragma once

#include "Error.h"

#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace showroom::print {

// Writes a PDF at 300 dpi with `layout`'s page size and margins: `paint` paints every page on the
// writer it is given. The file is written through QSaveFile, so an unwritable path is a clear
// error that leaves nothing behind, and an existing file is only replaced by a complete one.
// `title` goes into the PDF's metadata.
Result<void> writePdfFile(const QString& path, const QPageLayout& layout, const QString& title,
                          const std::function<void(QPagedPaintDevice&)>& paint);

} // namespace showroom::print
