#include "print/PrintTable.h"

#include "print/Money.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <numeric>

namespace showroom::print {

using Type = DataColumn::Type;

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kHeaderText(0x44, 0x44, 0x44);
const QColor kRule(0x1a, 0x1a, 0x1a);
const QColor kLine(0xd8, 0xd8, 0xd8);
const QColor kStripe(0xf3, 0xf4, 0xf6);

// A table too wide for the page is set in a smaller font, in these steps down to this size, before
// it is split into parts.
constexpr qreal kPointSizeStep = 0.25;
constexpr qreal kSmallestPointSize = 6.0;

// The widest part of `text` that cannot wrap: the longest word, where a line may also break after
// a hyphen and between Chinese characters (the Unicode line breaking rules that drawText follows).
qreal longestWord(const QFontMetricsF& metrics, const QString& text)
{
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    qreal width = 0;
    qsizetype start = 0;
    while (breaks.toNextBoundary() != -1) {
        const qsizetype end = breaks.position();
        width = qMax(width, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return width;
}

qreal sum(const std::vector<qreal>& values)
{
    return std::accumulate(values.begin(), values.end(), qreal(0));
}

// Columns 1.. in groups that each fit `width` next to column 0: as few groups as possible, of about
// the same width, so that a split table does not end with one lonely column.
std::vector<std::vector<int>> groupColumns(const std::vector<qreal>& minimum, qreal width)
{
    const auto fill = [&](qreal budget) {
        std::vector<std::vector<int>> groups;
        int next = 1;
        do {
            std::vector<int> group{0};
            qreal used = 0;
            while (next < int(minimum.size()) &&
                   (group.size() == 1 || (used + minimum[size_t(next)] <= budget &&
                                          minimum[0] + used + minimum[size_t(next)] <= width))) {
                used += minimum[size_t(next)];
                group.push_back(next++);
            }
            groups.push_back(std::move(group));
        } while (next < int(minimum.size()));
        return groups;
    };
    if (minimum.empty())
        return {};
    std::vector<std::vector<int>> groups = fill(width);
    if (groups.size() < 2)
        return groups;
    const qreal rest = sum(minimum) - minimum[0];
    // The smallest even share that still needs no more groups.
    for (qreal budget = rest / qreal(groups.size()); budget < width; budget *= 1.05)
        if (std::vector<std::vector<int>> even = fill(budget); even.size() == groups.size())
            return even;
    return groups;
}

} // namespace

QString PrintedTable::formatCell(const QVariant& value, Type type, const QString& currency,
                                 const QLocale& locale)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("–");
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    switch (type) {
    case Type::Text:
        return value.toString();
    case Type::Integer:
        return locale.toString(value.toLongLong());
    case Type::Number:
        return locale.toString(value.toDouble(), 'f', 1);
    case Type::Percent:
        return locale.toString(value.toDouble() * 100.0, 'f', 1) + locale.percent();
    case Type::Money:
        return formatMoney(value.toLongLong(), currency, locale);
    case Type::Date: {
        const QDate date = value.toDate();
        return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
               locale.toString(date, QLocale::ShortFormat);
    }
    }
    return value.toString();
}

bool PrintedTable::rightAligned(Type type)
{
    return type != Type::Text && type != Type::Date;
}

PrintedTable::PrintedTable(const DataTable& table, const QLocale& locale, const QFont& font,
                           QPaintDevice* device, qreal width, bool totalRow)
    : m_table(table), m_totalRow(totalRow && !table.rows.empty())
{
    const int columns = int(m_table.columns.size());
    for (const auto& row : m_table.rows) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << formatCell(c < int(row.size()) ? row[size_t(c)] : QVariant(),
                                m_table.columns[size_t(c)].type, m_table.currency, locale);
        m_cells.push_back(cells);
    }
    if (m_totalRow) {
        QStringList cells{tr("Total")};
        for (int c = 1; c < columns; ++c) {
            const Type type = m_table.columns[size_t(c)].type;
            if (type != Type::Integer && type != Type::Money) {
                cells << QString();
                continue;
            }
            qint64 total = 0;
            for (const auto& row : m_table.rows)
                total += c < int(row.size()) ? row[size_t(c)].toLongLong() : 0;
            cells << formatCell(total, type, m_table.currency, locale);
        }
        m_cells.push_back(cells);
    }
    setFont(font, device);
    splitIntoParts(device, width);
    if (m_parts.size() < 2 || font.pointSizeF() <= 0)
        return;
    // Too wide for the page: a smaller font, down to kSmallestPointSize, before splitting it.
    for (qreal size = font.pointSizeF() - kPointSizeStep; size >= kSmallestPointSize - 0.01;
         size -= kPointSizeStep) {
        QFont smaller = font;
        smaller.setPointSizeF(size);
        setFont(smaller, device);
        splitIntoParts(device, width);
        if (m_parts.size() < 2)
            return;
    }
    setFont(font, device);
    splitIntoParts(device, width);
}

void PrintedTable::setFont(const QFont& font, QPaintDevice* device)
{
    m_font = font;
    m_headerFont = font;
    m_headerFont.setBold(true);
    const QFontMetricsF metrics(m_font, device);
    m_rowHeight = metrics.height() * 1.55;
    m_padding = metrics.height() * 0.35;
}

