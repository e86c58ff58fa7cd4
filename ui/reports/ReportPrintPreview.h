#pragma once

#include "reports/Report.h"

#include <QString>

class QWidget;

namespace showroom {

// Shows the weekly report in a print preview (A4), from which the user prints it.
void showWeeklyReportPreview(QWidget* parent, const reports::Report& report,
                             const QString& dealershipName);

// Asks for a file name ("Weekly-report-2026-W47.pdf" in the documents folder) and writes the
// PDF. Returns false when cancelled or failed; failures are shown in a message box.
bool saveWeeklyReportPdf(QWidget* parent, const reports::Report& report,
                         const QString& dealershipName);
// Writes the PDF to `path`, showing a failure in a message box.
bool saveWeeklyReportPdfTo(QWidget* parent, const reports::Report& report,
                           const QString& dealershipName, const QString& path);

} // namespace showroom
