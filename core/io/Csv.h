#pragma once

#include "Error.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <vector>

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

// UTF-8 with or without a byte-order mark; text that is not valid UTF-8 is read as Windows-1252
// (what spreadsheet programs on Windows save).
QString decode(const QByteArray& bytes);

// Parses `bytes`: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF and
// CR line ends; blank lines are skipped. Without `delimiter` it is detected from the header.
// Fails on an empty file or an unterminated quote (naming the line).
Result<Document> read(const QByteArray& bytes, QChar delimiter = QChar());
// The same for text already decoded (see text::guess for files of unknown encoding).
Result<Document> readText(const QString& text, QChar delimiter = QChar());

// How header names are compared: lower case without spaces, underscores, dashes and dots
// ("Stock number", "stock_number" and "STOCK-NUMBER" all give "stocknumber").
QString headerKey(const QString& name);

} // namespace showroom::csv
