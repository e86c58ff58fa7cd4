#pragma once

#include <QColor>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QFontMetricsF;
class QPainter;

// Charts painted with QPainter as vector graphics (rectangles, lines and text; never a bitmap), so
// that they stay sharp on paper and their labels are text in a PDF. They draw plain data into a
// rectangle of any paint device: the printed weekly report uses them, a screen may too. Labels use
// the painter's font; spacing, line widths and bar thickness follow its height, so the charts look
// the same at any resolution. A chart without any value shows `emptyText` instead.
namespace showroom::print {

// One series of values, one value per category.
struct ChartSeries {
    QString name; // in the legend
    QColor color;
    std::vector<double> values;
};

// One bar of a horizontal bar chart.
struct BarRow {
    QString label;     // left of the bar
    double value = 0;  // the bar's length
    QString valueText; // at the bar's end; empty: the value in the locale's format
    QString note;      // in the right column (e.g. a conversion rate); may be empty
};

struct HorizontalBarOptions {
    QColor color = QColor(0x2b, 0x5d, 0x8c);
    bool centred = false; // bars centred on one axis (a funnel) instead of growing to the right
    QString noteTitle;    // above the right column of notes
    QString emptyText;    // shown when every value is 0
    QString valueUnit;    // appended to the value text when it is computed, e.g. " leads"
};

// Colours shared by the charts of one document (first series, second series, ...).
QColor chartColor(int index);

// Vertical bars with the series stacked bottom to top, a value axis with round ticks and
// grid lines, the category labels below (a '\n' in a label makes two lines; labels are thinned out
// when they do not fit) and a legend above when `legend` is set. The labels take at least
// `labelLines` lines: charts side by side pass the most any of them needs (categoryLines), so
// that their plot areas share one baseline.
void paintStackedBars(QPainter& painter, const QRectF& rect, const QStringList& categories,
                      const std::vector<ChartSeries>& series, const QLocale& locale,
                      const QString& emptyText, bool legend = true, int labelLines = 1);
// The lines the longest of `categories` takes below a chart (1 without any '\n').
int categoryLines(const QStringList& categories);

// Horizontal bars, one row each: the label on the left, the value at the end of the bar, an
// optional note column on the right.
void paintHorizontalBars(QPainter& painter, const QRectF& rect, const std::vector<BarRow>& rows,
                         const HorizontalBarOptions& options, const QLocale& locale);
// The height paintHorizontalBars needs for `rows` rows, with the metrics of the painter's font.
qreal horizontalBarsHeight(const QFontMetricsF& metrics, int rows, bool noteTitle = false);

// Horizontal bars grouped by category: one bar per series in each group, the value at each bar's
// end, the category label on the left and a legend above.
void paintGroupedBars(QPainter& painter, const QRectF& rect, const QStringList& categories,
                      const std::vector<ChartSeries>& series, const QLocale& locale,
                      const QString& emptyText);
qreal groupedBarsHeight(const QFontMetricsF& metrics, int categories, int seriesCount);

// A row of colour swatches with the series names, from the top left of `rect`; returns the height
// used.
qreal paintLegend(QPainter& painter, const QRectF& rect, const std::vector<ChartSeries>& series);

// A round axis step (1, 2 or 5 times a power of ten) giving about `ticks` steps up to `maximum`.
double niceStep(double maximum, int ticks);

} // namespace showroom::print
