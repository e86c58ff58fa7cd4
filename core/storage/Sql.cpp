#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
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

namespace {

// Prepared statements by connection and text: preparing costs more than running most of ours.
// Per thread, as connections are. Never destroyed: a database that is itself a static (tests)
// forgets its statements while the program exits, after thread-local objects are gone.
using Statements = QHash<QString, std::shared_ptr<QSqlQuery>>;
constexpr qsizetype kMaxStatements = 400;

QHash<QString, Statements>& statementCache()
{
    thread_local auto* cache = new QHash<QString, Statements>;
    return *cache;
}

Result<std::shared_ptr<QSqlQuery>> prepared(QSqlDatabase& db, const QString& statement)
{
    Statements& statements = statementCache()[db.connectionName()];
    const auto cached = statements.constFind(statement);
    // Someone else holds it (a row callback running the same statement): a fresh one.
    if (cached != statements.constEnd() && cached->use_count() == 1 && !(*cached)->isActive())
        return *cached;
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(statement))
        return std::unexpected(toError(query->lastError()));
    if (cached == statements.constEnd() && statements.size() < kMaxStatements)
        statements.insert(statement, query);
    return query;
}

} // namespace

void forgetStatements(const QString& connectionName)
{
    statementCache().remove(connectionName);
}

Result<std::shared_ptr<QSqlQuery>> run(QSqlDatabase& db, const QString& statement,
                                       const QVariantList& binds)
{
    auto prepare = prepared(db, statement);
    if (!prepare)
        return std::unexpected(prepare.error());
    QSqlQuery& query = **prepare;
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds[i];
        // A null QString would bind as SQL NULL; only an explicitly null QVariant means NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return std::unexpected(toError(error));
    }
    return prepare;
}

Result<qint64> exec(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    const qint64 affected = (*query)->numRowsAffected();
    (*query)->finish();
    return affected;
}

Result<qint64> insert(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    const qint64 id = (*query)->lastInsertId().toLongLong();
    (*query)->finish();
    return id;
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    auto query = run(db, statement, binds);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if ((*query)->next())
        value = (*query)->value(0);
    const QSqlError error = (*query)->lastError();
    (*query)->finish();
    if (error.isValid())
        return std::unexpected(toError(error));
    return value;
}

} // namespace showroom::sql
