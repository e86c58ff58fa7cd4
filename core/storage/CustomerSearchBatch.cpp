#include "CustomerSearchBatch.h"

#include "Sql.h"

namespace showroom {

namespace {
const QString kTrigger = QStringLiteral("customers_search_insert");
} // namespace

const char* const kIndexCustomersStatement =
    "INSERT INTO customer_search (rowid, name, company, phone_digits, email, vins) "
    "SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.company_name, "
    "replace(coalesce(c.phone_e164, ''), '+', '') || ' ' || c.phone, c.email, "
    "coalesce((SELECT group_concat(vin, ' ') FROM vehicles WHERE owner_customer_id = c.id), '') "
    "FROM customers c";

Result<CustomerSearchBatch> CustomerSearchBatch::begin(QSqlDatabase& db)
{
    auto trigger = sql::scalar(
        db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"),
        {kTrigger});
    if (!trigger)
        return std::unexpected(trigger.error());
    auto lastId = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"));
    if (!lastId)
        return std::unexpected(lastId.error());
    if (!trigger->isNull()) {
        if (auto dropped = sql::exec(db, QStringLiteral("DROP TRIGGER %1").arg(kTrigger)); !dropped)
            return std::unexpected(dropped.error());
    }
    return CustomerSearchBatch(db, trigger->toString(), lastId->toLongLong());
}

Result<void> CustomerSearchBatch::finish()
{
    if (m_trigger.isEmpty())
        return {};
    auto indexed = sql::exec(*m_db,
                             QLatin1String(kIndexCustomersStatement) +
                                 QStringLiteral(" WHERE c.id > ? ORDER BY c.id"),
                             {m_lastId});
    if (!indexed)
        return std::unexpected(indexed.error());
    if (auto restored = sql::exec(*m_db, m_trigger); !restored)
        return std::unexpected(restored.error());
    m_trigger.clear();
    return {};
}

} // namespace showroom
