#include "print/PrintCharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace showroom::print {

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kAxis(0x88, 0x88, 0x88);

QFontMetricsF metricsOf(const QPainter& painter)
{
    return QFontMetricsF(painter.font(), painter.device());
}

QFont scaledFont(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(1, int(std::lround(font.pixelSize() * factor))));
    return font;
}

QPen linePen(const QColor& color, qreal width)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QString number(const QLocale& locale, double value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

// Every value 0 (or none): the chart shows its empty text instead.
bool allZero(const std::vector<ChartSeries>& series)
{
    for (const ChartSeries& one : series)
        for (double value : one.values)
            if (value > 0)
                return false;
    return true;
}

void paintEmpty(QPainter& painter, const QRectF& rect, const QString& text)
{
    const qreal unit = metricsOf(painter).height();
    painter.setPen(linePen(kGrid, unit * 0.05));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(unit * 0.1, unit * 0.1, -unit * 0.1, -unit * 0.1));
    painter.setPen(kMuted);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

double valueAt(const ChartSeries& series, int index)
{
    return index < int(series.values.size()) ? qMax(0.0, series.values[size_t(index)]) : 0.0;
}

} // namespace

QColor chartColor(int index)
{
    static const QColor kColors[] = {QColor(0x2b, 0x5d, 0x8c), QColor(0xe8, 0xa3, 0x3d),
                                     QColor(0x5b, 0x9a, 0x68), QColor(0xb5, 0x52, 0x4a),
                                     QColor(0x8a, 0x6b, 0xb0), QColor(0x4a, 0xa3, 0xa8)};
    return kColors[qMax(0, index) % int(std::size(kColors))];
}

double niceStep(double maximum, int ticks)
{
    if (maximum <= 0 || ticks < 1)
        return 1;
    const double raw = maximum / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (raw <= factor * power)
            return factor * power;
    return 10 * power;
}

qreal paintLegend(QPainter& painter, const QRectF& rect, const std::vector<ChartSeries>& series)
{
    const QFontMetricsF metrics = metricsOf(painter);
    const qreal unit = metrics.height();
    const qreal swatch = unit * 0.65;
    qreal x = rect.left();
    qreal y = rect.top();
    painter.save();
    for (const ChartSeries& one : series) {
        const qreal width = swatch + unit * 0.3 + metrics.horizontalAdvance(one.name);
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += unit * 1.2;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(one.color);
        painter.drawRect(QRectF(x, y + (unit - swatch) / 2, swatch, swatch));
        painter.setPen(kText);
        painter.drawText(QRectF(x + swatch + unit * 0.3, y, width, unit),
                         Qt::AlignLeft | Qt::AlignVCenter, one.name);
        x += width + unit * 1.1;
    }
    painter.restore();
    return y + unit - rect.top();
}

int categoryLines(const QStringList& categories)
{
    int lines = 1;
    for (const QString& category : categories)
        lines = qMax(lines, int(category.count(QLatin1Char('\n'))) + 1);
    return lines;
}

