#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <utility>
#include <vector>

namespace showroom {

struct DatabaseStats {
    std::vector<std::pair<QString, qint64>> rowsPerTable;
    std::vector<std::pair<QString, qint64>> leadsPerStage; // stage key, in stage order
};

Result<DatabaseStats> databaseStats(QSqlDatabase& db);

} // namespace showroom
