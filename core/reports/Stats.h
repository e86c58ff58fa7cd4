#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <optional>
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

// A customer with a delivered deal and the longest history (ties: the lowest id), to show a full
// customer card in screenshots and demos. Empty when no deal was delivered yet.
Result<std::optional<qint64>> showcaseCustomer(QSqlDatabase& db);

} // namespace showroom
