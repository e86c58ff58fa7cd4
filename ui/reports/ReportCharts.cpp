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

std::vector<ReportCharts::Bucket> ReportCharts::trafficBuckets(const Report& report)
{
    const QLocale locale;
    const auto& days = report.traffic.days;
    std::vector<Bucket> buckets;
    const int count = int(days.size());
    const auto bucketOf = [&](QDate date) {
        if (count <= 31)
            return date;
        if (count <= 26 * 7)
            return date.addDays(1 - date.dayOfWeek());
        return QDate(date.year(), date.month(), 1);
    };
    for (const auto& day : days) {
        const QDate key = bucketOf(day.date);
        if (buckets.empty() || bucketOf(buckets.back().first) != key) {
            Bucket bucket;
            bucket.first = day.date;
            if (count <= 31) {
                const bool showMonth = buckets.empty() || day.date.day() == 1;
                bucket.label = locale.toString(day.date, count <= 7  ? QStringLiteral("ddd d")
                                                         : showMonth ? QStringLiteral("d MMM")
                                                                     : QStringLiteral("d"));
                bucket.longLabel = locale.toString(day.date, QLocale::LongFormat);
            } else if (count <= 26 * 7) {
                //: Short for a calendar week on a chart axis, e.g. "W47"
                bucket.label = tr("W%1").arg(day.date.weekNumber());
            } else {
                bucket.label = locale.toString(day.date, QStringLiteral("MMM yy"));
                bucket.longLabel = locale.toString(day.date, QStringLiteral("MMMM yyyy"));
            }
            buckets.push_back(bucket);
        }
        Bucket& bucket = buckets.back();
        bucket.last = day.date;
        bucket.firstVisits += day.firstVisits;
        bucket.repeatVisits += day.repeatVisits;
    }
    if (count > 31 && count <= 26 * 7)
        for (Bucket& bucket : buckets)
            bucket.longLabel = tr("week %1 (%2 – %3)")
                                   .arg(bucket.first.weekNumber())
                                   .arg(locale.toString(bucket.first, QLocale::ShortFormat),
                                        locale.toString(bucket.last, QLocale::ShortFormat));
    return buckets;
}

QChart* ReportCharts::traffic(const Report& report, DrillHandler drill)
{
    const std::vector<Bucket> buckets = trafficBuckets(report);
    const std::size_t days = report.traffic.days.size();
    QChart* chart = newChart(days <= 31       ? tr("Walk-ins by day")
                             : days <= 26 * 7 ? tr("Walk-ins by week")
                                              : tr("Walk-ins by month"));
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
    if (labels.size() > 20)
        axisX->setLabelsAngle(-60);
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
    chart->legend()->hide();
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    axisX->setTitleText(tr("Hour"));
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
