#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace showroom::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}
} // namespace

bool isBusy(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool isCorrupt(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

Error toError(const QSqlError& error)
{
    if (isBusy(error))
        return {ErrorCode::Busy,
                Tr::tr("The database is busy: another desk is saving. Please try again.")};
    if (isCorrupt(error))
        return {ErrorCode::CorruptDatabase,
                Tr::tr("The database file is damaged (%1). Restore it from a backup.")
                    .arg(error.databaseText())};
    return {ErrorCode::StorageFailure,
            Tr::tr("The database reported an error: %1").arg(error.text())};
}

Result<QSqlQuery> run(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return std::unexpected(toError(query.lastError()));
    for (const QVariant& value : binds) {
        // A null QString would bind as SQL NULL; only an explicitly null QVariant means NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return std::unexpected(toError(error));
    }
    return query;
}

Result<qint64> exec(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    const qint64 affected = query->numRowsAffected();
    query->finish();
    return affected;
}

Result<qint64> insert(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    const qint64 id = query->lastInsertId().toLongLong();
    query->finish();
    return id;
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if (query->next())
        value = query->value(0);
    const QSqlError error = query->lastError();
    query->finish();
    if (error.isValid())
        return std::unexpected(toError(error));
    return value;
}

} // namespace showroom::sql
