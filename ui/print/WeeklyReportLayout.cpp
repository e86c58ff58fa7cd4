#include "print/WeeklyReportLayout.h"

#include "print/PrintCharts.h"
#include "print/ReportTables.h"
#include "print/WeeklyReportPrinter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <cmath>

namespace showroom::print {

using reports::Report;

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kAccent(0x2b, 0x5d, 0x8c);
const QColor kBox(0xf3, 0xf4, 0xf6);

// The locale's short date without the year ("11/16" for "11/16/26", "16.11" for "16.11.26").
QString dayAndMonth(const QLocale& locale, QDate date)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression kTrailingYear(QStringLiteral("[^dM]*y+[^dM]*$"));
    static const QRegularExpression kLeadingYear(QStringLiteral("^y+[^dM]*"));
    format.remove(kTrailingYear).remove(kLeadingYear);
    return locale.toString(date, format);
}

// The days of the period as bars: days up to 16 days, else ISO weeks up to 20 weeks, else months.
// Returns the chart's caption.
QString trafficBuckets(const Report& report, const QLocale& locale, QStringList& labels,
                       std::vector<double>& first, std::vector<double>& repeat)
{
    const int days = int(report.traffic.days.size());
    const int mode = days <= 16 ? 0 : days <= 140 ? 1 : 2;
    QDate current;
    for (const auto& day : report.traffic.days) {
        const QDate start = mode == 0   ? day.date
                            : mode == 1 ? day.date.addDays(1 - day.date.dayOfWeek())
                                        : QDate(day.date.year(), day.date.month(), 1);
        if (start != current) {
            current = start;
            if (mode == 0)
                labels << locale.dayName(start.dayOfWeek(), QLocale::ShortFormat) +
                              QLatin1Char('\n') + dayAndMonth(locale, start);
            else if (mode == 1)
                labels << WeeklyReportPrinter::tr("W%1").arg(start.weekNumber()) +
                              QLatin1Char('\n') + dayAndMonth(locale, start);
            else
                labels << locale.standaloneMonthName(start.month(), QLocale::ShortFormat) +
                              QLatin1Char('\n') + QString::number(start.year());
            first.push_back(0);
            repeat.push_back(0);
        }
        first.back() += day.firstVisits;
        repeat.back() += day.repeatVisits;
    }
    return mode == 0   ? WeeklyReportPrinter::tr("Visits per day")
           : mode == 1 ? WeeklyReportPrinter::tr("Visits per week")
                       : WeeklyReportPrinter::tr("Visits per month");
}

} // namespace

QFont WeeklyReportLayout::font(qreal pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

WeeklyReportLayout::WeeklyReportLayout(const Report& report, ReportHeading heading,
                                       const QLocale& locale, QPaintDevice* device, qreal width,
                                       qreal height)
    : m_report(report), m_heading(std::move(heading)), m_locale(locale), m_device(device),
      m_pointScale(device->logicalDpiY() / 72.0), m_flow(device, width, height)
{
    addTitle();
    addTraffic();
    addFunnel();
    addSources();
    addLost();
    addConsultants();
    addDeliveries();
}

QString WeeklyReportLayout::number(double value) const
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return m_locale.toString(qint64(std::llround(value)));
    return m_locale.toString(value, 'f', 1);
}

QString WeeklyReportLayout::percent(const std::optional<double>& rate) const
{
    return rate ? m_locale.toString(*rate * 100.0, 'f', 1) + m_locale.percent()
                : QStringLiteral("–");
}

qreal WeeklyReportLayout::headingHeight() const
{
    return QFontMetricsF(font(13, true), m_device).height() * 1.5;
}

void WeeklyReportLayout::addHeading(const QString& text, qreal keep)
{
    m_flow.addSpace(pt(14));
    m_flow.ensure(headingHeight() + keep);
    const qreal scale = m_pointScale;
    m_flow.add(headingHeight(), [text, scale](QPainter& painter, const QRectF& rect) {
        painter.save();
        painter.setFont(font(13, true));
        painter.setPen(kAccent);
        painter.drawText(rect.adjusted(0, 0, 0, -scale * 4), Qt::AlignLeft | Qt::AlignBottom, text);
        painter.setPen(QPen(kAccent, scale * 0.8));
        painter.drawLine(QPointF(rect.left(), rect.bottom() - scale * 1.5),
                         QPointF(rect.right(), rect.bottom() - scale * 1.5));
        painter.restore();
    });
    m_flow.addSpace(pt(4));
}

qreal WeeklyReportLayout::textHeight(const QString& text) const
{
    const QFontMetricsF metrics(font(8.5), m_device);
    return metrics.boundingRect(QRectF(0, 0, m_flow.width(), 1e6), Qt::TextWordWrap, text)
               .height() +
           metrics.height() * 0.5;
}

