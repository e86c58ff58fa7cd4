#pragma once

#include "Error.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>

class QPagedPaintDevice;

namespace showroom {

struct ServiceContext;

// The printed weekly report: A4 pages with the title, the period and filter, each section's charts
// painted as vector graphics (QPainter paths and text, never bitmaps) and its tables, whose
// header row repeats after a page break; "page n / N" in every footer. Works on QtGui alone
// (QPrinter in the app, QPdfWriter in the command-line tool). Paints from a computed Report: no
// database is touched while painting.
class WeeklyReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportPrinter)

public:
    explicit WeeklyReportPrinter(reports::Report report, QString dealershipName = {},
                                 QLocale locale = QLocale());
    // The printer for the dealership in the settings: its name, and its business hours for the
    // hour chart. Reads the settings now, so that painting touches no database.
    static WeeklyReportPrinter forDealership(const ServiceContext& context, reports::Report report);

    void print(QPagedPaintDevice& device) const;
    int pageCount(QPagedPaintDevice& device) const;
    // An unwritable path is a clear error and leaves nothing behind.
    Result<void> writePdf(const QString& path) const;
    QString title() const;             // "Weekly report" or "Report"
    QString periodText() const;        // "2026-W47 · 16 Nov 2026 – 22 Nov 2026"
    QString suggestedFileName() const; // "Weekly-report-2026-W47.pdf"
    static QPageLayout pageLayout();   // A4 portrait, 15 mm margins

    // The business hours (local, end exclusive): the hour chart shows at least these hours and
    // any other hour with visits. Default 9 to 19.
    void setBusinessHours(int startHour, int endHour);
    QString filterText() const;    // "Consultant: all · Source: all"
    QString generatedText() const; // "Generated 11/23/26 9:15 AM", in the report's time zone

private:
    reports::Report m_report;
    QString m_dealershipName;
    QLocale m_locale;
    int m_startHour = 9;
    int m_endHour = 19;
};

} // namespace showroom
