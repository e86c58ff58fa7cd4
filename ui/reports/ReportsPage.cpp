#include "reports/ReportsPage.h"

#include "reports/DrillDownDialog.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportHeader.h"
#include "reports/ReportPrintPreview.h"
#include "reports/ReportService.h"
#include "reports/ReportTabs.h"
#include "services/ChangeBus.h"
#include "services/DealSettings.h"
#include "services/SettingsService.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace showroom {

using reports::ReportService;

ReportsPage::ReportsPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_header = new ReportHeader(m_session, today(), this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(red);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewTab(m_tabs);
    m_funnel = new FunnelTab(m_tabs);
    m_sources = new SourcesTab(m_tabs);
    m_lost = new LostTab(m_tabs);
    m_consultants = new ConsultantsTab(m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_funnel, tr("F&unnel"));
    m_tabs->addTab(m_sources, tr("Sourc&es"));
    m_tabs->addTab(m_lost, tr("&Lost"));
    m_tabs->addTab(m_consultants, tr("Consul&tants"));
    for (ReportTab* tab :
         std::initializer_list<ReportTab*>{m_overview, m_funnel, m_sources, m_lost, m_consultants})
        connect(tab, &ReportTab::drillRequested, this, &ReportsPage::openDrillDown);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("reportRefusal"));
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_refusal);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    QPalette grey = m_status->palette();
    grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
    m_status->setPalette(grey);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 8);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    if (auto allowed = ReportService::allowedFilter(m_session.user, {}); !allowed) {
        m_refused = true;
        m_refusal->setText(
            tr("Reports are for consultants and managers.\n%1").arg(allowed.error().message));
        m_stack->setCurrentWidget(m_refusal);
        m_header->setReportsAllowed(false);
    } else {
        m_header->setReportShown(false);
    }

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(300);
    connect(&m_coalesce, &QTimer::timeout, this, &ReportsPage::reload);
    connect(m_header, &ReportHeader::filterChanged, this, &ReportsPage::reload);
    connect(m_header, &ReportHeader::previewRequested, this, &ReportsPage::showPrintPreview);
    connect(m_header, &ReportHeader::pdfRequested, this, &ReportsPage::savePdf);
    connect(m_header, &ReportHeader::exportRequested, this, &ReportsPage::exportTables);
    ChangeBus* bus = &m_session.changes;
    connect(bus, &ChangeBus::leadAdded, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::leadChanged, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::visitAdded, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::visitChanged, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::dealChanged, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::activityAdded, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::customerMerged, this, &ReportsPage::scheduleReload);
    connect(bus, &ChangeBus::customerChanged, this,
            &ReportsPage::scheduleReload); // contact captured
    connect(bus, &ChangeBus::userChanged, this, [this] {
        m_header->fillConsultants();
        scheduleReload();
    });
    connect(bus, &ChangeBus::pipelineConfigured, this, [this] {
        m_header->fillSources();
        scheduleReload();
    });
}

ReportsPage::~ReportsPage() = default;

QDate ReportsPage::today() const
{
    const QDateTime now = m_session.clock.now();
    if (auto settings = DealSettings::load(m_session.db.sql()))
        return settings->localDate(now);
    return now.toLocalTime().date();
}

QString ReportsPage::dealershipName() const
{
    return SettingsService(m_session.context())
        .get(QStringLiteral("dealership.name"))
        .value_or(QString());
}

KpiTiles* ReportsPage::kpiTiles() const
{
    return m_overview->tiles();
}

QString ReportsPage::refusalText() const
{
    return m_refused ? m_refusal->text() : QString();
}

QString ReportsPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ReportsPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ReportsPage::scheduleReload()
{
    if (m_refused)
        return;
    if (isVisible())
        m_coalesce.start();
    else
        m_stale = true; // computed when the page is shown
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_refused)
        m_coalesce.start();
}

void ReportsPage::reload()
{
    m_coalesce.stop();
    if (m_refused)
        return;
    m_stale = false;
    m_header->setToday(today());
    if (const QString problem = m_header->periodProblem(); !problem.isEmpty())
        return showProblem(problem);
    auto filter = ReportService::allowedFilter(m_session.user, m_header->filter());
    if (!filter)
        return showProblem(filter.error().message);
    const bool wait = isVisible();
    if (wait)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = ReportService(m_session.context()).compute(m_session.user, *filter);
    if (wait)
        QGuiApplication::restoreOverrideCursor();
    if (!report) {
        m_header->setReportShown(m_report.has_value());
        return showProblem(tr("The report could not be computed: %1").arg(report.error().message));
    }
    showProblem({});
    m_report = std::move(*report);
    m_shownFilter = *filter;
    ++m_computed;
    for (ReportTab* tab :
         std::initializer_list<ReportTab*>{m_overview, m_funnel, m_sources, m_lost, m_consultants})
        tab->setReport(*m_report);
    m_header->setReportShown(true);
    const QLocale locale;
    QTimeZone zone(m_report->timeZone.toUtf8());
    const QDateTime generated = zone.isValid() ? m_report->generatedAt.toTimeZone(zone)
                                               : m_report->generatedAt.toLocalTime();
    m_status->setText(
        tr("Figures as of %1 (%2). Click a bar or double-click a row to list the "
           "leads behind it.")
            .arg(locale.toString(generated, QLocale::ShortFormat),
                 m_report->timeZone.isEmpty() ? tr("local time") : m_report->timeZone));
}

DrillDownDialog* ReportsPage::openDrillDown(const DrillRequest& request)
{
    if (!m_report)
        return nullptr;
    auto* dialog = new DrillDownDialog(m_session, m_shownFilter, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::openCustomerRequested, this,
            &ReportsPage::openCustomerRequested);
    dialog->load();
    dialog->show();
    m_lastDrill = dialog;
    return dialog;
}

int ReportsPage::currentTableIndex() const
{
    // ReportTables::all: traffic, funnel, sources, campaigns, lost reasons, consultants, deliveries
    switch (Tab(m_tabs->currentIndex())) {
    case Overview:
        return 0;
    case Funnel:
        return 1;
    case Sources:
        return 2;
    case Lost:
        return 4;
    case Consultants:
        return 5;
    }
    return 0;
}

void ReportsPage::showPrintPreview()
{
    if (m_report)
        showWeeklyReportPreview(this, *m_report, dealershipName());
}

void ReportsPage::savePdf()
{
    if (m_report)
        saveWeeklyReportPdf(this, *m_report, dealershipName());
}

bool ReportsPage::savePdfTo(const QString& path)
{
    return m_report && saveWeeklyReportPdfTo(this, *m_report, dealershipName(), path);
}

void ReportsPage::exportTables()
{
    if (m_report)
        exportReport(this, m_session, *m_report, currentTableIndex());
}

bool ReportsPage::exportTo(ExportFormat format, int tableIndex, const QString& path)
{
    return m_report && exportReportTo(this, m_session, *m_report, format, tableIndex, path);
}

} // namespace showroom
