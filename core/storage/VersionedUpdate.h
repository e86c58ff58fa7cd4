#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QVariant>
#include <functional>

namespace showroom {

// UPDATE `table` SET <assignments>, version = version + 1 WHERE id = ? AND version = ?.
// When no row matched: NotFound if the row is gone, otherwise a Conflict naming the record
// (a colleague saved first); `recordLabel` is only called then. Returns the new version.
Result<int> versionedUpdate(QSqlDatabase& db, const QString& table, qint64 id, int expectedVersion,
                            const QString& assignments, QVariantList binds,
                            const std::function<QString()>& recordLabel);

} // namespace showroom
