#include "Adf.h"

#include "io/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <limits>
#include <memory>

namespace showroom::adf {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Adf)
};

// A lenient tree of the XML: names and attribute names in lower case, text trimmed.
struct Node {
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    std::vector<std::unique_ptr<Node>> children;
    Node* parent = nullptr;
    bool closed = false; // its end tag was read
    qint64 end = 0;      // character offset just after the end tag

    QString attribute(const char* key) const { return attributes.value(QLatin1String(key)); }
    const Node* child(QLatin1String childName) const
    {
        for (const auto& c : children)
            if (c->name == childName)
                return c.get();
        return nullptr;
    }
    QString childText(const char* childName) const
    {
        const Node* c = child(QLatin1String(childName));
        return c ? c->text : QString();
    }
    template <typename Fn> void each(const char* childName, Fn&& fn) const
    {
        for (const auto& c : children)
            if (c->name == QLatin1String(childName))
                fn(*c);
    }
    // Every descendant named `descendantName`, depth first.
    template <typename Fn> void find(const char* descendantName, Fn&& fn) const
    {
        for (const auto& c : children) {
            if (c->name == QLatin1String(descendantName))
                fn(*c);
            else
                c->find(descendantName, fn);
        }
    }
};

struct Tree {
    Node root;
    QString error; // empty when the XML was well formed
};

template <typename Source> Tree readTree(const Source& source)
{
    Tree tree;
    QXmlStreamReader reader(source);
    Node* current = &tree.root;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            auto node = std::make_unique<Node>();
            node->name = reader.name().toString().toLower();
            for (const QXmlStreamAttribute& a : reader.attributes())
                node->attributes.insert(a.name().toString().toLower(),
                                        a.value().toString().trimmed());
            node->parent = current;
            current->children.push_back(std::move(node));
            current = current->children.back().get();
            break;
        }
        case QXmlStreamReader::Characters:
            current->text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            current->text = current->text.trimmed();
            current->closed = true;
            current->end = reader.characterOffset();
            if (current->parent)
                current = current->parent;
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        tree.error = reader.errorString();
    return tree;
}

QString joined(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    return kept.join(separator);
}

// "20000", "20,000.00", "20.000,00", "$ 19 990" -> cents.
std::optional<qint64> priceCents(QString text)
{
    static const QRegularExpression notAmount(QStringLiteral("[^0-9.,]"));
    text.remove(notAmount);
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype lastComma = text.lastIndexOf(u',');
    const qsizetype decimal = std::max(lastDot, lastComma);
    QString whole = text, fraction;
    // A separator followed by one or two digits is the decimal one; three digits group thousands.
    if (decimal >= 0 && text.size() - decimal - 1 <= 2) {
        whole = text.left(decimal);
        fraction = text.mid(decimal + 1);
    }
    whole.remove(u'.');
    whole.remove(u',');
    bool ok = false;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    // A price beyond what cents in 64 bits can hold is no price at all, not an overflow.
    constexpr qint64 largestUnits = (std::numeric_limits<qint64>::max() - 99) / 100;
    if (!whole.isEmpty() && (!ok || units > largestUnits))
        return std::nullopt;
    const qint64 cents = fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toLongLong();
    return units * 100 + cents;
}

void readDate(const QString& text, Prospect& p)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return;
    if (s.size() > 10 && s[10] == u' ')
        s[10] = u'T';
    QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(s, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(s.left(10), Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0));
    }
    if (!at.isValid()) {
        p.notes << Tr::tr("The request date \"%1\" could not be read.").arg(text.trimmed());
        return;
    }
    p.requestDateHasZone = at.timeSpec() != Qt::LocalTime;
    p.requestDate = at;
}

