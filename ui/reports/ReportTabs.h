#pragma once

#include "reports/DrillRequest.h"
#include "reports/Report.h"

#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QSortFilterProxyModel;
class QTableView;

namespace showroom {

class ConsultantTableModel;
class DataTableModel;
class FigureStrip;
class KpiTiles;

// The tabs of the Reports page. Each shows a computed report (setReport) and asks for the leads
// behind a figure with drillRequested when a bar is clicked or a table row is double-clicked.
class ReportTab : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void setReport(const reports::Report& report) = 0;

Q_SIGNALS:
    void drillRequested(const DrillRequest& request);

protected:
    // A sortable read-only table over `model`, sorting on `rawRole`.
    QTableView* table(QAbstractItemModel* model, int rawRole, const QString& objectName);
    // Columns as wide as their contents (after a new report).
    static void fitColumns(QTableView* view, int padding = 20);
    void drill(const DrillRequest& request) { Q_EMIT drillRequested(request); }
};

// Key figures, traffic by day and by hour, and the deliveries summary.
class OverviewTab : public ReportTab {
    Q_OBJECT

public:
    explicit OverviewTab(QWidget* parent = nullptr);
    void setReport(const reports::Report& report) override;

    KpiTiles* tiles() const { return m_tiles; }
    QChartView* trafficChart() const { return m_traffic; }
    QChartView* hoursChart() const { return m_hours; }
    FigureStrip* deliveries() const { return m_deliveries; }

private:
    KpiTiles* m_tiles = nullptr;
    QChartView* m_traffic = nullptr;
    QChartView* m_hours = nullptr;
    FigureStrip* m_deliveries = nullptr;
};

// The funnel chart, the funnel's figures and the stage table.
class FunnelTab : public ReportTab {
    Q_OBJECT

public:
    explicit FunnelTab(QWidget* parent = nullptr);
    void setReport(const reports::Report& report) override;

    QChartView* chart() const { return m_chart; }
    DataTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    FigureStrip* figures() const { return m_figures; }

private:
    QChartView* m_chart = nullptr;
    FigureStrip* m_figures = nullptr;
    DataTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

// Leads and sales per source (chart and table) and the campaigns.
class SourcesTab : public ReportTab {
    Q_OBJECT

public:
    explicit SourcesTab(QWidget* parent = nullptr);
    void setReport(const reports::Report& report) override;

    QChartView* chart() const { return m_chart; }
    DataTableModel* sourcesModel() const { return m_sources; }
    DataTableModel* campaignsModel() const { return m_campaigns; }
    QTableView* sourcesView() const { return m_sourcesView; }
    QTableView* campaignsView() const { return m_campaignsView; }

private:
    QChartView* m_chart = nullptr;
    DataTableModel* m_sources = nullptr;
    DataTableModel* m_campaigns = nullptr;
    QTableView* m_sourcesView = nullptr;
    QTableView* m_campaignsView = nullptr;
};

// Lost reasons (chart and reason x stage table), the weekly trend and pending approvals.
class LostTab : public ReportTab {
    Q_OBJECT

public:
    explicit LostTab(QWidget* parent = nullptr);
    void setReport(const reports::Report& report) override;

    QChartView* reasonsChart() const { return m_reasons; }
    QChartView* trendChart() const { return m_trend; }
    DataTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    FigureStrip* figures() const { return m_figures; }

private:
    void cellActivated(const QModelIndex& index);

    QChartView* m_reasons = nullptr;
    QChartView* m_trend = nullptr;
    FigureStrip* m_figures = nullptr;
    DataTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    std::vector<reports::NamedId> m_stages;
};

// Every consultant's figures in a sortable table.
class ConsultantsTab : public ReportTab {
    Q_OBJECT

public:
    explicit ConsultantsTab(QWidget* parent = nullptr);
    void setReport(const reports::Report& report) override;

    ConsultantTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const;
    QTableView* view() const { return m_view; }

private:
    void chooseColumns(const QPoint& at);

    ConsultantTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace showroom
