#include "print/DealPrinter.h"

#include "print/DealHtml.h"
#include "print/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace showroom {

namespace {

constexpr double kMarginMm = 18.0;
constexpr double kFooterMm = 9.0;

QFont documentFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

// The document laid out for `device`: sizes in points and CSS pixels are scaled to its
// resolution, and the page height leaves room for the footer.
struct Layout {
    QTextDocument text;
    qreal pageHeight = 0;
    qreal footerTop = 0;
};

void layOut(Layout& layout, const DealDocument& document, const QLocale& locale,
            QPagedPaintDevice& device)
{
    const QImage logo = print::readLogo(document.logo);
    QTextDocument& text = layout.text;
    text.documentLayout()->setPaintDevice(&device);
    text.setDefaultFont(documentFont(9));
    text.setDocumentMargin(0);
    if (!logo.isNull())
        text.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(print::kLogoResource)),
                         logo);
    text.setHtml(print::dealHtml(document, locale, logo));

    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    layout.footerTop = device.height() - kFooterMm * dotsPerMm * 0.6;
    layout.pageHeight = device.height() - kFooterMm * dotsPerMm;
    text.setPageSize(QSizeF(device.width(), layout.pageHeight));
}

} // namespace

DealPrinter::DealPrinter(DealDocument document, QLocale locale)
    : m_document(std::move(document)), m_locale(std::move(locale))
{
}

void DealPrinter::print(QPagedPaintDevice& device) const
{
    Layout layout;
    layOut(layout, m_document, m_locale, device);
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    const int pages = layout.text.pageCount();
    const qreal width = device.width();
    const QString footerLeft = m_document.dealershipName;
    const QString documentName = m_document.kind == DealDocumentKind::Offer
                                     ? tr("Offer no. %1").arg(m_document.dealId)
                                     : tr("%1, deal no. %2").arg(title()).arg(m_document.dealId);
    const QFont footerFont = documentFont(7);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const qreal top = page * layout.pageHeight;
        painter.translate(0, -top);
        // The layout draws whatever touches the clip, so a border at the end of the previous
        // page would bleed into this page's top margin without a hard clip.
        const QRectF pageRect(0, top, width, layout.pageHeight);
        painter.setClipRect(pageRect);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = pageRect;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout.text.documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: a hairline, the dealership and document on the left, the page on the right.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
        painter.drawLine(QPointF(0, layout.footerTop), QPointF(width, layout.footerTop));
        const QRectF footer(0, layout.footerTop, width, device.height() - layout.footerTop);
        const QString left =
            footerLeft.isEmpty() ? documentName : footerLeft + QStringLiteral(" · ") + documentName;
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
        if (pages > 1)
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 / %2").arg(page + 1).arg(pages));
        painter.restore();
    }
}

int DealPrinter::pageCount(QPagedPaintDevice& device) const
{
    Layout layout;
    layOut(layout, m_document, m_locale, device);
    return layout.text.pageCount();
}

Result<void> DealPrinter::writePdf(const QString& path) const
{
    return print::writePdfFile(path, pageLayout(),
                               QStringLiteral("%1 %2").arg(title()).arg(m_document.dealId),
                               [this](QPagedPaintDevice& device) { print(device); });
}

QString DealPrinter::title() const
{
    switch (m_document.kind) {
    case DealDocumentKind::Offer:
        return tr("Offer");
    case DealDocumentKind::Contract:
        return tr("Contract summary");
    case DealDocumentKind::Handover:
        return tr("Handover protocol");
    }
    return {};
}

QString DealPrinter::html() const
{
    return print::dealHtml(m_document, m_locale, print::readLogo(m_document.logo));
}

QString DealPrinter::suggestedFileName() const
{
    QString kind;
    switch (m_document.kind) {
    case DealDocumentKind::Offer:
        kind = tr("Offer", "file name");
        break;
    case DealDocumentKind::Contract:
        kind = tr("Contract", "file name");
        break;
    case DealDocumentKind::Handover:
        kind = tr("Handover", "file name");
        break;
    }
    QString name =
        m_document.customerName.section(QLatin1Char(' '), -1, -1, QString::SectionSkipEmpty);
    if (m_document.buyer == BuyerKind::Company && !m_document.companyName.isEmpty())
        name = m_document.companyName;
    QStringList parts{kind, QString::number(m_document.dealId)};
    if (!name.isEmpty())
        parts << name;
    QString fileName = parts.join(QLatin1Char('-'));
    // Characters that some file systems refuse, and spaces.
    static const QRegularExpression kUnsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    fileName.replace(kUnsafe, QStringLiteral("_"));
    return fileName + QStringLiteral(".pdf");
}

QPageLayout DealPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}

} // namespace showroom
