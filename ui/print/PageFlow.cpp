#include "print/PageFlow.h"

#include "print/PrintTable.h"

#include <QFontMetricsF>
#include <QPainter>

namespace showroom::print {

void PageFlow::newPage()
{
    if (m_y <= 0)
        return;
    ++m_page;
    m_y = 0;
}

void PageFlow::ensure(qreal height)
{
    if (height > remaining())
        newPage();
}

void PageFlow::addSpace(qreal height)
{
    if (m_y > 0)
        m_y = qMin(m_height, m_y + height);
}

void PageFlow::add(qreal height, Paint paint)
{
    ensure(height);
    m_items.push_back({m_page, QRectF(0, m_y, m_width, height), std::move(paint)});
    m_y += height;
}

namespace {
constexpr int kRowsWithHeader = 3;
qreal titleHeightOf(const QFont& font, QPaintDevice* device)
{
    return QFontMetricsF(font, device).height() * 1.5;
}
} // namespace

qreal PageFlow::tableStart(const PrintedTable& table, const QFont& titleFont) const
{
    return titleHeightOf(titleFont, m_device) + table.headerHeight(0) +
           qMin(table.rowCount(), kRowsWithHeader) * table.rowHeight();
}

void PageFlow::addTable(const PrintedTable& table, const QFont& titleFont)
{
    const qreal titleHeight = titleHeightOf(titleFont, m_device);
    const auto title = [&](const QString& text) {
        add(titleHeight, [text, titleFont](QPainter& painter, const QRectF& rect) {
            painter.save();
            painter.setFont(titleFont);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.restore();
        });
    };
    for (int part = 0; part < table.partCount(); ++part) {
        const qreal header = table.headerHeight(part);
        const auto placeHeader = [&] {
            add(header, [&table, part](QPainter& painter, const QRectF& rect) {
                table.paintHeader(painter, part, rect.topLeft());
            });
        };
        // The title and header stay with the first rows (all of a short table).
        const int firstRows = qMin(table.rowCount(), kRowsWithHeader);
        if (part > 0)
            addSpace(table.rowHeight() * 0.8);
        ensure(titleHeight + header + firstRows * table.rowHeight());
        title(table.title(part));
        placeHeader();
        for (int row = 0; row < table.rowCount(); ++row) {
            // No last row alone on a page: the one before goes with it.
            const bool widow = row == table.rowCount() - 2 && row >= kRowsWithHeader &&
                               2 * table.rowHeight() > remaining();
            if (table.rowHeight() > remaining() || widow) {
                newPage();
                title(tr("%1 (continued)").arg(table.title(part)));
                placeHeader();
            }
            add(table.rowHeight(), [&table, part, row](QPainter& painter, const QRectF& rect) {
                table.paintRow(painter, part, row, rect.topLeft());
            });
        }
    }
}

void PageFlow::paintPage(QPainter& painter, int page) const
{
    for (const Item& item : m_items)
        if (item.page == page && item.paint)
            item.paint(painter, item.rect);
}

} // namespace showroom::print
