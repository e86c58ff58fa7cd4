#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <vector>

// The CSV parser without std::expected (see Csv.h for the reader the rest of the core uses), so
// that the fuzz targets, built as C++20, can reach it.
namespace showroom::csv {

// One record of a CSV file: its fields and the 1-based line it starts on (the header is line 1
// unless blank lines come first; a quoted field may run over several lines).
struct Record {
    int line = 0;
    QStringList fields;

    // The field at `column`, trimmed; empty when the record is shorter or `column` < 0.
    QString value(int column) const;
};

// A CSV file as RFC 4180 describes it: the header and the records that follow.
struct Document {
    QChar delimiter;
    QStringList header;
    std::vector<Record> records;

    // The index of the first header matching one of `names` (compared by headerKey), or -1.
    int column(std::initializer_list<const char*> names) const;
};

// The delimiter of a header line: whichever of , ; and tab occurs most often outside quotes
// (a comma when none does).
QChar detectDelimiter(const QString& headerLine);

// How header names are compared: lower case without spaces, underscores, dashes and dots
// ("Stock number", "stock_number" and "STOCK-NUMBER" all give "stocknumber").
QString headerKey(const QString& name);

// What parse found: the document, or why there is none.
struct ParseOutcome {
    Document document;             // only when ok()
    int unterminatedQuoteLine = 0; // the line an unclosed quoted field starts on
    bool empty = false;            // no header line

    bool ok() const { return unterminatedQuoteLine == 0 && !empty; }
};

// Parses `text` as csv::readText describes.
ParseOutcome parse(const QString& text, QChar delimiter = QChar());

} // namespace showroom::csv
