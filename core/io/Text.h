#pragma once

#include <QByteArray>
#include <QString>

// Text of unknown origin: what files and messages from outside turn out to be.
namespace showroom::text {

// UTF-8 with or without a byte-order mark; text that is not valid UTF-8 is read as Windows-1252
// (what programs on Windows save).
QString decode(const QByteArray& bytes);

} // namespace showroom::text
