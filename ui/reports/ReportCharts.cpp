#include "reports/ReportCharts.h"

#include "reports/ChartSupport.h"
#include "reports/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace showroom {

using namespace chartsupport;
using reports::Drill;
using reports::DrillKind;
using reports::Report;

QChartView* ReportCharts::view(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

void ReportCharts::show(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

ReportCharts::BucketSize ReportCharts::bucketSize(int days)
{
    if (days <= 31)
        return BucketSize::Day;
    if (days <= 16 * 7)
        return BucketSize::Week;
    if (days <= 396) // 13 months
        return BucketSize::Month;
    return BucketSize::Quarter;
}

std::vector<ReportCharts::Bucket> ReportCharts::trafficBuckets(const Report& report)
{
    const QLocale locale;
    const auto& days = report.traffic.days;
    const int count = int(days.size());
    const BucketSize size = bucketSize(count);
    const auto bucketOf = [size](QDate date) {
        switch (size) {
        case BucketSize::Day:
            return date;
        case BucketSize::Week:
            return date.addDays(1 - date.dayOfWeek());
        case BucketSize::Month:
            return QDate(date.year(), date.month(), 1);
        case BucketSize::Quarter:
            break;
        }
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    };
    std::vector<Bucket> buckets;
    for (const auto& day : days) {
        if (buckets.empty() || bucketOf(buckets.back().first) != bucketOf(day.date)) {
            Bucket bucket;
            bucket.first = day.date;
            buckets.push_back(bucket);
        }
        Bucket& bucket = buckets.back();
        bucket.last = day.date;
        bucket.firstVisits += day.firstVisits;
        bucket.repeatVisits += day.repeatVisits;
    }
    for (Bucket& b : buckets) {
        switch (size) {
        case BucketSize::Day:
            // Day numbers only beyond a week: the axis title names the months.
            b.label = count <= 7 ? locale.toString(b.first, QStringLiteral("ddd d"))
                                 : locale.toString(b.first.day());
            b.longLabel = locale.toString(b.first, QLocale::LongFormat);
            break;
        case BucketSize::Week:
            //: Short for a calendar week on a chart axis, e.g. "W47"
            b.label = tr("W%1").arg(b.first.weekNumber());
            b.longLabel = tr("week %1 (%2 – %3)")
                              .arg(b.first.weekNumber())
                              .arg(locale.toString(b.first, QLocale::ShortFormat),
                                   locale.toString(b.last, QLocale::ShortFormat));
            break;
        case BucketSize::Month:
            b.label = locale.toString(b.first, QStringLiteral("MMM yy"));
            b.longLabel = locale.toString(b.first, QStringLiteral("MMMM yyyy"));
            break;
        case BucketSize::Quarter:
            //: A quarter of a year on a chart axis, e.g. "Q1 26"
            b.label = tr("Q%1 %2")
                          .arg((b.first.month() - 1) / 3 + 1)
                          .arg(b.first.year() % 100, 2, 10, QLatin1Char('0'));
            b.longLabel = tr("%1 – %2").arg(locale.toString(b.first, QLocale::ShortFormat),
                                            locale.toString(b.last, QLocale::ShortFormat));
            break;
        }
    }
    return buckets;
}

QChart* ReportCharts::traffic(const Report& report, DrillHandler drill)
{
    const std::vector<Bucket> buckets = trafficBuckets(report);
    const BucketSize size = bucketSize(int(report.traffic.days.size()));
    QChart* chart = newChart(size == BucketSize::Day     ? tr("Walk-ins by day")
                             : size == BucketSize::Week  ? tr("Walk-ins by week")
                             : size == BucketSize::Month ? tr("Walk-ins by month")
                                                         : tr("Walk-ins by quarter"));
    const auto toolTip = [buckets](int index) {
        const Bucket& b = buckets.at(std::size_t(index));
        return tr("%1: %2 first visits, %3 repeat visits. Click to list the leads.")
            .arg(b.longLabel, ReportFormat::count(b.firstVisits),
                 ReportFormat::count(b.repeatVisits));
    };
    QBarSet* first = barSet(tr("First visits"), kBlue, chart, toolTip);
    QBarSet* repeat = barSet(tr("Repeat visits"), kLightBlue, chart, toolTip);
    QStringList labels;
    int highest = 0;
    for (const Bucket& b : buckets) {
        first->append(b.firstVisits);
        repeat->append(b.repeatVisits);
        labels << b.label;
        highest = std::max(highest, b.firstVisits + b.repeatVisits);
    }
    const auto clicked = [buckets, drill](int index) {
        const Bucket& b = buckets.at(std::size_t(index));
        DrillRequest request;
        for (QDate day = b.first; day <= b.last; day = day.addDays(1))
            request.drills.push_back(Drill{DrillKind::VisitDay, {}, {}, day, -1});
        request.title = b.first == b.last ? tr("Walk-ins on %1").arg(b.longLabel)
                                          : tr("Walk-ins in %1").arg(b.longLabel);
        drill(request);
    };
    QObject::connect(first, &QBarSet::clicked, chart, clicked);
    QObject::connect(repeat, &QBarSet::clicked, chart, clicked);
    auto* series = new QStackedBarSeries;
    series->append(first);
    series->append(repeat);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    setAxisFont(axisX, labels.size() > 14 ? 0.8 : 0.9);
    if (size == BucketSize::Day && buckets.size() > 7) { // the months of the day numbers
        const QLocale locale;
        const QDate first = buckets.front().first;
        const QDate last = buckets.back().last;
        axisX->setTitleText(
            first.month() == last.month()
                ? locale.toString(first, QStringLiteral("MMMM yyyy"))
                : tr("%1 – %2").arg(locale.toString(first, QStringLiteral("MMMM")),
                                    locale.toString(last, QStringLiteral("MMMM yyyy"))));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis* axisY = countAxis(highest);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (highest == 0)
        chart->setTitle(tr("%1 — none in this period").arg(chart->title()));
    return chart;
}

QChart* ReportCharts::hours(const Report& report, DrillHandler drill)
{
    const auto& byHour = report.traffic.visitsByHour;
    int from = 8;
    int to = 19;
    for (int hour = 0; hour < 24; ++hour)
        if (byHour[std::size_t(hour)] > 0) {
            from = std::min(from, hour);
            to = std::max(to, hour);
        }
    QChart* chart = newChart(tr("Walk-ins by hour of arrival"));
    const QLocale locale;
    const auto hourText = [locale](int hour) {
        return locale.toString(QTime(hour, 0), QLocale::ShortFormat);
    };
    QBarSet* set = barSet(tr("Walk-ins"), kBlue, chart, [byHour, from, hourText](int index) {
        const int hour = from + index;
        return tr("%1 – %2: %3 walk-ins. Click to list the leads.")
            .arg(hourText(hour), hourText((hour + 1) % 24),
                 ReportFormat::count(byHour[std::size_t(hour)]));
    });
    QStringList labels;
    int highest = 0;
    for (int hour = from; hour <= to; ++hour) {
        set->append(byHour[std::size_t(hour)]);
        labels << locale.toString(hour);
        highest = std::max(highest, byHour[std::size_t(hour)]);
    }
    QObject::connect(set, &QBarSet::clicked, chart, [drill, from, hourText](int index) {
        const int hour = from + index;
        drill({{Drill{DrillKind::VisitHour, {}, {}, {}, hour}},
               tr("Walk-ins from %1 to %2").arg(hourText(hour), hourText((hour + 1) % 24))});
    });
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    // The legend (not an axis title) under the bars, so that this chart's baseline lines up with
    // the walk-ins by day beside it.
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    setAxisFont(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis* axisY = countAxis(highest);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (highest == 0)
        chart->setTitle(tr("%1 — none in this period").arg(chart->title()));
    return chart;
}

} // namespace showroom
