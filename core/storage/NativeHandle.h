#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace showroom {

// The sqlite3 handle under a QSQLITE connection (Qt's driver links the same system libsqlite3).
sqlite3* nativeHandle(const QSqlDatabase& db);

} // namespace showroom
