#include "IntegerRows.h"

#include "NativeHandle.h"
#include "Sql.h"

#include <QSqlError>
#include <sqlite3.h>

namespace showroom::sql {

namespace {

// The driver's error, so that busy and damaged files read as everywhere else (sql::toError).
Error errorOf(sqlite3* db, int code)
{
    return toError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                             QSqlError::StatementError, QString::number(code)));
}

class Statement {
public:
    ~Statement() { sqlite3_finalize(m_statement); }
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace

qint64 IntegerRow::value(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool IntegerRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<void> selectIntegers(QSqlDatabase& db, const QString& statement, const QVariantList& binds,
                            const std::function<void(const IntegerRow&)>& row)
{
    sqlite3* handle = nativeHandle(db);
    if (!handle)
        return select(db, statement, binds, [](const QSqlQuery&) {}); // reports the driver error
    Statement s;
    const QByteArray text = statement.toUtf8();
    if (const int rc =
            sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &s.m_statement, nullptr);
        rc != SQLITE_OK)
        return std::unexpected(errorOf(handle, rc));
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds[i];
        int rc = SQLITE_OK;
        if (value.isNull())
            rc = sqlite3_bind_null(s.m_statement, i + 1);
        else if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(s.m_statement, i + 1, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        } else
            rc = sqlite3_bind_int64(s.m_statement, i + 1, value.toLongLong());
        if (rc != SQLITE_OK)
            return std::unexpected(errorOf(handle, rc));
    }
    const IntegerRow current(s.m_statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.m_statement)) == SQLITE_ROW)
        row(current);
    if (rc != SQLITE_DONE)
        return std::unexpected(errorOf(handle, rc));
    return {};
}

} // namespace showroom::sql
