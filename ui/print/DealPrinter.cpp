#include "print/DealPrinter.h"

#include <QPagedPaintDevice>

namespace showroom {

DealPrinter::DealPrinter(DealDocument document, QLocale locale)
    : m_document(std::move(document)), m_locale(std::move(locale))
{
}

void DealPrinter::print(QPagedPaintDevice&) const {}

Result<void> DealPrinter::writePdf(const QString&) const
{
    return fail(ErrorCode::Io, tr("Printing is not built yet."));
}

QString DealPrinter::title() const
{
    return {};
}

} // namespace showroom