void WeeklyReportLayout::addText(const QString& text)
{
    m_flow.add(textHeight(text), [text](QPainter& painter, const QRectF& rect) {
        painter.save();
        painter.setFont(font(8.5));
        painter.setPen(kText);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter.restore();
    });
}

qreal WeeklyReportLayout::captionHeight() const
{
    return QFontMetricsF(font(8, true), m_device).height() * 1.6;
}

void WeeklyReportLayout::addCharts(std::vector<Chart> charts, qreal height)
{
    const qreal gap = pt(18);
    const qreal caption = captionHeight();
    m_flow.add(height, [charts = std::move(charts), gap, caption](QPainter& painter,
                                                                  const QRectF& rect) {
        qreal shares = 0;
        for (const Chart& chart : charts)
            shares += chart.share;
        const qreal usable = rect.width() - gap * qreal(charts.size() - 1);
        qreal x = rect.left();
        for (const Chart& chart : charts) {
            const qreal width = usable * chart.share / shares;
            painter.save();
            painter.setFont(font(8, true));
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(QRectF(x, rect.top(), width, caption), Qt::AlignLeft | Qt::AlignTop,
                             chart.caption);
            painter.setFont(font(7));
            chart.paint(painter, QRectF(x, rect.top() + caption, width, rect.height() - caption));
            painter.restore();
            x += width + gap;
        }
    });
}

const PrintedTable& WeeklyReportLayout::table(const DataTable& data, bool totalRow)
{
    return m_tables.emplace_back(data, m_locale, font(7), m_device, m_flow.width(), totalRow);
}

qreal WeeklyReportLayout::tableStart(const PrintedTable& table) const
{
    return m_flow.tableStart(table, font(8, true));
}

void WeeklyReportLayout::addTable(const PrintedTable& table)
{
    m_flow.addSpace(pt(8));
    m_flow.addTable(table, font(8, true));
}

void WeeklyReportLayout::addTitle()
{
    const ReportHeading heading = m_heading;
    const QFontMetricsF dealer(font(11, true), m_device);
    const QFontMetricsF title(font(20, true), m_device);
    const QFontMetricsF period(font(11), m_device);
    const QFontMetricsF small(font(8), m_device);
    const qreal height = (heading.dealershipName.isEmpty() ? 0 : dealer.height() * 1.2) +
                         title.height() * 1.25 + period.height() * 1.3 + small.height() * 2.6 +
                         pt(6);
    const qreal scale = m_pointScale;
    m_flow.add(height, [heading, scale](QPainter& painter, const QRectF& rect) {
        painter.save();
        qreal y = rect.top();
        const auto line = [&](const QFont& f, const QColor& color, const QString& text,
                              qreal factor) {
            painter.setFont(f);
            painter.setPen(color);
            const qreal lineHeight = QFontMetricsF(f, painter.device()).height();
            painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight),
                             Qt::AlignLeft | Qt::AlignTop, text);
            y += lineHeight * factor;
        };
        if (!heading.dealershipName.isEmpty())
            line(font(11, true), kMuted, heading.dealershipName, 1.2);
        line(font(20, true), kText, heading.title, 1.25);
        line(font(11), kText, heading.period, 1.3);
        line(font(8), kMuted, heading.filter, 1.3);
        line(font(8), kMuted, heading.generated, 1.3);
        painter.setPen(QPen(kText, scale * 1.0));
        painter.drawLine(QPointF(rect.left(), rect.bottom() - scale * 2),
                         QPointF(rect.right(), rect.bottom() - scale * 2));
        painter.restore();
    });
}

