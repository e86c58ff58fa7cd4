// The ranked charts of the report: horizontal bars, the first item on top.
#include "common/Labels.h"
#include "reports/ChartSupport.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace showroom {

using namespace chartsupport;
using reports::Drill;
using reports::DrillKind;
using reports::Report;

namespace {
constexpr int kMostBars = 10;

// Adds `series` with its categories (given top first) on the left and counts below.
void addRanked(QChart* chart, QAbstractBarSeries* series, QStringList topFirst, int highest)
{
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    std::reverse(topFirst.begin(), topFirst.end()); // category axes grow upwards
    axisY->append(topFirst);
    setAxisFont(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(highest);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

// The position in a list shown top first from the index of a bar (counted bottom up).
int topFirstIndex(int barIndex, int count)
{
    return count - 1 - barIndex;
}
} // namespace

QChart* ReportCharts::funnel(const Report& report, DrillHandler drill)
{
    std::vector<reports::FunnelStage> stages;
    for (const auto& stage : report.funnel.stages)
        if (stage.kind != QLatin1String("lost"))
            stages.push_back(stage);
    QChart* chart = newChart(tr("Sales funnel: leads that reached each stage"));
    chart->legend()->hide();
    const int count = int(stages.size());
    QBarSet* set = barSet(tr("Reached"), kBlue, chart, [stages, count](int index) {
        const auto& stage = stages.at(std::size_t(topFirstIndex(index, count)));
        return tr("%1: %2 leads reached this stage, %3 entered it. Click to list the leads.")
            .arg(Labels::stage(stage.key, stage.name), ReportFormat::count(stage.reached),
                 ReportFormat::count(stage.entered));
    });
    QStringList labels;
    int highest = 0;
    for (auto it = stages.rbegin(); it != stages.rend(); ++it) {
        set->append(it->reached);
        highest = std::max(highest, it->reached);
    }
    for (const auto& stage : stages) {
        QString label = Labels::stage(stage.key, stage.name);
        if (stage.conversionToNext)
            //: A funnel stage on the chart axis with its conversion to the next stage
            label = tr("%1 → %2").arg(label, ReportFormat::percent(stage.conversionToNext, {}, 0));
        labels << label;
    }
    QObject::connect(set, &QBarSet::clicked, chart, [stages, count, drill](int index) {
        const auto& stage = stages.at(std::size_t(topFirstIndex(index, count)));
        drill({{Drill{DrillKind::StageEntered, stage.stageId, {}, {}, -1}},
               tr("Leads that entered %1").arg(Labels::stage(stage.key, stage.name))});
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(9);
    set->setLabelColor(Qt::white);
    addRanked(chart, series, labels, highest);
    return chart;
}

QChart* ReportCharts::sources(const Report& report, DrillHandler drill)
{
    std::vector<reports::SourceRow> rows;
    for (const auto& row : report.sources.sources)
        if ((row.leads > 0 || row.sales > 0) && int(rows.size()) < kMostBars)
            rows.push_back(row);
    QChart* chart = newChart(tr("Leads and sales by source"));
    const int count = int(rows.size());
    const auto toolTip = [rows, count](int index) {
        const auto& row = rows.at(std::size_t(topFirstIndex(index, count)));
        return tr("%1: %2 leads, %3 sales. Click to list the leads.")
            .arg(row.name, ReportFormat::count(row.leads), ReportFormat::count(row.sales));
    };
    QBarSet* leads = barSet(tr("Leads"), kBlue, chart, toolTip);
    QBarSet* sales = barSet(tr("Sales"), kGreen, chart, toolTip);
    QStringList labels;
    int highest = 0;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        leads->append(it->leads);
        sales->append(it->sales);
        highest = std::max({highest, it->leads, it->sales});
    }
    for (const auto& row : rows)
        labels << row.name;
    const auto clicked = [rows, count, drill](int index) {
        const auto& row = rows.at(std::size_t(topFirstIndex(index, count)));
        drill({{Drill{DrillKind::Source, row.sourceId, {}, {}, -1}},
               tr("Leads from %1").arg(row.name)});
    };
    QObject::connect(leads, &QBarSet::clicked, chart, clicked);
    QObject::connect(sales, &QBarSet::clicked, chart, clicked);
    auto* series = new QHorizontalBarSeries;
    series->append(sales); // the first set is drawn lowest: leads above sales
    series->append(leads);
    series->setBarWidth(0.8);
    addRanked(chart, series, labels, highest);
    chart->legend()->setReverseMarkers(); // in the bars' order too: Leads, then Sales
    if (rows.empty())
        chart->setTitle(tr("%1 — none in this period").arg(chart->title()));
    return chart;
}

QChart* ReportCharts::lostReasons(const Report& report, DrillHandler drill)
{
    std::vector<reports::LostReasonTotal> reasons;
    for (const auto& reason : report.lost.reasons)
        if (int(reasons.size()) < kMostBars)
            reasons.push_back(reason);
    QChart* chart = newChart(tr("Lost leads by reason"));
    chart->legend()->hide();
    const int count = int(reasons.size());
    QBarSet* set = barSet(tr("Lost leads"), kRed, chart, [reasons, count](int index) {
        const auto& reason = reasons.at(std::size_t(topFirstIndex(index, count)));
        return tr("%1: %2 leads lost. Click to list them.")
            .arg(Labels::lostReason(reason.key, reason.name), ReportFormat::count(reason.leads));
    });
    QStringList labels;
    int highest = 0;
    for (auto it = reasons.rbegin(); it != reasons.rend(); ++it) {
        set->append(it->leads);
        highest = std::max(highest, it->leads);
    }
    for (const auto& reason : reasons)
        labels << Labels::lostReason(reason.key, reason.name);
    QObject::connect(set, &QBarSet::clicked, chart, [reasons, count, drill](int index) {
        const auto& reason = reasons.at(std::size_t(topFirstIndex(index, count)));
        drill({{Drill{DrillKind::LostReason, reason.reasonId, {}, {}, -1}},
               tr("Leads lost: %1").arg(Labels::lostReason(reason.key, reason.name))});
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(9);
    set->setLabelColor(Qt::white);
    addRanked(chart, series, labels, highest);
    if (reasons.empty())
        chart->setTitle(tr("%1 — none in this period").arg(chart->title()));
    return chart;
}

QChart* ReportCharts::lostTrend(const Report& report)
{
    QChart* chart = newChart(tr("Lost leads per week"));
    chart->legend()->hide();
    const QLocale locale;
    const auto weeks = report.lost.trend;
    int highest = 0;
    for (const auto& week : weeks)
        highest = std::max(highest, week.leads);
    if (weeks.size() > 16) { // too many weeks for a bar each: a line over a date axis
        auto* line = new QLineSeries;
        QPen pen(kRed);
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(weeks.size() <= 60);
        for (const auto& week : weeks)
            line->append(double(week.weekStart.startOfDay().toMSecsSinceEpoch()), week.leads);
        chart->addSeries(line);
        auto* axisX = new QDateTimeAxis;
        const bool longTrend = weeks.front().weekStart.daysTo(weeks.back().weekStart) > 300;
        axisX->setFormat(longTrend ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
        axisX->setTickCount(7);
        setAxisFont(axisX);
        chart->addAxis(axisX, Qt::AlignBottom);
        line->attachAxis(axisX);
        QValueAxis* axisY = countAxis(highest);
        chart->addAxis(axisY, Qt::AlignLeft);
        line->attachAxis(axisY);
        return chart;
    }
    QBarSet* set = barSet(
        tr("Lost leads"), kRed.lighter(130), chart,
        [weeks, locale](int index) {
            const auto& week = weeks.at(std::size_t(index));
            return tr("Week %1 (from %2): %3 lost")
                .arg(week.weekStart.weekNumber())
                .arg(locale.toString(week.weekStart, QLocale::ShortFormat),
                     ReportFormat::count(week.leads));
        },
        false);
    QStringList labels;
    for (const auto& week : weeks) {
        set->append(week.leads);
        labels << tr("W%1").arg(week.weekStart.weekNumber());
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    setAxisFont(axisX, labels.size() > 10 ? 0.8 : 0.9);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis* axisY = countAxis(highest);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

} // namespace showroom
