#include "VersionedUpdate.h"

#include "Sql.h"

#include <QCoreApplication>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<int> versionedUpdate(QSqlDatabase& db, const QString& table, qint64 id, int expectedVersion,
                            const QString& assignments, QVariantList binds,
                            const std::function<QString()>& recordLabel)
{
    binds << id << expectedVersion;
    auto affected = sql::exec(db,
                              QStringLiteral("UPDATE %1 SET %2, version = version + 1 "
                                             "WHERE id = ? AND version = ?")
                                  .arg(table, assignments),
                              binds);
    if (!affected)
        return std::unexpected(affected.error());
    if (*affected == 1)
        return expectedVersion + 1;

    auto current =
        sql::scalar(db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table), {id});
    if (!current)
        return std::unexpected(current.error());
    if (!current->isValid())
        return fail(ErrorCode::NotFound, Tr::tr("%1 no longer exists.").arg(recordLabel()));
    return fail(ErrorCode::Conflict,
                Tr::tr("%1 was changed on another desk since you opened it. Your change was not "
                       "saved; reload to see the current state and apply it again.")
                    .arg(recordLabel()));
}

} // namespace showroom
