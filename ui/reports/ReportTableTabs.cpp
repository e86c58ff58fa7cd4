// The tabs of the Reports page that are mostly tables: sources and campaigns, consultants.
#include "print/ReportTables.h"
#include "reports/ConsultantTableModel.h"
#include "reports/DataTableModel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTabs.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

using reports::Drill;
using reports::DrillKind;
using reports::Report;

SourcesTab::SourcesTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("reportSources"));
    m_chart = ReportCharts::view(QStringLiteral("sourcesChart"), this);
    m_sources = new DataTableModel(this);
    m_campaigns = new DataTableModel(this);
    m_sourcesView = table(m_sources, DataTableModel::RawRole, QStringLiteral("sourcesView"));
    m_campaignsView = table(m_campaigns, DataTableModel::RawRole, QStringLiteral("campaignsView"));
    m_sourcesView->setToolTip(tr("Double-click a source to list its leads"));
    m_campaignsView->setToolTip(tr("Double-click a campaign to list its leads"));
    auto* campaignsTitle = new QLabel(tr("Campaigns"), this);
    QFont bold = campaignsTitle->font();
    bold.setBold(true);
    campaignsTitle->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addWidget(m_chart, 5);
    layout->addWidget(m_sourcesView, 4);
    layout->addWidget(campaignsTitle);
    layout->addWidget(m_campaignsView, 2);
    connect(m_sourcesView, &QTableView::activated, this, [this](const QModelIndex& index) {
        drill({{Drill{
                   DrillKind::Source, index.data(DataTableModel::IdRole).toLongLong(), {}, {}, -1}},
               tr("Leads from %1").arg(index.siblingAtColumn(0).data().toString())});
    });
    connect(m_campaignsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        drill(
            {{Drill{
                 DrillKind::Campaign, index.data(DataTableModel::IdRole).toLongLong(), {}, {}, -1}},
             tr("Leads of the campaign %1").arg(index.siblingAtColumn(0).data().toString())});
    });
}

void SourcesTab::setReport(const Report& report)
{
    ReportCharts::show(m_chart, ReportCharts::sources(report, [this](const DrillRequest& request) {
                           drill(request);
                       }));
    std::vector<qint64> sourceIds;
    for (const auto& row : report.sources.sources)
        sourceIds.push_back(row.sourceId);
    std::vector<qint64> campaignIds;
    for (const auto& row : report.sources.campaigns)
        campaignIds.push_back(row.campaignId.value_or(0));
    m_sources->setTable(ReportTables::sources(report), std::move(sourceIds));
    m_campaigns->setTable(ReportTables::campaigns(report), std::move(campaignIds));
    fitColumns(m_sourcesView);
    fitColumns(m_campaignsView);
}

ConsultantsTab::ConsultantsTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("reportConsultants"));
    m_model = new ConsultantTableModel(this);
    m_view = table(m_model, ConsultantTableModel::RawRole, QStringLiteral("consultantsView"));
    auto* hint = new QLabel(
        tr("Figures attributed to each consultant in the period. Click a column title to sort, "
           "hover it for what it counts, right-click it to show more columns; double-click a "
           "consultant to list his leads."),
        this);
    hint->setWordWrap(true);
    QPalette grey = hint->palette();
    grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
    hint->setPalette(grey);
    QHeaderView* header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ConsultantsTab::chooseColumns);
    // The attach rate's tool tip has both counts.
    m_view->setColumnHidden(ConsultantTableModel::AccessoriesOffered, true);
    m_view->setColumnHidden(ConsultantTableModel::AccessoriesSold, true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        drill(
            {{Drill{DrillKind::Consultant,
                    index.data(ConsultantTableModel::IdRole).toLongLong(),
                    {},
                    {},
                    -1}},
             tr("Leads assigned to %1")
                 .arg(index.siblingAtColumn(ConsultantTableModel::Consultant).data().toString())});
    });
}

void ConsultantsTab::chooseColumns(const QPoint& at)
{
    QMenu menu(this);
    for (int column = 1; column < ConsultantTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal)
                                  .toString()
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '));
        QAction* action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

QSortFilterProxyModel* ConsultantsTab::proxy() const
{
    return static_cast<QSortFilterProxyModel*>(m_view->model());
}

void ConsultantsTab::setReport(const Report& report)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setConsultants(report.consultants, report.currency);
    if (first)
        fitColumns(m_view, 22);
}

} // namespace showroom
