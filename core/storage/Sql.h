#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

// Thin helpers over QSqlQuery. Every helper runs its statement to completion and finishes it at
// once: in shared mode an unfinished read keeps a SHARED lock that blocks every other desk's
// writes.
namespace showroom::sql {

bool isBusy(const QSqlError& error);
bool isCorrupt(const QSqlError& error);
Error toError(const QSqlError& error);

// Runs a statement, prepared once per connection and text and reused while no one else is
// running it (a nested use of the same text gets a statement of its own).
Result<std::shared_ptr<QSqlQuery>> run(QSqlDatabase& db, const QString& statement,
                                       const QVariantList& binds = {});

// Drops the connection's prepared statements; before the connection is closed.
void forgetStatements(const QString& connectionName);

// Executes a write; returns the number of rows affected.
Result<qint64> exec(QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});

// Executes an INSERT; returns the new row id.
Result<qint64> insert(QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});

// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});

// Calls `row(query)` for each result row, then finishes the query.
template <typename RowFn>
Result<void> select(QSqlDatabase& db, const QString& statement, const QVariantList& binds,
                    RowFn&& row)
{
    auto prepared = run(db, statement, binds);
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& query = **prepared;
    while (query.next())
        row(query);
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return std::unexpected(toError(error));
    return {};
}

} // namespace showroom::sql
