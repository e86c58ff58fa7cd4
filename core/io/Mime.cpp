#include "Mime.h"

#include "io/Text.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <cctype>

namespace showroom::mime {

namespace {

struct Headers {
    std::vector<std::pair<QByteArray, QByteArray>> fields; // lower-case name, unfolded value

    QByteArray value(const char* name) const
    {
        for (const auto& [key, v] : fields)
            if (key == name)
                return v;
        return {};
    }
};

// Splits `raw` at the first empty line into headers and body; header lines that begin with
// white space continue the previous one.
std::pair<Headers, QByteArray> split(const QByteArray& raw)
{
    Headers headers;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = raw.size();
        QByteArray line = raw.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty())
            return {headers, raw.mid(std::min(pos, raw.size()))};
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.fields.empty()) {
            headers.fields.back().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            // Not a header: there are none, the whole text is the body.
            if (headers.fields.empty())
                return {headers, raw};
            continue;
        }
        headers.fields.emplace_back(line.left(colon).trimmed().toLower(),
                                    line.mid(colon + 1).trimmed());
    }
    return {headers, {}};
}

// "text/plain; charset=utf-8; name*=UTF-8''a%20b.xml" -> the value and its parameters.
std::pair<QString, QHash<QString, QString>> parameters(const QByteArray& field)
{
    QHash<QString, QString> params;
    const QList<QByteArray> pieces = field.split(';');
    const QString value = QString::fromLatin1(pieces.value(0).trimmed()).toLower();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces[i].trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        QString key = QString::fromLatin1(piece.left(eq).trimmed()).toLower();
        QByteArray v = piece.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        if (key.endsWith(u'*')) { // RFC 2231: charset'language'percent-encoded
            key.chop(1);
            const QList<QByteArray> encoded = v.split('\'');
            const QByteArray bytes = QByteArray::fromPercentEncoding(encoded.value(2, v));
            QStringDecoder decoder(encoded.size() == 3 ? encoded[0].constData() : "UTF-8");
            params.insert(key, decoder.isValid() ? QString(decoder(bytes)) : text::decode(bytes));
        } else {
            params.insert(key, decodeHeader(v));
        }
    }
    return {value, params};
}

QByteArray decodeQuotedPrintable(const QByteArray& in, bool header)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (header && c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < in.size() &&
                   std::isxdigit(static_cast<unsigned char>(in[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(in[i + 2]))) {
            out += char(QByteArray::fromHex(in.mid(i + 1, 2)).at(0));
            i += 2;
        } else if (c == '=' && (in.mid(i + 1, 2) == "\r\n" || in.mid(i + 1, 1) == "\n")) {
            i += in.mid(i + 1, 2) == "\r\n" ? 2 : 1; // soft line break
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray decodeBody(const QByteArray& body, const QByteArray& encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body);
    if (e == "quoted-printable")
        return decodeQuotedPrintable(body, false);
    return body;
}

QString decodeText(const QByteArray& bytes, const QString& charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            const QString text = decoder(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    return text::decode(bytes);
}

void collect(const QByteArray& raw, std::vector<Part>& parts, int depth)
{
    const auto [headers, body] = split(raw);
    const auto [type, params] = parameters(headers.value("content-type"));
    const QString boundary = params.value(QStringLiteral("boundary"));
    if (type.startsWith(QLatin1String("multipart/")) && !boundary.isEmpty() && depth < 20) {
        const QByteArray delimiter = "--" + boundary.toLatin1();
        qsizetype pos = body.indexOf(delimiter);
        while (pos >= 0) {
            qsizetype start = body.indexOf('\n', pos);
            if (start < 0 || body.mid(pos + delimiter.size(), 2) == "--")
                break;
            ++start;
            const qsizetype next = body.indexOf("\n" + delimiter, start);
            QByteArray content = body.mid(start, next < 0 ? -1 : next - start);
            if (content.endsWith('\r'))
                content.chop(1);
            collect(content, parts, depth + 1);
            pos = next < 0 ? -1 : next + 1;
        }
        return;
    }
    if (type == QLatin1String("message/rfc822") && depth < 20) {
        collect(decodeBody(body, headers.value("content-transfer-encoding")), parts, depth + 1);
        return;
    }
    Part part;
    part.contentType = type.isEmpty() ? QStringLiteral("text/plain") : type;
    part.charset = params.value(QStringLiteral("charset")).toLower();
    const auto [disposition, dispositionParams] = parameters(headers.value("content-disposition"));
    part.fileName =
        dispositionParams.value(QStringLiteral("filename"), params.value(QStringLiteral("name")));
    part.body = decodeBody(body, headers.value("content-transfer-encoding"));
    parts.push_back(part);
}

} // namespace

QString Part::text() const
{
    return decodeText(body, charset);
}

QString Message::bodyText() const
{
    for (const Part& p : parts)
        if (p.contentType == QLatin1String("text/plain") && p.fileName.isEmpty())
            return p.text();
    for (const Part& p : parts)
        if (p.contentType == QLatin1String("text/html") && p.fileName.isEmpty()) {
            QString text = p.text();
            text.replace(QRegularExpression(QStringLiteral("<(br|/p|/div)[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption),
                         QStringLiteral("\n"));
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            return text.trimmed();
        }
    return {};
}

QString decodeHeader(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([bBqQ])\?([^?]*)\?=)"));
    const QString text = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        // White space between two encoded words is not part of the text.
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).toLower() == QLatin1String("b")
                                     ? QByteArray::fromBase64(payload)
                                     : decodeQuotedPrintable(payload, true);
        out += decodeText(bytes, m.captured(1).section(u'*', 0, 0));
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += text.mid(last);
    return out.trimmed();
}

Message parse(const QByteArray& raw)
{
    Message message;
    const auto [headers, body] = split(raw);
    Q_UNUSED(body);
    message.from = decodeHeader(headers.value("from"));
    message.subject = decodeHeader(headers.value("subject"));
    message.messageId = QString::fromLatin1(headers.value("message-id")).trimmed();
    message.messageId.remove(u'<').remove(u'>');
    message.date = QDateTime::fromString(QString::fromLatin1(headers.value("date")).trimmed(),
                                         Qt::RFC2822Date);
    static const QRegularExpression address(QStringLiteral(R"(<?([^<>\s"]+@[^<>\s"]+)>?)"));
    if (const auto m = address.match(message.from); m.hasMatch()) {
        message.fromAddress = m.captured(1);
        QString name = message.from;
        name.remove(m.capturedStart(), m.capturedLength());
        name.remove(u'"');
        message.fromName = name.trimmed();
    }
    collect(raw, message.parts, 0);
    return message;
}

} // namespace showroom::mime