Contact contactOf(const Node& contact)
{
    Contact c;
    contact.each("name", [&](const Node& name) {
        const QString part = name.attribute("part").toLower();
        if (name.attribute("type").toLower() == QLatin1String("business"))
            c.company = name.text;
        else if (part == QLatin1String("first"))
            c.firstName = name.text;
        else if (part == QLatin1String("middle"))
            c.middleName = name.text;
        else if (part == QLatin1String("last"))
            c.lastName = name.text;
        else
            c.fullName = name.text;
    });
    contact.each("phone", [&](const Node& phone) {
        if (!phone.text.isEmpty())
            c.phones.push_back({phone.text, phone.attribute("type").toLower()});
    });
    contact.each("email", [&](const Node& email) {
        if (!email.text.isEmpty())
            c.emails << email.text;
    });
    if (const Node* address = contact.child(QLatin1String("address"))) {
        QStringList lines;
        address->each("street", [&](const Node& street) { lines << street.text; });
        lines << address->childText("apartment");
        c.street = joined(lines, QStringLiteral(", "));
        c.city = address->childText("city");
        c.region = address->childText("regioncode");
        c.postalCode = address->childText("postalcode");
        c.country = address->childText("country");
    }
    return c;
}

Vehicle vehicleOf(const Node& node)
{
    Vehicle v;
    v.interest = node.attribute("interest").toLower();
    v.status = node.attribute("status").toLower();
    v.year = node.childText("year").toInt();
    v.make = node.childText("make");
    v.model = node.childText("model");
    v.vin = node.childText("vin").toUpper();
    v.trim = node.childText("trim");
    if (const Node* colours = node.child(QLatin1String("colorcombination")))
        v.colour = colours->childText("exteriorcolor");
    if (const Node* price = node.child(QLatin1String("price"))) {
        v.priceCents = priceCents(price->text);
        v.currency = price->attribute("currency").toUpper();
    }
    v.comments = node.childText("comments");
    return v;
}

Prospect prospectOf(const Node& node)
{
    Prospect p;
    if (const Node* id = node.child(QLatin1String("id"))) {
        p.id = id->text;
        p.idSource = id->attribute("source");
    }
    readDate(node.childText("requestdate"), p);
    node.each("vehicle", [&](const Node& v) { p.vehicles.push_back(vehicleOf(v)); });
    if (const Node* customer = node.child(QLatin1String("customer"))) {
        // The primary contact when several are given, else the first.
        const Node* chosen = nullptr;
        customer->each("contact", [&](const Node& contact) {
            if (!chosen || contact.attribute("primarycontact") == QLatin1String("1"))
                chosen = &contact;
        });
        if (chosen)
            p.customer = contactOf(*chosen);
        if (const Node* timeframe = customer->child(QLatin1String("timeframe"))) {
            const QString range =
                joined({timeframe->childText("earliestdate"), timeframe->childText("latestdate")},
                       QStringLiteral(" – "));
            p.timeframe = joined({timeframe->childText("description"),
                                  range.isEmpty() ? QString() : u'(' + range + u')'},
                                 QStringLiteral(" "));
        }
        p.comments = customer->childText("comments");
    }
    if (const Node* vendor = node.child(QLatin1String("vendor"))) {
        p.vendorName = vendor->childText("vendorname");
        if (p.vendorName.isEmpty())
            p.notes << Tr::tr("The vendor has no name.");
    }
    if (const Node* provider = node.child(QLatin1String("provider"))) {
        provider->each("name", [&](const Node& name) {
            if (p.providerName.isEmpty())
                p.providerName = name.text;
        });
        if (p.providerName.isEmpty())
            p.providerName = provider->childText("service");
    }
    if (!p.customer.hasContactData())
        p.notes << Tr::tr("The prospect has no phone number or email.");
    return p;
}

} // namespace

