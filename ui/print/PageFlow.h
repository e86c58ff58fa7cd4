#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <functional>
#include <vector>

class QFont;
class QPainter;
class QPaintDevice;

namespace showroom::print {

class PrintedTable;

// Blocks of known height placed top to bottom on pages of one size: the layout pass of a printed
// document. A block that does not fit on the rest of a page moves to the next; callers keep a
// heading with the start of what follows by asking for room first (`ensure`). Painting replays the
// placed blocks page by page.
class PageFlow {
    Q_DECLARE_TR_FUNCTIONS(PageFlow)

public:
    using Paint = std::function<void(QPainter&, const QRectF&)>;

    struct Item {
        int page = 0;
        QRectF rect;
        Paint paint;
    };

    // `device` measures text; pages are `width` by `height` in its units.
    PageFlow(QPaintDevice* device, qreal width, qreal height)
        : m_device(device), m_width(width), m_height(height)
    {
    }

    QPaintDevice* device() const { return m_device; }

    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    qreal remaining() const { return m_height - m_y; }
    int pageCount() const { return m_page + 1; }
    const std::vector<Item>& items() const { return m_items; }

    // Starts a new page unless nothing is on the current one yet.
    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height);
    // Vertical space; none at the top of a page.
    void addSpace(qreal height);
    // A block `height` tall over the full width (on the next page when it does not fit here).
    void add(qreal height, Paint paint);
    // A table: its title, its header and its rows, page by page; a page break between rows repeats
    // the title (continued) and the header. `table` must outlive the flow's painting.
    void addTable(const PrintedTable& table, const QFont& titleFont);
    // The height of the table's title, header and first rows, which stay together: what a heading
    // above the table asks `ensure` for.
    qreal tableStart(const PrintedTable& table, const QFont& titleFont) const;

    // Paints the items of `page`.
    void paintPage(QPainter& painter, int page) const;

private:
    QPaintDevice* m_device = nullptr;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_page = 0;
    std::vector<Item> m_items;
};

} // namespace showroom::print
