#include "NativeHandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <cstring>

namespace showroom {

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace showroom
