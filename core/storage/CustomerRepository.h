#pragma once

#include "Error.h"
#include "domain/ConsentEvent.h"
#include "domain/Customer.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace showroom {

// Where the previous page ended; pages never keep a query open between calls.
struct CustomerCursor {
    QString sortKey;
    qint64 id = 0;
};

class CustomerRepository {
public:
    explicit CustomerRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Customer& customer);
    Result<int> update(const Customer& customer); // checks customer.version; returns the new one
    Result<Customer> byId(qint64 id);
    // NotFound, as byId() says it, when there is no customer `id`; cheaper than reading it.
    Result<void> checkExists(qint64 id);
    // Records who gave or withdrew a marketing consent (consent_events).
    Result<qint64> insertConsentEvent(const ConsentEvent& event);
    Result<std::vector<CustomerRow>> byPhone(const QString& e164, int limit = 20);
    Result<std::vector<CustomerRow>> byEmail(const QString& email, int limit = 20);
    // The id of byPhone()'s / byEmail()'s first customer, without reading the rows.
    Result<std::optional<qint64>> firstByPhone(const QString& e164);
    Result<std::optional<qint64>> firstByEmail(const QString& email);
    // Customers shown under exactly this name (case-insensitive): a weak duplicate hint.
    Result<std::vector<CustomerRow>> byDisplayName(const QString& displayName, int limit = 20);

    // One page of the customer list. Empty `text`: everyone, by name. Otherwise search-as-you-type:
    // one or two letters match the start of the name; longer text matches any part of the name,
    // company, email or VIN, and digits match any part of the phone number.
    Result<std::vector<CustomerRow>> page(const QString& text,
                                          const std::optional<CustomerCursor>& after, int limit);

private:
    Result<std::vector<CustomerRow>> rows(const QString& statement, const QVariantList& binds);
    Result<std::optional<qint64>> firstId(const QString& statement, const QVariantList& binds);

    QSqlDatabase& m_db;
};

// The FTS5 query for search text, or empty when the text is too short for trigrams.
QString customerSearchMatch(const QString& text);

} // namespace showroom