std::optional<Prospect> fromText(const QString& text)
{
    Prospect p;
    p.needsReview = true;
    static const QRegularExpression email(
        QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    for (auto it = email.globalMatch(text); it.hasNext();)
        if (const QString found = it.next().captured(); !p.customer.emails.contains(found))
            p.customer.emails << found;
    static const QRegularExpression phone(QStringLiteral(R"((?<![\w.])\+?\d[\d ()./-]{5,}\d)"));
    for (auto it = phone.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured().trimmed();
        const qsizetype digits =
            std::count_if(found.begin(), found.end(), [](QChar c) { return c.isDigit(); });
        // Dates and times look like numbers too: a phone number has 7 to 15 digits and is not
        // an ISO date.
        static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2})"));
        if (digits >= 7 && digits <= 15 && !date.match(found).hasMatch())
            p.customer.phones.push_back({found, QString()});
    }
    static const QRegularExpression name(
        QStringLiteral(R"(<name[^>]*part\s*=\s*["'](first|last|full)["'][^>]*>([^<]+))"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString part = m.captured(1).toLower();
        QString& field = part == QLatin1String("first")  ? p.customer.firstName
                         : part == QLatin1String("last") ? p.customer.lastName
                                                         : p.customer.fullName;
        if (field.isEmpty())
            field = m.captured(2).trimmed();
    }
    // The sender's id, so that the same damaged message imported twice is still one lead.
    static const QRegularExpression id(
        QStringLiteral(R"(<id[^>]*source\s*=\s*["']([^"']*)["'][^>]*>([^<]+)</id>)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = id.match(text); m.hasMatch()) {
        p.idSource = m.captured(1).trimmed();
        p.id = m.captured(2).trimmed();
    }
    if (!p.customer.hasContactData())
        return std::nullopt;
    return p;
}

namespace {

// The part of the text that is ADF: from the XML declaration or <adf> to the last </adf>.
QString adfPart(const QString& text)
{
    qsizetype start = text.indexOf(QLatin1String("<?xml"), 0, Qt::CaseInsensitive);
    if (start < 0)
        start = text.indexOf(QLatin1String("<adf"), 0, Qt::CaseInsensitive);
    if (start < 0)
        return text;
    const qsizetype end = text.lastIndexOf(QLatin1String("</adf>"), -1, Qt::CaseInsensitive);
    return end > start ? text.mid(start, end + 6 - start) : text.mid(start);
}

} // namespace

QString Vehicle::label() const
{
    QString text = joined({year > 0 ? QString::number(year) : QString(), make, model, trim},
                          QStringLiteral(" "));
    if (!status.isEmpty())
        text = joined({text, u'(' + status + u')'}, QStringLiteral(" "));
    return text;
}

Document parse(const QByteArray& bytes)
{
    Document document;
    document.text = text::decode(bytes);
    const QString adf = adfPart(document.text);
    // Bytes keep a declared encoding (ISO-8859-1, windows-1252); text that is neither valid in
    // its declared encoding nor UTF-8 is read as decoded above.
    Tree tree = adf.size() == document.text.size() ? readTree(bytes) : readTree(adf);
    if (!tree.error.isEmpty() && adf.size() == document.text.size())
        tree = readTree(adf);

    qint64 readUpTo = 0;
    tree.root.find("prospect", [&](const Node& node) {
        if (!node.closed)
            return;
        document.prospects.push_back(prospectOf(node));
        readUpTo = std::max(readUpTo, node.end);
    });
    if (!tree.error.isEmpty()) {
        // Complete prospects before the damage stand; the rest is searched for contact data.
        if (auto recovered = fromText(adf.mid(readUpTo))) {
            recovered->notes << Tr::tr("The ADF is not valid XML (%1); the contact data was "
                                       "taken from the text.")
                                    .arg(tree.error);
            document.prospects.push_back(*recovered);
        } else if (document.prospects.empty()) {
            document.rejected =
                Tr::tr("The file is not valid ADF (%1) and holds no phone number or email.")
                    .arg(tree.error);
        }
    } else if (document.prospects.empty()) {
        document.rejected = Tr::tr("The file holds no ADF prospect.");
    }
    return document;
}

} // namespace showroom::adf
