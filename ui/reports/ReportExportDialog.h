#pragma once

#include "io/DataTable.h"
#include "reports/Report.h"
#include "services/ReportExportService.h"
#include "shell/Session.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLabel;

namespace showroom {

// Asks how to export the report: an Excel workbook with every table as a sheet, or one table as
// CSV (the table of the tab the user is on, unless he picks another).
class ReportExportDialog : public QDialog {
    Q_OBJECT

public:
    ReportExportDialog(const std::vector<DataTable>& tables, int currentTable,
                       QWidget* parent = nullptr);

    ExportFormat format() const;
    int tableIndex() const; // the CSV's table
    QComboBox* formatBox() const { return m_format; }
    QComboBox* tableBox() const { return m_table; }

private:
    void updateFields();

    QComboBox* m_format = nullptr;
    QComboBox* m_table = nullptr;
    QLabel* m_tableLabel = nullptr;
};

// "Weekly report 2026-W47" or "Report 01/11/2026 – 30/11/2026", as the export's audit entry and
// file name name it.
QString reportLabel(const reports::Report& report);
// The file name offered for an export: "Report-2026-W47.xlsx", "Report-2026-W47-Sources.csv".
QString suggestedExportName(const reports::Report& report, ExportFormat format,
                            const QString& tableName = {});

// Asks (dialog, then file) and exports; failures are shown in a message box. False when
// cancelled or failed.
bool exportReport(QWidget* parent, const Session& session, const reports::Report& report,
                  int currentTable);
// Exports every table (XLSX) or table `tableIndex` of ReportTables::all (CSV) to `path`.
bool exportReportTo(QWidget* parent, const Session& session, const reports::Report& report,
                    ExportFormat format, int tableIndex, const QString& path);

} // namespace showroom
