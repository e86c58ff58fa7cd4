#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QString>

namespace showroom {

// The customers one import adds, indexed for search together at its end instead of one by one.
// Inside a transaction SQLite's full-text index writes each insert out as a segment of its own
// (every statement's savepoint flushes it), which cost most of importing new customers. As the
// demo generator does, the search trigger for new customers is taken out for the transaction and
// put back before it commits, so that no one else ever sees it missing.
class CustomerSearchBatch {
public:
    // Inside a write transaction: customers added from now on are indexed by finish().
    static Result<CustomerSearchBatch> begin(QSqlDatabase& db);
    // Indexes the customers added since begin() and puts the trigger back. Must run before the
    // transaction commits (a rollback puts the trigger back by itself).
    Result<void> finish();

private:
    CustomerSearchBatch(QSqlDatabase& db, QString trigger, qint64 lastId)
        : m_db(&db), m_trigger(std::move(trigger)), m_lastId(lastId)
    {
    }

    QSqlDatabase* m_db;
    QString m_trigger; // the CREATE TRIGGER taken out; empty: there was none to take
    qint64 m_lastId;   // the customers after it are the batch's
};

// Writes the search rows of the customers `c` that the appended clause picks (" WHERE ...",
// " ORDER BY c.id"), as the search triggers (schema 1) keep them: name, company, phone digits,
// email and the VINs of their cars. For filling the index in bulk with those triggers out.
extern const char* const kIndexCustomersStatement;

} // namespace showroom