void PrintedTable::splitIntoParts(QPaintDevice* device, qreal width)
{
    m_parts.clear();
    const QFontMetricsF body(m_font, device);
    const QFontMetricsF header(m_headerFont, device);
    const int columns = int(m_table.columns.size());
    std::vector<qreal> minimum(static_cast<size_t>(columns)), preferred(minimum);
    for (int c = 0; c < columns; ++c) {
        qreal cells = 0;
        for (const QStringList& row : m_cells)
            cells = qMax(cells, body.horizontalAdvance(row[c]));
        const QString& title = m_table.columns[size_t(c)].title;
        minimum[size_t(c)] = qMax(cells, longestWord(header, title)) + 2 * m_padding;
        preferred[size_t(c)] = qMax(cells, header.horizontalAdvance(title)) + 2 * m_padding;
    }
    if (columns > 0) { // a long name is cut rather than squeezing the figures
        minimum[0] = qMin(minimum[0], width * 0.26);
        preferred[0] = qMin(preferred[0], width * 0.34);
    }

    for (std::vector<int>& columnsOfPart : groupColumns(minimum, width)) {
        Part part;
        part.columns = std::move(columnsOfPart);
        std::vector<qreal> low, high;
        for (int c : part.columns) {
            low.push_back(minimum[size_t(c)]);
            high.push_back(preferred[size_t(c)]);
        }
        const qreal lowSum = sum(low), highSum = sum(high);
        if (highSum <= width) {
            // Narrow tables stay narrow; wide ones spread over the whole width.
            const qreal target = part.columns.size() >= 5 ? width : qMin(width, highSum * 1.4);
            const qreal extra = (target - highSum) / qreal(high.size());
            for (qreal w : high)
                part.widths.push_back(w + extra);
        } else {
            const qreal share =
                highSum > lowSum ? qMax(0.0, (width - lowSum) / (highSum - lowSum)) : 0;
            for (size_t i = 0; i < low.size(); ++i)
                part.widths.push_back(low[i] + (high[i] - low[i]) * qMin(1.0, share));
        }
        for (size_t i = 0; i < part.columns.size(); ++i) {
            const QRectF box = header.boundingRect(
                QRectF(0, 0, part.widths[i] - 2 * m_padding, 1e6), Qt::TextWordWrap,
                m_table.columns[size_t(part.columns[i])].title);
            part.headerHeight = qMax(part.headerHeight, box.height());
        }
        part.headerHeight += m_padding * 1.6;
        m_parts.push_back(std::move(part));
    }
}

QString PrintedTable::title(int part) const
{
    if (m_parts.size() < 2)
        return m_table.title;
    return tr("%1 (%2 of %3)").arg(m_table.title).arg(part + 1).arg(m_parts.size());
}

void PrintedTable::paintHeader(QPainter& painter, int part, const QPointF& topLeft) const
{
    const Part& p = m_parts[size_t(part)];
    painter.save();
    painter.setFont(m_headerFont);
    painter.setPen(kHeaderText);
    qreal x = topLeft.x();
    for (size_t i = 0; i < p.columns.size(); ++i) {
        const Type type = m_table.columns[size_t(p.columns[i])].type;
        const QRectF cell(x + m_padding, topLeft.y(), p.widths[i] - 2 * m_padding,
                          p.headerHeight - m_padding * 0.8);
        painter.drawText(cell,
                         Qt::TextWordWrap | Qt::AlignBottom |
                             (rightAligned(type) ? Qt::AlignRight : Qt::AlignLeft),
                         m_table.columns[size_t(p.columns[i])].title);
        x += p.widths[i];
    }
    const qreal y = topLeft.y() + p.headerHeight - m_padding * 0.3;
    painter.setPen(QPen(kRule, m_rowHeight * 0.04));
    painter.drawLine(QPointF(topLeft.x(), y), QPointF(x, y));
    painter.restore();
}

void PrintedTable::paintRow(QPainter& painter, int part, int row, const QPointF& topLeft) const
{
    const Part& p = m_parts[size_t(part)];
    const bool total = m_totalRow && row == rowCount() - 1;
    const qreal width = sum(p.widths);
    painter.save();
    QFont font = m_font;
    font.setBold(total);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    if (row % 2 == 1 && !total)
        painter.fillRect(QRectF(topLeft.x(), topLeft.y(), width, m_rowHeight), kStripe);
    painter.setPen(kText);
    qreal x = topLeft.x();
    for (size_t i = 0; i < p.columns.size(); ++i) {
        const Type type = m_table.columns[size_t(p.columns[i])].type;
        const qreal inner = p.widths[i] - 2 * m_padding;
        const QString text =
            metrics.elidedText(m_cells[size_t(row)][p.columns[i]], Qt::ElideRight, inner);
        painter.drawText(QRectF(x + m_padding, topLeft.y(), inner, m_rowHeight),
                         Qt::AlignVCenter | (rightAligned(type) ? Qt::AlignRight : Qt::AlignLeft),
                         text);
        x += p.widths[i];
    }
    if (total) {
        painter.setPen(QPen(kRule, m_rowHeight * 0.03));
        painter.drawLine(topLeft, QPointF(x, topLeft.y()));
    } else {
        painter.setPen(QPen(kLine, m_rowHeight * 0.02));
        const qreal y = topLeft.y() + m_rowHeight;
        painter.drawLine(QPointF(topLeft.x(), y), QPointF(x, y));
    }
    painter.restore();
}

} // namespace showroom::print
