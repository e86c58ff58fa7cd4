#pragma once

#include "io/DataTable.h"

#include <QByteArray>
#include <QString>

namespace showroom::test {

// "Customers" (EUR): a text, an integer, a money, a number, a percent and a date column; four
// rows: a comma in a name, quotes and a line break with a negative amount, a formula-like name,
// and a row of non-Latin text with every other cell empty.
DataTable sampleTable();

void writeFile(const QString& path, const QByteArray& bytes);

// One member of a zip file, through `unzip -p`.
QByteArray unzip(const QString& zipFile, const QString& member);

// The <c> element of `reference` ("B2") in a worksheet's XML, empty when there is none.
QString cell(const QString& sheetXml, const QString& reference);
// Its <v> value.
QString cellValue(const QString& sheetXml, const QString& reference);
// The shared string a text cell refers to; "(not a shared string)" for other cells.
QString sharedString(const QString& sharedStringsXml, const QString& sheetXml,
                     const QString& reference);
// The number format code of a cell's style ("0.0%"); "builtin N" for Excel's built-in formats.
QString styleFormat(const QByteArray& stylesXml, const QString& cellXml);

} // namespace showroom::test
