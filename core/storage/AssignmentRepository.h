#pragma once

#include "Error.h"
#include "rules/Assignment.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

// Who may take leads automatically now (active, on duty, not busy consultants) with their turn
// and credit, and the bookkeeping after a pick.
class AssignmentRepository {
public:
    explicit AssignmentRepository(QSqlDatabase& db) : m_db(db) {}

    Result<std::vector<AssignmentCandidate>> eligibleConsultants();
    Result<void> recordTurn(qint64 userId);
    Result<void> saveCredits(const std::vector<std::pair<qint64, qint64>>& credits);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
