#pragma once

#include <QByteArray>
#include <QString>

// Text of unknown origin: what files and messages from outside turn out to be.
namespace showroom::text {

// UTF-8 with or without a byte-order mark; text that is not valid UTF-8 is read as Windows-1252
// (what programs on Windows save).
QString decode(const QByteArray& bytes);

struct Guess {
    QString text;
    QString encoding; // "UTF-8", "windows-1252", "windows-1251" or "GB18030"
};

// For files from spreadsheets and portals in any of the dealership's languages: UTF-8 (with or
// without a byte-order mark) when the bytes are valid UTF-8; otherwise whichever of
// Windows-1252, Windows-1251 and GB18030 reads as words of one alphabet rather than as a mix of
// letters from different scripts and stray symbols.
Guess guess(const QByteArray& bytes);

} // namespace showroom::text
