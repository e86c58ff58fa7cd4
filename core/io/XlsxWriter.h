#pragma once

#include "Error.h"
#include "io/DataTable.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace showroom::xlsx {

// The sheet name of each table: its DataTable::name without the characters Excel refuses
// ([ ] : * ? / \), without leading or trailing apostrophes, cut to 31 characters, "Sheet N" when
// nothing is left, and made unique (Excel compares sheet names case-insensitively, and reserves
// "History") by appending " (2)", " (3)" …
QStringList sheetNames(const std::vector<DataTable>& tables);

// Writes the tables as an Excel workbook, one sheet per table. Row 1 holds the column titles in
// bold, frozen and with an autofilter; the data follows. Integer and Number cells are numbers,
// Money a number of currency units formatted `#,##0.00 "EUR"` (the table's currency), Percent the
// fraction formatted `0.0%`, Date a real Excel date formatted yyyy-mm-dd, Text a string (never a
// formula), an invalid QVariant a blank cell. Columns are sized to their content (8 to 60
// characters wide).
//
// The workbook is written to a temporary file next to `path` and renamed over it only once
// complete, so a failure (a table too big for a sheet, a cell longer than Excel allows, an
// unwritable folder, a full disk) removes the temporary and leaves an existing file untouched.
// Too big tables and cells are InvalidInput, file problems Io; both messages name what failed.
Result<void> save(const std::vector<DataTable>& tables, const QString& path);

} // namespace showroom::xlsx
