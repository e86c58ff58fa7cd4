#include "CustomerRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kRowColumns =
    QStringLiteral("c.id, c.display_name, c.sort_key, c.company_name, c.phone, c.email, c.city");

const QString kColumns = QStringLiteral(
    "id, kind, first_name, last_name, company_name, phone, phone_e164, email, street, "
    "postal_code, city, language, tier, owner_id, consent_email, consent_email_at, consent_sms, "
    "consent_sms_at, consent_phone, consent_phone_at, notes, created_at, updated_at, version, "
    "merged_into_id");

QVariantList customerValues(const Customer& c)
{
    return {customerKindKey(c.kind),
            c.firstName,
            c.lastName,
            c.companyName,
            c.displayName(),
            c.sortKey(),
            c.phone,
            values::textOrNull(c.phoneE164),
            c.email,
            c.street,
            c.postalCode,
            c.city,
            c.language,
            tierKey(c.tier),
            values::optionalId(c.ownerId),
            c.consentEmail.granted,
            values::epoch(c.consentEmail.changedAt),
            c.consentSms.granted,
            values::epoch(c.consentSms.changedAt),
            c.consentPhone.granted,
            values::epoch(c.consentPhone.changedAt),
            c.notes,
            values::epoch(c.updatedAt)};
}

const QString kAssignedColumns = QStringLiteral(
    "kind = ?, first_name = ?, last_name = ?, company_name = ?, display_name = ?, sort_key = ?, "
    "phone = ?, phone_e164 = ?, email = ?, street = ?, postal_code = ?, city = ?, language = ?, "
    "tier = ?, owner_id = ?, consent_email = ?, consent_email_at = ?, consent_sms = ?, "
    "consent_sms_at = ?, consent_phone = ?, consent_phone_at = ?, notes = ?, updated_at = ?");

Customer readCustomer(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.kind = customerKindFromKey(q.value(1).toString()).value_or(CustomerKind::Person);
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.companyName = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.phoneE164 = q.value(6).toString();
    c.email = q.value(7).toString();
    c.street = q.value(8).toString();
    c.postalCode = q.value(9).toString();
    c.city = q.value(10).toString();
    c.language = q.value(11).toString();
    c.tier = tierFromKey(q.value(12).toString()).value_or(Tier::General);
    c.ownerId = values::optionalId(q.value(13));
    c.consentEmail = {q.value(14).toBool(), values::dateTime(q.value(15))};
    c.consentSms = {q.value(16).toBool(), values::dateTime(q.value(17))};
    c.consentPhone = {q.value(18).toBool(), values::dateTime(q.value(19))};
    c.notes = q.value(20).toString();
    c.createdAt = values::dateTime(q.value(21));
    c.updatedAt = values::dateTime(q.value(22));
    c.version = q.value(23).toInt();
    c.mergedIntoId = values::optionalId(q.value(24));
    return c;
}

bool looksLikePhone(const QString& text)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 ()/.-]+$"));
    return phoneLike.match(text).hasMatch();
}

QString quotedTerm(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QString customerSearchMatch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (looksLikePhone(trimmed)) {
        QString digits;
        for (const QChar ch : trimmed)
            if (ch.isDigit())
                digits += ch;
        // "0151..." (national) and "0049..." (international) both match the stored E.164
        // digits "49151...".
        if (trimmed.startsWith(QStringLiteral("00")))
            digits = digits.mid(2);
        else if (digits.startsWith(QLatin1Char('0')))
            digits = digits.mid(1);
        if (digits.size() < 3)
            return {};
        const QString phone = QStringLiteral("phone_digits : ") + quotedTerm(digits);
        // Plain digits may also be the serial number at the end of a VIN.
        const bool plainDigits =
            std::all_of(trimmed.begin(), trimmed.end(), [](QChar ch) { return ch.isDigit(); });
        if (plainDigits && trimmed.size() >= 3)
            return phone + QStringLiteral(" OR vins : ") + quotedTerm(trimmed);
        return phone;
    }
    QStringList terms;
    for (const QString& word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.size() >= 3)
            terms << quotedTerm(word);
    return terms.join(QLatin1Char(' '));
}

