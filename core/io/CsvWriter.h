#pragma once

#include "Error.h"
#include "io/DataTable.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace showroom::csv {

// One cell as CSV text, before quoting: Integer as a plain integer, Money as the amount in
// currency units with '.' and 2 decimals ("1234.50"), Number with a '.' decimal point and no
// grouping, Percent as the fraction with up to 4 decimals ("0.25"), Date ISO ("2026-11-16"), an
// invalid QVariant (or a NaN) as an empty field. Text, and a value that does not convert to the
// column's type, goes through guardFormula.
QString field(const QVariant& value, DataColumn::Type type);

// Spreadsheet formula injection (OWASP "CSV Injection"): text starting with = + - @, a tab or a
// carriage return gets a leading apostrophe, so a customer called "=HYPERLINK(…)" stays text when
// the file is opened in a spreadsheet program. Numbers are written by `field`, never guarded.
QString guardFormula(const QString& text);

// `text` as an RFC 4180 field: quoted when it holds a comma, a quote, CR or LF, inner quotes
// doubled.
QString quote(const QString& text);

// The table as a CSV file: UTF-8 with a byte-order mark (so spreadsheet programs detect the
// encoding), a header line of the column titles, one line per row, comma delimiters, CRLF line
// ends (also after the last line). The table's title is not written: CSV has no place for it.
QByteArray write(const DataTable& table);

// Writes `write(table)` to `path` through QSaveFile: a temporary next to the file, renamed over
// it only once completely written, so a failure leaves an existing file untouched. An Io error
// names the path.
Result<void> save(const DataTable& table, const QString& path);

} // namespace showroom::csv
