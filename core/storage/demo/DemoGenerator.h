#pragma once

#include "Error.h"

#include <QDateTime>
#include <functional>

namespace showroom {

class Database;

inline constexpr char kDemoPassword[] = "showroom"; // all demo users share it

struct DemoOptions {
    qint64 customers = 2000;
    quint64 seed = 1;
    QDateTime now; // invalid = current UTC time
};

struct DemoSummary {
    qint64 users = 0, customers = 0, leads = 0, activities = 0, visits = 0, vehicles = 0, deals = 0;
};

// Fills an empty Showroom database (schema already created by Database::create) with a realistic
// dealership history over the 24 months before options.now. Refuses (ErrorCode::InvalidInput,
// translated message via tr) a database that already has users or customers.
Result<DemoSummary> generateDemoData(Database& db, const DemoOptions& options,
                                     const std::function<void(const QString&)>& progress = {});

} // namespace showroom
