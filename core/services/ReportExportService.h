#pragma once

#include "Error.h"
#include "domain/User.h"
#include "io/DataTable.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>

namespace showroom {

enum class ExportFormat { Csv, Xlsx };

// Writes report tables to CSV or XLSX for users with Permission::ExportReports (managers and
// admins by default; printing needs no such permission), and records every export in the audit
// log: who, which tables, the format, the file name and the row count. The file is written through
// a temporary and renamed into place, so a failed export leaves no partial file and never
// replaces an existing one with half a file.
class ReportExportService {
    Q_DECLARE_TR_FUNCTIONS(ReportExportService)

public:
    explicit ReportExportService(ServiceContext context) : m_context(context) {}

    // CSV: one table per file (UTF-8 with BOM so spreadsheet programs detect it, RFC 4180 quoting,
    // numbers unformatted with a '.' decimal point, dates ISO). XLSX: one sheet per table, numbers
    // as numbers, money with a currency format, percentages as percentages, dates as dates.
    //
    // Refused before anything is written: an actor without ExportReports (PermissionDenied), no
    // tables, several tables as CSV (InvalidInput: a CSV file holds exactly one table; stacking
    // tables in one file would break every program that reads it back, so use XLSX), a folder
    // that does not exist or a target that is a folder (Io, naming the path). A failed write is an
    // Io error naming the path (XLSX: InvalidInput when a table or cell is too big for Excel).
    // Only a completely written file is audited: action "report.export", entity "report",
    // details {report, format ("csv"/"xlsx"), file (its name), tables (their names), rows (all
    // data rows)}. Should the audit row fail, the new file is removed and the error returned.
    Result<void> exportTables(const User& actor, const std::vector<DataTable>& tables,
                              ExportFormat format, const QString& path, const QString& reportLabel);

private:
    ServiceContext m_context;
};

} // namespace showroom
