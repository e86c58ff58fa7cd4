#pragma once

#include "Error.h"
#include "domain/Activity.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

class ActivityRepository {
public:
    explicit ActivityRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Activity& activity);
    // Newest first.
    Result<std::vector<Activity>> forCustomer(qint64 customerId, int limit = 200);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
