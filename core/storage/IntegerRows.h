#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <functional>

struct sqlite3_stmt;

// Rows of integers straight from SQLite, for the few statements that read hundreds of thousands
// of rows (the report's stage-history walk): QSqlQuery's QVariant per value costs ten times more.
// Binds are integers or strings; the statement runs on the connection's open transaction.
namespace showroom::sql {

class IntegerRow {
public:
    explicit IntegerRow(sqlite3_stmt* statement) : m_statement(statement) {}
    qint64 value(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_statement;
};

Result<void> selectIntegers(QSqlDatabase& db, const QString& statement, const QVariantList& binds,
                            const std::function<void(const IntegerRow&)>& row);

} // namespace showroom::sql
