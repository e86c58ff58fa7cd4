#pragma once

#include "io/DataTable.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QStringList>
#include <vector>

class QPainter;
class QPaintDevice;
class QPointF;

namespace showroom::print {

// A DataTable laid out for paper: cells formatted with the locale (numbers, percentages, money in
// the table's currency, dates; a missing value as "–"), numbers right-aligned, column headers
// wrapped over several lines (between words, after a hyphen, between Chinese characters). A table
// too wide for the page is set in a smaller font, down to 6 pt; one still too wide is printed in
// parts, each repeating the first column. Rows are painted one by one, so a caller can break pages
// between them and repeat the header.
class PrintedTable {
    Q_DECLARE_TR_FUNCTIONS(PrintedTable)

public:
    // `font`: the body font, the header in bold; a smaller size when the table is too wide.
    // `totalRow`: a last row with the sums of the integer and money columns.
    PrintedTable(const DataTable& table, const QLocale& locale, const QFont& font,
                 QPaintDevice* device, qreal width, bool totalRow = false);

    int partCount() const { return int(m_parts.size()); }
    QString title(int part) const;
    qreal headerHeight(int part) const { return m_parts[size_t(part)].headerHeight; }
    qreal rowHeight() const { return m_rowHeight; }
    int rowCount() const { return int(m_cells.size()); }

    void paintHeader(QPainter& painter, int part, const QPointF& topLeft) const;
    void paintRow(QPainter& painter, int part, int row, const QPointF& topLeft) const;

    // One cell as printed.
    static QString formatCell(const QVariant& value, DataColumn::Type type, const QString& currency,
                              const QLocale& locale);
    static bool rightAligned(DataColumn::Type type);

private:
    struct Part {
        std::vector<int> columns;
        std::vector<qreal> widths;
        qreal headerHeight = 0;
    };

    void setFont(const QFont& font, QPaintDevice* device);
    void splitIntoParts(QPaintDevice* device, qreal width);

    DataTable m_table;
    QFont m_font;
    QFont m_headerFont;
    std::vector<QStringList> m_cells; // formatted, the total row included
    bool m_totalRow = false;
    qreal m_rowHeight = 0;
    qreal m_padding = 0;
    std::vector<Part> m_parts;
};

} // namespace showroom::print
