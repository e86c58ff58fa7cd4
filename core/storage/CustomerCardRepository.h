#pragma once

#include "Error.h"
#include "domain/CustomerCard.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

// The card's read-only queries that span several tables.
class CustomerCardRepository {
public:
    explicit CustomerCardRepository(QSqlDatabase& db) : m_db(db) {}

    // Every lead of the customer with stage, consultant and source names; newest first.
    Result<std::vector<LeadSummary>> leads(qint64 customerId);
    // True when the customer has a won lead or a deal that was not cancelled.
    Result<bool> boughtBefore(qint64 customerId);
    // The display name of a user, empty when there is no such user.
    Result<QString> userName(qint64 userId);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