void paintStackedBars(QPainter& painter, const QRectF& rect, const QStringList& categories,
                      const std::vector<ChartSeries>& series, const QLocale& locale,
                      const QString& emptyText, bool legend, int labelLines)
{
    painter.save();
    const QFontMetricsF metrics = metricsOf(painter);
    const qreal unit = metrics.height();
    QRectF area = rect;
    if (legend && !series.empty())
        area.setTop(area.top() + paintLegend(painter, area, series) + unit * 0.4);
    const int count = int(categories.size());
    if (count == 0 || allZero(series)) {
        paintEmpty(painter, area, emptyText);
        painter.restore();
        return;
    }

    std::vector<double> totals(size_t(count), 0.0);
    for (int i = 0; i < count; ++i)
        for (const ChartSeries& one : series)
            totals[size_t(i)] += valueAt(one, i);
    const double maximum = *std::max_element(totals.begin(), totals.end());
    const double step = qMax(1.0, niceStep(maximum, 4));
    const double top = std::ceil(maximum / step) * step;

    qreal tickWidth = 0;
    for (double tick = 0; tick <= top + step / 2; tick += step)
        tickWidth = qMax(tickWidth, metrics.horizontalAdvance(number(locale, tick)));
    labelLines = qMax(labelLines, categoryLines(categories));
    qreal labelWidth = 0;
    for (const QString& category : categories)
        for (const QString& line : category.split(QLatin1Char('\n')))
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(line));
    const QFont font = painter.font();
    const QFont small = scaledFont(font, 0.85);
    const QRectF plot(area.left() + tickWidth + unit * 0.4, area.top() + unit * 1.0,
                      area.width() - tickWidth - unit * 0.4,
                      area.height() - unit * 1.0 - labelLines * metrics.lineSpacing() - unit * 0.3);
    const auto yOf = [&](double value) { return plot.bottom() - value / top * plot.height(); };

    // Grid lines and their values.
    for (double tick = 0; tick <= top + step / 2; tick += step) {
        const qreal y = yOf(tick);
        painter.setPen(linePen(tick == 0 ? kAxis : kGrid, unit * (tick == 0 ? 0.06 : 0.04)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kMuted);
        painter.drawText(QRectF(area.left(), y - unit / 2, tickWidth, unit),
                         Qt::AlignRight | Qt::AlignVCenter, number(locale, tick));
    }

    // The stacks, each with its total above.
    const qreal slot = plot.width() / count;
    const qreal barWidth = qMin(slot * 0.64, unit * 3.0);
    const int every = qMax(1, int(std::ceil((labelWidth + unit * 0.4) / slot)));
    for (int i = 0; i < count; ++i) {
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        double base = 0;
        painter.setPen(Qt::NoPen);
        for (const ChartSeries& one : series) {
            const double value = valueAt(one, i);
            if (value <= 0)
                continue;
            painter.setBrush(one.color);
            painter.drawRect(
                QRectF(QPointF(x, yOf(base + value)), QPointF(x + barWidth, yOf(base))));
            base += value;
        }
        painter.setFont(small);
        const QString total = number(locale, totals[size_t(i)]);
        if (totals[size_t(i)] > 0 &&
            QFontMetricsF(small, painter.device()).horizontalAdvance(total) < slot * 0.98) {
            painter.setPen(kText);
            painter.drawText(QRectF(x - slot, yOf(base) - unit, barWidth + 2 * slot, unit),
                             Qt::AlignHCenter | Qt::AlignBottom, total);
        }
        painter.setFont(font);
        if (i % every == 0) {
            painter.setPen(kText);
            painter.drawText(QRectF(plot.left() + slot * i - slot * (every - 1) / 2.0,
                                    plot.bottom() + unit * 0.2, slot * every,
                                    labelLines * metrics.lineSpacing()),
                             Qt::AlignHCenter | Qt::AlignTop, categories[i]);
        }
    }
    painter.restore();
}

qreal horizontalBarsHeight(const QFontMetricsF& metrics, int rows, bool noteTitle)
{
    const qreal unit = metrics.height();
    return qMax(1, rows) * unit * 1.45 + (noteTitle ? unit * 1.3 : 0) + unit * 0.2;
}

