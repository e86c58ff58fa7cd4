#pragma once

#include "Error.h"
#include "io/CsvParser.h"

#include <QByteArray>
#include <QChar>
#include <QString>

namespace showroom::csv {

// UTF-8 with or without a byte-order mark; text that is not valid UTF-8 is read as Windows-1252
// (what spreadsheet programs on Windows save).
QString decode(const QByteArray& bytes);

// Parses `bytes`: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF and
// CR line ends; blank lines are skipped. Without `delimiter` it is detected from the header.
// Fails on an empty file or an unterminated quote (naming the line).
Result<Document> read(const QByteArray& bytes, QChar delimiter = QChar());
// The same for text already decoded (see text::guess for files of unknown encoding).
Result<Document> readText(const QString& text, QChar delimiter = QChar());

} // namespace showroom::csv
