#pragma once

#include "print/PageFlow.h"
#include "print/PrintTable.h"
#include "reports/Report.h"

#include <QFont>
#include <QLocale>
#include <deque>

class QPaintDevice;

namespace showroom::print {

// What the title block says, worked out by WeeklyReportPrinter.
struct ReportHeading {
    QString dealershipName;
    QString title;             // "Weekly report"
    QString period;            // "2026-W47 · 11/16/26 – 11/22/26"
    QString filter;            // "Consultant: all · Source: all"
    QString generated;         // "Generated 11/23/26 9:15 AM"
    int businessStartHour = 9; // the hour chart shows at least these hours
    int businessEndHour = 19;
};

// The weekly report laid out on pages: the title block, then Traffic, Funnel, Sources and
// campaigns, Lost analysis, Consultants and Deliveries, each with its heading (kept with the start
// of its content), charts and tables. Sizes follow the device's resolution.
class WeeklyReportLayout {
public:
    WeeklyReportLayout(const reports::Report& report, ReportHeading heading, const QLocale& locale,
                       QPaintDevice* device, qreal width, qreal height);
    WeeklyReportLayout(const WeeklyReportLayout&) = delete;
    WeeklyReportLayout& operator=(const WeeklyReportLayout&) = delete;

    const PageFlow& flow() const { return m_flow; }
    int pageCount() const { return m_flow.pageCount(); }

    // A length in points (1/72 inch) in device units.
    qreal pt(qreal points) const { return points * m_pointScale; }
    static QFont font(qreal pointSize, bool bold = false);

private:
    struct Chart {
        QString caption;
        PageFlow::Paint paint;
        qreal share = 1; // of the row's width
    };

    void addTitle();
    void addTraffic();
    void addFunnel();
    void addSources();
    void addLost();
    void addConsultants();
    void addDeliveries();

    // A section heading, on the next page unless `keep` more fits below it.
    void addHeading(const QString& text, qreal keep);
    qreal headingHeight() const;
    // A paragraph in the body font (wrapped).
    void addText(const QString& text);
    qreal textHeight(const QString& text) const;
    // Charts side by side, each with its caption, `height` tall including the captions.
    void addCharts(std::vector<Chart> charts, qreal height);
    qreal captionHeight() const;
    const PrintedTable& table(const DataTable& data, bool totalRow = false);
    void addTable(const PrintedTable& table);
    qreal tableStart(const PrintedTable& table) const;
    qreal space() const { return pt(10); }

    QString number(double value) const;
    QString percent(const std::optional<double>& rate) const;

    const reports::Report& m_report;
    ReportHeading m_heading;
    QLocale m_locale;
    QPaintDevice* m_device;
    qreal m_pointScale = 1;
    PageFlow m_flow;
    std::deque<PrintedTable> m_tables; // the flow paints them by reference
};

} // namespace showroom::print