void paintHorizontalBars(QPainter& painter, const QRectF& rect, const std::vector<BarRow>& rows,
                         const HorizontalBarOptions& options, const QLocale& locale)
{
    painter.save();
    const QFontMetricsF metrics = metricsOf(painter);
    const qreal unit = metrics.height();
    double maximum = 0;
    for (const BarRow& row : rows)
        maximum = qMax(maximum, row.value);
    if (rows.empty() || maximum <= 0) {
        paintEmpty(painter, rect, options.emptyText);
        painter.restore();
        return;
    }
    const auto valueText = [&](const BarRow& row) {
        return row.valueText.isEmpty() ? number(locale, row.value) + options.valueUnit
                                       : row.valueText;
    };
    qreal labelWidth = 0, valueWidth = 0, noteWidth = 0;
    for (const BarRow& row : rows) {
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(row.label));
        valueWidth = qMax(valueWidth, metrics.horizontalAdvance(valueText(row)));
        noteWidth = qMax(noteWidth, metrics.horizontalAdvance(row.note));
    }
    labelWidth = qMin(labelWidth + unit * 0.5, rect.width() * 0.34);
    if (noteWidth > 0 || !options.noteTitle.isEmpty())
        noteWidth = qMin(qMax(noteWidth, metrics.horizontalAdvance(options.noteTitle)) + unit * 0.6,
                         rect.width() * 0.3);
    valueWidth += unit * 0.4;
    qreal top = rect.top();
    const QRectF notes(rect.right() - noteWidth, top, noteWidth, rect.height());
    if (!options.noteTitle.isEmpty()) {
        painter.setPen(kMuted);
        painter.drawText(QRectF(notes.left(), top, notes.width(), unit),
                         Qt::AlignRight | Qt::AlignVCenter, options.noteTitle);
        top += unit * 1.3;
    }
    const qreal barsLeft = rect.left() + labelWidth;
    const qreal barsWidth = qMax(unit, rect.width() - labelWidth - noteWidth - valueWidth);
    const qreal rowHeight = unit * 1.45;
    const qreal thickness = unit * 1.0;

    // The axis the bars grow from.
    painter.setPen(linePen(kAxis, unit * 0.06));
    const qreal axisX = options.centred ? barsLeft + barsWidth / 2 : barsLeft;
    if (!options.centred)
        painter.drawLine(QPointF(axisX, top), QPointF(axisX, top + rows.size() * rowHeight));

    for (size_t i = 0; i < rows.size(); ++i) {
        const BarRow& row = rows[i];
        const qreal y = top + i * rowHeight;
        const qreal length = row.value / maximum * barsWidth;
        const qreal left = options.centred ? axisX - length / 2 : axisX;
        painter.setPen(kText);
        painter.drawText(QRectF(rect.left(), y, labelWidth - unit * 0.4, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(row.label, Qt::ElideRight, labelWidth - unit * 0.4));
        painter.setPen(Qt::NoPen);
        painter.setBrush(options.color);
        painter.drawRect(QRectF(left, y + (rowHeight - thickness) / 2, length, thickness));
        painter.setPen(kText);
        painter.drawText(QRectF(left + length + unit * 0.25, y, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(row));
        if (!row.note.isEmpty()) {
            painter.setPen(kMuted);
            painter.drawText(QRectF(notes.left(), y, notes.width(), rowHeight),
                             Qt::AlignRight | Qt::AlignVCenter, row.note);
        }
    }
    painter.restore();
}

qreal groupedBarsHeight(const QFontMetricsF& metrics, int categories, int seriesCount)
{
    const qreal unit = metrics.height();
    return unit * 1.6 + qMax(1, categories) * (qMax(1, seriesCount) * unit * 0.95 + unit * 0.55);
}

void paintGroupedBars(QPainter& painter, const QRectF& rect, const QStringList& categories,
                      const std::vector<ChartSeries>& series, const QLocale& locale,
                      const QString& emptyText)
{
    painter.save();
    const QFontMetricsF metrics = metricsOf(painter);
    const qreal unit = metrics.height();
    QRectF area = rect;
    area.setTop(area.top() + paintLegend(painter, area, series) + unit * 0.6);
    if (categories.isEmpty() || allZero(series)) {
        paintEmpty(painter, area, emptyText);
        painter.restore();
        return;
    }
    double maximum = 0;
    qreal labelWidth = 0, valueWidth = 0;
    for (const ChartSeries& one : series)
        for (double value : one.values) {
            maximum = qMax(maximum, value);
            valueWidth = qMax(valueWidth, metrics.horizontalAdvance(number(locale, value)));
        }
    for (const QString& category : categories)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = qMin(labelWidth + unit * 0.5, area.width() * 0.34);
    const qreal barsLeft = area.left() + labelWidth;
    const qreal barsWidth = qMax(unit, area.width() - labelWidth - valueWidth - unit * 0.5);
    const qreal thickness = unit * 0.8;
    const qreal pitch = unit * 0.95;
    const qreal groupHeight = int(series.size()) * pitch;

    qreal y = area.top();
    for (int c = 0; c < int(categories.size()); ++c) {
        painter.setPen(kText);
        painter.drawText(
            QRectF(area.left(), y, labelWidth - unit * 0.4, groupHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(categories[c], Qt::ElideRight, labelWidth - unit * 0.4));
        for (int s = 0; s < int(series.size()); ++s) {
            const double value = valueAt(series[size_t(s)], c);
            const qreal top = y + s * pitch + (pitch - thickness) / 2;
            const qreal length = value / maximum * barsWidth;
            painter.setPen(Qt::NoPen);
            painter.setBrush(series[size_t(s)].color);
            painter.drawRect(QRectF(barsLeft, top, length, thickness));
            painter.setPen(kText);
            painter.drawText(QRectF(barsLeft + length + unit * 0.25, y + s * pitch,
                                    valueWidth + unit * 0.3, pitch),
                             Qt::AlignLeft | Qt::AlignVCenter, number(locale, value));
        }
        y += groupHeight + unit * 0.55;
    }
    painter.setPen(linePen(kAxis, unit * 0.06));
    painter.drawLine(QPointF(barsLeft, area.top()), QPointF(barsLeft, y - unit * 0.55));
    painter.restore();
}

} // namespace showroom::print
