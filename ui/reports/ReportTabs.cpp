#include "reports/ReportTabs.h"

#include "common/Labels.h"
#include "common/RecordTable.h"
#include "print/ReportTables.h"
#include "reports/DataTableModel.h"
#include "reports/FigureStrip.h"
#include "reports/KpiTiles.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

using reports::Report;

QTableView* ReportTab::table(QAbstractItemModel* model, int rawRole, const QString& objectName)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(rawRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    setUpRecordTable(view);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    return view;
}

void ReportTab::fitColumns(QTableView* view, int padding)
{
    // As wide as the cells and the longest line of the title (titles may have two lines), with
    // room for the sort arrow.
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QAbstractItemView* cells = view; // sizeHintForColumn is public there
    for (int column = 0; column < header->count(); ++column) {
        int title = 0;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        for (const QString& line : text.split(QLatin1Char('\n')))
            title = std::max(title, metrics.horizontalAdvance(line));
        header->resizeSection(column, std::max(cells->sizeHintForColumn(column), title + margins) +
                                          padding);
    }
}

OverviewTab::OverviewTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("reportOverview"));
    m_tiles = new KpiTiles(this);
    m_traffic = ReportCharts::view(QStringLiteral("trafficChart"), this);
    m_hours = ReportCharts::view(QStringLiteral("hoursChart"), this);
    m_deliveries = new FigureStrip(tr("Deliveries and loans"), Qt::Horizontal, this);
    m_deliveries->setObjectName(QStringLiteral("deliveriesSummary"));
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_traffic, 3);
    charts->addWidget(m_hours, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addWidget(m_tiles);
    layout->addLayout(charts, 1);
    layout->addWidget(m_deliveries);
}

void OverviewTab::setReport(const Report& report)
{
    m_tiles->setReport(report);
    const auto handler = [this](const DrillRequest& request) { drill(request); };
    ReportCharts::show(m_traffic, ReportCharts::traffic(report, handler));
    ReportCharts::show(m_hours, ReportCharts::hours(report, handler));
    const auto& d = report.deliveries;
    const auto count = [](int n) { return ReportFormat::count(n); };
    m_deliveries->setFigures({
        {tr("delivered"), count(d.delivered), tr("Deals handed over in the period")},
        {tr("on time"), count(d.onTime), tr("Handed over on or before the promised date")},
        {tr("late"), count(d.late), tr("Handed over after the promised date")},
        {tr("without a promised date"), count(d.withoutPromise), {}},
        {tr("loan applications sent"), count(d.loansSent),
         tr("Loan documents sent to the bank in the period")},
        {tr("loans approved"), count(d.loansApproved), tr("Loans the bank approved in the period")},
    });
}

FunnelTab::FunnelTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("reportFunnel"));
    m_chart = ReportCharts::view(QStringLiteral("funnelChart"), this);
    m_figures = new FigureStrip(tr("Leads in the period"), Qt::Vertical, this);
    m_figures->setObjectName(QStringLiteral("funnelFigures"));
    m_model = new DataTableModel(this);
    m_view = table(m_model, DataTableModel::RawRole, QStringLiteral("funnelView"));
    m_view->setToolTip(tr("Double-click a stage to list the leads that entered it"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_chart, 1);
    top->addSpacing(12);
    top->addWidget(m_figures);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addLayout(top, 3);
    layout->addWidget(m_view, 2);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString stage = index.siblingAtColumn(0).data().toString();
        drill({{reports::Drill{reports::DrillKind::StageEntered,
                               index.data(DataTableModel::IdRole).toLongLong(),
                               {},
                               {},
                               -1}},
               tr("Leads that entered %1").arg(stage)});
    });
}

void FunnelTab::setReport(const Report& report)
{
    const auto& f = report.funnel;
    ReportCharts::show(m_chart, ReportCharts::funnel(report, [this](const DrillRequest& request) {
                           drill(request);
                       }));
    const auto count = [](int n) { return ReportFormat::count(n); };
    m_figures->setFigures({
        {tr("new leads"), count(f.newLeads), tr("Leads created in the period")},
        {tr("won"), count(f.won), tr("Leads moved to Won in the period")},
        {tr("lost"), count(f.lost), tr("Leads moved to Lost in the period")},
        {tr("close rate"), ReportFormat::percent(f.closeRate), tr("Won / new leads")},
        {tr("closed on the first visit"), count(f.firstVisitCloses),
         tr("Won on the day the lead was created")},
        {tr("closed after a follow-up"), count(f.followUpCloses), tr("Won on a later day")},
    });
    std::vector<qint64> ids;
    for (const auto& stage : f.stages)
        ids.push_back(stage.stageId);
    m_model->setTable(ReportTables::funnel(report), std::move(ids));
    fitColumns(m_view);
}

LostTab::LostTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("reportLost"));
    m_reasons = ReportCharts::view(QStringLiteral("lostReasonsChart"), this);
    m_trend = ReportCharts::view(QStringLiteral("lostTrendChart"), this);
    m_figures = new FigureStrip(tr("Lost leads"), Qt::Horizontal, this);
    m_figures->setObjectName(QStringLiteral("lostFigures"));
    m_model = new DataTableModel(this);
    m_view = table(m_model, DataTableModel::RawRole, QStringLiteral("lostView"));
    m_view->setToolTip(tr("Double-click a reason, or a reason's count in a stage, to list the "
                          "leads"));
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_reasons, 3);
    charts->addWidget(m_trend, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addLayout(charts, 3);
    layout->addWidget(m_figures);
    layout->addWidget(m_view, 2);
    connect(m_view, &QTableView::activated, this, &LostTab::cellActivated);
}

void LostTab::setReport(const Report& report)
{
    const auto& lost = report.lost;
    ReportCharts::show(
        m_reasons,
        ReportCharts::lostReasons(report, [this](const DrillRequest& request) { drill(request); }));
    ReportCharts::show(m_trend, ReportCharts::lostTrend(report));
    m_figures->setFigures({
        {tr("lost in the period"), ReportFormat::count(lost.lost),
         tr("Leads whose loss was approved and that were closed in the period")},
        {tr("waiting for approval"), ReportFormat::count(lost.pendingApproval),
         tr("Losses requested by the end of the period that still wait for a manager")},
    });
    m_stages = lost.stages;
    std::vector<qint64> ids;
    for (const auto& reason : lost.reasons)
        ids.push_back(reason.reasonId);
    m_model->setTable(ReportTables::lostReasons(report), std::move(ids));
    fitColumns(m_view);
}

void LostTab::cellActivated(const QModelIndex& index)
{
    using reports::DrillKind;
    const qint64 reasonId = index.data(DataTableModel::IdRole).toLongLong();
    const QString reason = index.siblingAtColumn(0).data().toString();
    const int stage = index.column() - 1; // the first column names the reason, the last sums
    if (stage >= 0 && std::size_t(stage) < m_stages.size()) {
        const auto& s = m_stages[std::size_t(stage)];
        drill({{reports::Drill{DrillKind::LostByStage, reasonId, s.id, {}, -1}},
               tr("Leads lost in %1: %2").arg(Labels::stage(s.key, s.name), reason)});
        return;
    }
    drill({{reports::Drill{DrillKind::LostReason, reasonId, {}, {}, -1}},
           tr("Leads lost: %1").arg(reason)});
}

} // namespace showroom
