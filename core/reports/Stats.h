#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <utility>
#include <vector>

namespace showroom {

struct StageCount {
    QString key;
    QString name; // as stored; the UI translates known keys
    qint64 leads = 0;
};

struct DatabaseStats {
    std::vector<std::pair<QString, qint64>> rowsPerTable;
    std::vector<StageCount> leadsPerStage; // in stage order
};

// Leads in each stage, in stage order. Cheap: one index range per stage.
Result<std::vector<StageCount>> leadsPerStage(QSqlDatabase& db);

// Counts every table as well: a full scan of each, for the CLI, not for screens.
Result<DatabaseStats> databaseStats(QSqlDatabase& db);

} // namespace showroom
