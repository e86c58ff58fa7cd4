#include "VCard.h"

#include "io/Text.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace showroom::vcard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(VCard)
};

struct Property {
    QString name;                       // upper case, group removed: "TEL", "EMAIL", ...
    QHash<QString, QStringList> params; // upper-case names; TYPE values lower case
    QString value;
};

// Physical lines joined: a line that starts with a space or tab continues the previous one
// (3.0, 4.0); a quoted-printable value ending in "=" continues on the next line (2.1).
QStringList unfold(const QString& text)
{
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!lines.isEmpty() && (line.startsWith(u' ') || line.startsWith(u'\t'))) {
            lines.last() += line.mid(1);
        } else if (!lines.isEmpty() && lines.last().endsWith(u'=') &&
                   lines.last().contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive)) {
            lines.last().chop(1);
            lines.last() += line;
        } else {
            lines << line;
        }
    }
    return lines;
}

QString unescape(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

// Splits at `separator` where it is not escaped with a backslash.
QStringList splitUnescaped(const QString& value, QChar separator)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            parts.last() += value[i];
            parts.last() += value[++i];
        } else if (value[i] == separator) {
            parts << QString();
        } else {
            parts.last() += value[i];
        }
    }
    return parts;
}

QString decodeValue(const Property& p, const QString& raw)
{
    const QString encoding = p.params.value(QStringLiteral("ENCODING")).value(0).toUpper();
    QByteArray bytes;
    if (encoding == QLatin1String("QUOTED-PRINTABLE")) {
        const QByteArray in = raw.toLatin1();
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (in[i] == '=' && i + 2 < in.size()) {
                bool ok = false;
                const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    bytes += char(byte);
                    i += 2;
                    continue;
                }
            }
            bytes += in[i];
        }
    } else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        bytes = QByteArray::fromBase64(raw.toLatin1());
    } else {
        return raw;
    }
    const QString charset = p.params.value(QStringLiteral("CHARSET")).value(0);
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid())
            return decoder(bytes);
    }
    return text::decode(bytes);
}

std::optional<Property> propertyOf(const QString& line)
{
    // The value starts after the first colon outside quotes.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    Property p;
    const QStringList head = line.left(colon).split(u';');
    p.name = head[0].section(u'.', -1).trimmed().toUpper();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const qsizetype eq = head[i].indexOf(u'=');
        // vCard 2.1 writes bare types: "TEL;CELL;VOICE:...".
        const QString key = eq < 0 ? QStringLiteral("TYPE") : head[i].left(eq).trimmed().toUpper();
        QString value = eq < 0 ? head[i] : head[i].mid(eq + 1);
        value.remove(u'"');
        if (eq < 0 && (value.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0 ||
                       value.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) == 0)) {
            p.params[QStringLiteral("ENCODING")] << value.toUpper();
            continue;
        }
        for (const QString& v : value.split(u','))
            p.params[key] << (key == QLatin1String("TYPE") ? v.trimmed().toLower() : v.trimmed());
    }
    p.value = decodeValue(p, line.mid(colon + 1));
    return p;
}

QString phoneType(const Property& p)
{
    const QStringList types = p.params.value(QStringLiteral("TYPE"));
    for (const char* preferred : {"cell", "work", "home", "fax", "voice"})
        if (types.contains(QLatin1String(preferred)))
            return QString::fromLatin1(preferred);
    return types.value(0);
}

void apply(const Property& p, adf::Prospect& card)
{
    adf::Contact& c = card.customer;
    if (p.name == QLatin1String("N")) {
        const QStringList parts = splitUnescaped(p.value, u';');
        c.lastName = unescape(parts.value(0)).trimmed();
        c.firstName = unescape(parts.value(1)).trimmed();
        c.middleName = unescape(parts.value(2)).trimmed();
    } else if (p.name == QLatin1String("FN")) {
        c.fullName = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("ORG")) {
        c.company = unescape(splitUnescaped(p.value, u';').value(0)).trimmed();
    } else if (p.name == QLatin1String("TEL")) {
        QString number = unescape(p.value).trimmed();
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            number = number.mid(4);
        if (!number.isEmpty())
            c.phones.push_back({number, phoneType(p)});
    } else if (p.name == QLatin1String("EMAIL")) {
        const QString email = unescape(p.value).trimmed();
        if (!email.isEmpty())
            c.emails << email;
    } else if (p.name == QLatin1String("ADR") && c.street.isEmpty() && c.city.isEmpty()) {
        // PO box; extended; street; locality; region; postal code; country
        const QStringList parts = splitUnescaped(p.value, u';');
        QStringList street;
        for (int i : {2, 1, 0})
            if (const QString s = unescape(parts.value(i)).trimmed(); !s.isEmpty())
                street << s;
        c.street = street.join(QStringLiteral(", "));
        c.city = unescape(parts.value(3)).trimmed();
        c.region = unescape(parts.value(4)).trimmed();
        c.postalCode = unescape(parts.value(5)).trimmed();
        c.country = unescape(parts.value(6)).trimmed();
    } else if (p.name == QLatin1String("NOTE")) {
        card.comments = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("UID")) {
        card.id = unescape(p.value).trimmed();
        card.idSource = QStringLiteral("vcard");
    }
}

} // namespace

Document parse(const QByteArray& bytes)
{
    Document document;
    std::optional<adf::Prospect> card;
    int cards = 0;
    for (const QString& line : unfold(text::decode(bytes))) {
        if (line.trimmed().compare(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive) == 0) {
            card.emplace();
            ++cards;
            continue;
        }
        if (line.trimmed().compare(QLatin1String("END:VCARD"), Qt::CaseInsensitive) == 0) {
            if (card) {
                if (!card->customer.hasContactData())
                    card->notes << Tr::tr("The card has no phone number or email.");
                document.cards.push_back(*card);
            }
            card.reset();
            continue;
        }
        if (!card)
            continue;
        if (const auto property = propertyOf(line))
            apply(*property, *card);
    }
    if (card) { // a last card without END:VCARD still counts
        card->notes << Tr::tr("The file ends inside a card.");
        document.cards.push_back(*card);
    }
    if (cards == 0)
        document.rejected = Tr::tr("The file holds no vCard (BEGIN:VCARD).");
    return document;
}

} // namespace showroom::vcard