void WeeklyReportLayout::addTraffic()
{
    const auto& traffic = m_report.traffic;
    // Key figures: this period, the previous one and the same weeks last year.
    struct Kpi {
        QString label;
        QString value;
        QString previous;
        QString lastYear;
    };
    const auto count = [&](int now, int before) {
        QString text = m_locale.toString(before);
        if (before > 0) {
            const double change = (now - before) * 100.0 / before;
            text += QStringLiteral(" (%1%2%3)")
                        .arg(change >= 0 ? m_locale.positiveSign() : QString())
                        .arg(m_locale.toString(change, 'f', 1))
                        .arg(m_locale.percent());
        }
        return text;
    };
    const auto rate = [&](const std::optional<double>& now, const std::optional<double>& before) {
        QString text = percent(before);
        if (now && before) {
            const double change = (*now - *before) * 100.0;
            text += QStringLiteral(" (%1)").arg(
                WeeklyReportPrinter::tr("%1%2 pts")
                    .arg(change >= 0 ? m_locale.positiveSign() : QString())
                    .arg(m_locale.toString(change, 'f', 1)));
        }
        return text;
    };
    const auto& now = traffic.current;
    const auto& before = traffic.previous;
    const auto& year = traffic.lastYear;
    std::vector<Kpi> kpis{
        {WeeklyReportPrinter::tr("Visits"), m_locale.toString(now.visits),
         count(now.visits, before.visits), count(now.visits, year.visits)},
        {WeeklyReportPrinter::tr("First visits"), m_locale.toString(now.firstVisits),
         count(now.firstVisits, before.firstVisits), count(now.firstVisits, year.firstVisits)},
        {WeeklyReportPrinter::tr("Info-retention"), percent(now.retentionRate),
         rate(now.retentionRate, before.retentionRate),
         rate(now.retentionRate, year.retentionRate)}};
    const QString previousLabel = WeeklyReportPrinter::tr("Previous period: %1");
    const QString yearLabel = WeeklyReportPrinter::tr("Last year: %1");

    const QFontMetricsF label(font(7.5), m_device);
    const QFontMetricsF big(font(16, true), m_device);
    const QFontMetricsF small(font(7), m_device);
    const qreal pad = pt(6);
    const qreal boxHeight = 2 * pad + label.height() + big.height() * 1.1 + small.height() * 2.2;

    addHeading(WeeklyReportPrinter::tr("Traffic"), boxHeight);
    const qreal scale = m_pointScale;
    m_flow.add(boxHeight, [=](QPainter& painter, const QRectF& rect) {
        const qreal gap = scale * 8;
        const qreal width = (rect.width() - gap * (kpis.size() - 1)) / kpis.size();
        for (size_t i = 0; i < kpis.size(); ++i) {
            const QRectF box(rect.left() + i * (width + gap), rect.top(), width, rect.height());
            painter.save();
            painter.fillRect(box, kBox);
            painter.fillRect(QRectF(box.left(), box.top(), scale * 2, box.height()), kAccent);
            qreal y = box.top() + pad;
            const qreal left = box.left() + pad + scale * 2;
            const qreal inner = box.width() - 2 * pad - scale * 2;
            const auto line = [&](const QFont& f, const QColor& color, const QString& text,
                                  qreal factor) {
                painter.setFont(f);
                painter.setPen(color);
                const QFontMetricsF metrics(f, painter.device());
                painter.drawText(QRectF(left, y, inner, metrics.height()),
                                 Qt::AlignLeft | Qt::AlignTop,
                                 metrics.elidedText(text, Qt::ElideRight, inner));
                y += metrics.height() * factor;
            };
            line(font(7.5), kMuted, kpis[i].label, 1.0);
            line(font(16, true), kText, kpis[i].value, 1.1);
            line(font(7), kMuted, previousLabel.arg(kpis[i].previous), 1.1);
            line(font(7), kMuted, yearLabel.arg(kpis[i].lastYear), 1.1);
            painter.restore();
        }
    });
    m_flow.addSpace(pt(12));

    // Visits per day (first and repeat stacked) and by hour of the day.
    QStringList days;
    std::vector<double> first, repeat;
    const QString perDay = trafficBuckets(m_report, m_locale, days, first, repeat);
    std::vector<ChartSeries> daySeries{
        {WeeklyReportPrinter::tr("First visits"), chartColor(0), first},
        {WeeklyReportPrinter::tr("Repeat visits"), chartColor(1), repeat}};
    int firstHour = qBound(0, m_heading.businessStartHour, 23);
    int lastHour = qBound(firstHour, m_heading.businessEndHour - 1, 23);
    for (int hour = 0; hour < 24; ++hour)
        if (traffic.visitsByHour[size_t(hour)] > 0) {
            firstHour = qMin(firstHour, hour);
            lastHour = qMax(lastHour, hour);
        }
    QStringList hours;
    std::vector<double> byHour;
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        hours << QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        byHour.push_back(traffic.visitsByHour[size_t(hour)]);
    }
    std::vector<ChartSeries> hourSeries{{WeeklyReportPrinter::tr("Visits"), chartColor(0), byHour}};
    const QString noVisits = WeeklyReportPrinter::tr("No walk-ins in this period.");
    const QLocale locale = m_locale;
    // Side by side on one baseline: the hours get as many label lines as the days.
    const int labelLines = qMax(categoryLines(days), categoryLines(hours));
    addCharts({{perDay,
                [=](QPainter& painter, const QRectF& rect) {
                    paintStackedBars(painter, rect, days, daySeries, locale, noVisits, true,
                                     labelLines);
                },
                1.15},
               {WeeklyReportPrinter::tr("Visits by hour of the day"),
                [=](QPainter& painter, const QRectF& rect) {
                    paintStackedBars(painter, rect, hours, hourSeries, locale, noVisits, true,
                                     labelLines);
                },
                1.0}},
              pt(150));

    addTable(table(ReportTables::traffic(m_report), true));
}

} // namespace showroom::print
