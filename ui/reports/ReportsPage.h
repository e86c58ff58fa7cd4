#pragma once

#include "reports/DrillDownDialog.h"
#include "reports/DrillRequest.h"
#include "reports/Report.h"
#include "services/ReportExportService.h"
#include "shell/Session.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace showroom {

class ConsultantsTab;
class FunnelTab;
class KpiTiles;
class LostTab;
class OverviewTab;
class ReportHeader;
class SourcesTab;

// The manager's report on screen: traffic, funnel, sources and campaigns, lost reasons and
// consultant figures for a period, with print, PDF and export. The figures come from
// reports::ReportService::compute, the same code the printed report and the command line use;
// this page only draws them. Clicking a bar or double-clicking a row lists the leads behind it.
class ReportsPage : public QWidget {
    Q_OBJECT

public:
    enum Tab { Overview, Funnel, Sources, Lost, Consultants };

    explicit ReportsPage(const Session& session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // Computes the report now.
    void reload();
    // Recomputes soon (coalesced) when shown, else when the page is shown next.
    void scheduleReload();

    const std::optional<reports::Report>& report() const { return m_report; }
    int computeCount() const { return m_computed; }
    bool isRefused() const { return m_refused; } // a receptionist sees no reports
    QString refusalText() const;
    QString problemText() const;

    ReportHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    OverviewTab* overviewTab() const { return m_overview; }
    FunnelTab* funnelTab() const { return m_funnel; }
    SourcesTab* sourcesTab() const { return m_sources; }
    LostTab* lostTab() const { return m_lost; }
    ConsultantsTab* consultantsTab() const { return m_consultants; }
    KpiTiles* kpiTiles() const;

    // Opens the list of the leads behind a figure of the shown report.
    DrillDownDialog* openDrillDown(const DrillRequest& request);
    DrillDownDialog* lastDrillDown() const { return m_lastDrill; }

    void showPrintPreview();
    void savePdf();
    bool savePdfTo(const QString& path);
    void exportTables();
    bool exportTo(ExportFormat format, int tableIndex, const QString& path);
    // The table of ReportTables::all that the current tab shows (the CSV export's default).
    int currentTableIndex() const;

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QDate today() const;
    QString dealershipName() const;
    void showProblem(const QString& text);

    Session m_session;
    ReportHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_refusal = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_status = nullptr;
    OverviewTab* m_overview = nullptr;
    FunnelTab* m_funnel = nullptr;
    SourcesTab* m_sources = nullptr;
    LostTab* m_lost = nullptr;
    ConsultantsTab* m_consultants = nullptr;
    std::optional<reports::Report> m_report;
    reports::ReportFilter m_shownFilter;
    QPointer<DrillDownDialog> m_lastDrill;
    QTimer m_coalesce;
    bool m_refused = false;
    bool m_stale = true;
    int m_computed = 0;
};

} // namespace showroom
