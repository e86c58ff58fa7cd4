#include "print/PdfFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace showroom::print {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PdfFile)
};

std::unexpected<Error> cannotWrite(const QString& path, const QSaveFile& file)
{
    return fail(
        ErrorCode::Io,
        Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}
} // namespace

Result<void> writePdfFile(const QString& path, const QPageLayout& layout, const QString& title,
                          const std::function<void(QPagedPaintDevice&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file);
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Showroom CRM"));
        paint(writer);
    }
    if (!file.commit())
        return cannotWrite(path, file);
    return {};
}

} // namespace showroom::print