Result<qint64> CustomerRepository::insert(const Customer& customer)
{
    QVariantList binds = customerValues(customer);
    binds << values::epoch(customer.createdAt);
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO customers (kind, first_name, last_name, "
                                      "company_name, display_name, sort_key, phone, phone_e164, "
                                      "email, street, postal_code, city, language, tier, owner_id, "
                                      "consent_email, consent_email_at, consent_sms, "
                                      "consent_sms_at, consent_phone, consent_phone_at, notes, "
                                      "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       binds);
}

Result<int> CustomerRepository::update(const Customer& customer)
{
    return versionedUpdate(m_db, QStringLiteral("customers"), customer.id, customer.version,
                           kAssignedColumns, customerValues(customer),
                           [&] { return Tr::tr("Customer “%1”").arg(customer.displayName()); });
}

Result<Customer> CustomerRepository::byId(qint64 id)
{
    std::optional<Customer> found;
    auto ok =
        sql::select(m_db, QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(kColumns),
                    {id}, [&](const QSqlQuery& q) { found = readCustomer(q); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no customer #%1.").arg(id));
    return *found;
}

Result<void> CustomerRepository::checkExists(qint64 id)
{
    auto found = sql::scalar(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (!found->isValid())
        return fail(ErrorCode::NotFound, Tr::tr("There is no customer #%1.").arg(id));
    return {};
}

Result<qint64> CustomerRepository::insertConsentEvent(const ConsentEvent& event)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO consent_events (customer_id, channel, granted, "
                                      "at, user_id) VALUES (?, ?, ?, ?, ?)"),
                       {event.customerId, consentChannelKey(event.channel), event.granted,
                        values::epoch(event.at), values::optionalId(event.userId)});
}

Result<std::vector<CustomerRow>> CustomerRepository::rows(const QString& statement,
                                                          const QVariantList& binds)
{
    std::vector<CustomerRow> result;
    auto ok = sql::select(m_db, statement, binds, [&](const QSqlQuery& q) {
        result.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString()});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<CustomerRow>> CustomerRepository::byPhone(const QString& e164, int limit)
{
    return rows(QStringLiteral("SELECT %1 FROM customers c WHERE c.phone_e164 = ? "
                               "AND c.merged_into_id IS NULL ORDER BY c.id LIMIT ?")
                    .arg(kRowColumns),
                {e164, limit});
}

Result<std::vector<CustomerRow>> CustomerRepository::byEmail(const QString& email, int limit)
{
    return rows(QStringLiteral("SELECT %1 FROM customers c WHERE lower(c.email) = lower(?) "
                               "AND c.email <> '' AND c.merged_into_id IS NULL "
                               "ORDER BY c.id LIMIT ?")
                    .arg(kRowColumns),
                {email.trimmed(), limit});
}

Result<std::optional<qint64>> CustomerRepository::firstByPhone(const QString& e164)
{
    return firstId(QStringLiteral("SELECT c.id FROM customers c WHERE c.phone_e164 = ? "
                                  "AND c.merged_into_id IS NULL ORDER BY c.id LIMIT 1"),
                   {e164});
}

Result<std::optional<qint64>> CustomerRepository::firstByEmail(const QString& email)
{
    return firstId(QStringLiteral("SELECT c.id FROM customers c WHERE lower(c.email) = lower(?) "
                                  "AND c.email <> '' AND c.merged_into_id IS NULL "
                                  "ORDER BY c.id LIMIT 1"),
                   {email.trimmed()});
}

Result<std::optional<qint64>> CustomerRepository::firstId(const QString& statement,
                                                          const QVariantList& binds)
{
    auto id = sql::scalar(m_db, statement, binds);
    if (!id)
        return std::unexpected(id.error());
    return id->isValid() ? std::optional(id->toLongLong()) : std::nullopt;
}

Result<std::vector<CustomerRow>> CustomerRepository::byDisplayName(const QString& displayName,
                                                                   int limit)
{
    return rows(QStringLiteral("SELECT %1 FROM customers c WHERE c.sort_key = ? "
                               "AND c.merged_into_id IS NULL ORDER BY c.id LIMIT ?")
                    .arg(kRowColumns),
                {displayName.trimmed().toLower(), limit});
}

Result<std::vector<CustomerRow>>
CustomerRepository::page(const QString& text, const std::optional<CustomerCursor>& after, int limit)
{
    const QString trimmed = text.trimmed();
    const QString match = trimmed.isEmpty() ? QString() : customerSearchMatch(trimmed);
    if (!match.isEmpty()) {
        // Search results come in id order so that the next page is a cheap rowid range.
        return rows(QStringLiteral("SELECT %1 FROM customer_search s JOIN customers c "
                                   "ON c.id = s.rowid WHERE customer_search MATCH ? "
                                   "AND s.rowid > ? AND c.merged_into_id IS NULL "
                                   "ORDER BY s.rowid LIMIT ?")
                        .arg(kRowColumns),
                    {match, after ? after->id : 0, limit});
    }

    const QString prefix = trimmed.toLower();
    const QString from = after ? after->sortKey : prefix;
    const qint64 fromId = after ? after->id : 0;
    // U+FFFF sorts after every character a name can hold: [prefix, prefix + U+FFFF) is the range.
    const QString upTo = prefix.isEmpty() ? QString(QChar(0xFFFF)) : prefix + QChar(0xFFFF);
    return rows(QStringLiteral("SELECT %1 FROM customers c WHERE (c.sort_key, c.id) > (?, ?) "
                               "AND c.sort_key < ? AND c.merged_into_id IS NULL "
                               "ORDER BY c.sort_key, c.id LIMIT ?")
                    .arg(kRowColumns),
                {from, fromId, upTo, limit});
}

} // namespace showroom
