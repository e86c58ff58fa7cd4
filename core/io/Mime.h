#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

// Internet mail (RFC 5322 with MIME) as .eml files and IMAP deliver it: headers (folded, with
// encoded words), multipart bodies, base64 and quoted-printable, any charset. Lenient: a part
// that cannot be decoded is kept as it came.
namespace showroom::mime {

struct Part {
    QString contentType; // lower case: "text/plain", "application/xml", ...
    QString charset;     // lower case; empty when not given
    QString fileName;    // of an attachment, decoded
    QByteArray body;     // transfer encoding removed

    QString text() const; // body in its charset (UTF-8 or Windows-1252 when none is given)
    bool isText() const { return contentType.startsWith(QLatin1String("text/")); }
};

struct Message {
    QString from;        // display name and address as written, decoded
    QString fromName;    // "Anna Schmidt"
    QString fromAddress; // "anna@example.org"
    QString subject;
    QString messageId; // without the angle brackets
    QDateTime date;
    std::vector<Part> parts; // the leaves of the MIME tree, in order

    // The first text/plain part, else the first text/html part with its tags removed.
    QString bodyText() const;
};

Message parse(const QByteArray& raw);

// "=?UTF-8?B?...?=" and "=?iso-8859-1?Q?...?=" words of a header decoded (RFC 2047).
QString decodeHeader(const QByteArray& value);

} // namespace showroom::mime
