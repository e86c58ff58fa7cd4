// The weekly report's sections after Traffic: Funnel, Sources and campaigns, Lost analysis,
// Consultants and Deliveries.
#include "common/Labels.h"
#include "print/PrintCharts.h"
#include "print/ReportTables.h"
#include "print/WeeklyReportLayout.h"
#include "print/WeeklyReportPrinter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace showroom::print {

namespace {

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral("   ·   "));
}

} // namespace

void WeeklyReportLayout::addFunnel()
{
    const auto& funnel = m_report.funnel;
    const QString summary =
        joined({WeeklyReportPrinter::tr("New leads: %1").arg(m_locale.toString(funnel.newLeads)),
                WeeklyReportPrinter::tr("Won: %1").arg(m_locale.toString(funnel.won)),
                WeeklyReportPrinter::tr("Lost: %1").arg(m_locale.toString(funnel.lost)),
                WeeklyReportPrinter::tr("Close rate: %1").arg(percent(funnel.closeRate)),
                WeeklyReportPrinter::tr("First-visit closes: %1")
                    .arg(m_locale.toString(funnel.firstVisitCloses)),
                WeeklyReportPrinter::tr("Follow-up closes: %1")
                    .arg(m_locale.toString(funnel.followUpCloses))});

    std::vector<BarRow> rows;
    for (const auto& stage : funnel.stages) {
        if (stage.kind == QLatin1String("lost"))
            continue;
        rows.push_back({Labels::stage(stage.key, stage.name),
                        double(stage.reached),
                        {},
                        stage.conversionToNext ? percent(stage.conversionToNext) : QString()});
    }
    HorizontalBarOptions options;
    options.centred = true;
    options.noteTitle = WeeklyReportPrinter::tr("Conversion to next stage");
    options.emptyText = WeeklyReportPrinter::tr("No lead moved through the funnel in this period.");
    const qreal chartHeight =
        captionHeight() +
        horizontalBarsHeight(QFontMetricsF(font(7), m_device), int(rows.size()), true);

    addHeading(WeeklyReportPrinter::tr("Funnel"), textHeight(summary) + chartHeight);
    addText(summary);
    m_flow.addSpace(pt(6));
    const QLocale locale = m_locale;
    addCharts({{WeeklyReportPrinter::tr("Leads that reached each stage"),
                [=](QPainter& painter, const QRectF& rect) {
                    paintHorizontalBars(painter, rect, rows, options, locale);
                }}},
              chartHeight);
    addTable(table(ReportTables::funnel(m_report)));
}

void WeeklyReportLayout::addSources()
{
    QStringList names;
    std::vector<double> leads, sales;
    for (const auto& source : m_report.sources.sources) {
        if (source.leads == 0 && source.sales == 0)
            continue;
        names << source.name;
        leads.push_back(source.leads);
        sales.push_back(source.sales);
    }
    std::vector<ChartSeries> series{{WeeklyReportPrinter::tr("Leads"), chartColor(0), leads},
                                    {WeeklyReportPrinter::tr("Sales"), chartColor(2), sales}};
    const QString empty = WeeklyReportPrinter::tr("No leads or sales in this period.");
    const qreal chartHeight =
        captionHeight() + groupedBarsHeight(QFontMetricsF(font(7), m_device),
                                            qMax(2, int(names.size())), int(series.size()));

    addHeading(WeeklyReportPrinter::tr("Sources and campaigns"), chartHeight);
    const QLocale locale = m_locale;
    addCharts({{WeeklyReportPrinter::tr("Leads and sales per source"),
                [=](QPainter& painter, const QRectF& rect) {
                    paintGroupedBars(painter, rect, names, series, locale, empty);
                }}},
              chartHeight);
    addTable(table(ReportTables::sources(m_report)));
    if (m_report.sources.campaigns.empty()) {
        m_flow.addSpace(pt(6));
        addText(WeeklyReportPrinter::tr("No campaign had leads, sales or costs in this period."));
    } else {
        addTable(table(ReportTables::campaigns(m_report)));
    }
}

void WeeklyReportLayout::addLost()
{
    const auto& lost = m_report.lost;
    const QString summary =
        joined({WeeklyReportPrinter::tr("Lost: %1").arg(m_locale.toString(lost.lost)),
                WeeklyReportPrinter::tr("Waiting for approval: %1")
                    .arg(m_locale.toString(lost.pendingApproval))});
    std::vector<BarRow> reasons;
    for (const auto& reason : lost.reasons)
        reasons.push_back(
            {Labels::lostReason(reason.key, reason.name), double(reason.leads), {}, {}});
    QStringList weeks;
    std::vector<double> trend;
    for (const auto& week : lost.trend) {
        weeks << WeeklyReportPrinter::tr("W%1").arg(week.weekStart.weekNumber());
        trend.push_back(week.leads);
    }
    std::vector<ChartSeries> trendSeries{
        {WeeklyReportPrinter::tr("Lost leads"), chartColor(3), trend}};
    HorizontalBarOptions options;
    options.color = chartColor(3);
    options.emptyText = WeeklyReportPrinter::tr("No lead was lost in this period.");
    const QString noTrend = WeeklyReportPrinter::tr("No lead was lost in these weeks.");
    const qreal chartHeight =
        captionHeight() +
        qMax(pt(110), horizontalBarsHeight(QFontMetricsF(font(7), m_device), int(reasons.size())));

    addHeading(WeeklyReportPrinter::tr("Lost analysis"), textHeight(summary) + chartHeight);
    addText(summary);
    m_flow.addSpace(pt(6));
    const QLocale locale = m_locale;
    addCharts({{WeeklyReportPrinter::tr("Lost leads by reason"),
                [=](QPainter& painter, const QRectF& rect) {
                    paintHorizontalBars(painter, rect, reasons, options, locale);
                },
                1.2},
               {WeeklyReportPrinter::tr("Lost leads per week"),
                [=](QPainter& painter, const QRectF& rect) {
                    paintStackedBars(painter, rect, weeks, trendSeries, locale, noTrend, false);
                },
                1.0}},
              chartHeight);
    if (!lost.reasons.empty())
        addTable(table(ReportTables::lostReasons(m_report)));
}

void WeeklyReportLayout::addConsultants()
{
    const PrintedTable& consultants = table(ReportTables::consultants(m_report));
    addHeading(WeeklyReportPrinter::tr("Consultants"), tableStart(consultants) + pt(8));
    if (m_report.consultants.empty()) {
        addText(WeeklyReportPrinter::tr("No consultant had figures in this period."));
        return;
    }
    addTable(consultants);
}

void WeeklyReportLayout::addDeliveries()
{
    const PrintedTable& deliveries = table(ReportTables::deliveries(m_report));
    addHeading(WeeklyReportPrinter::tr("Deliveries"), tableStart(deliveries) + pt(8));
    addTable(deliveries);
}

} // namespace showroom::print
