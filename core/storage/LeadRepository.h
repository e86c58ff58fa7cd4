#pragma once

#include "Error.h"
#include "domain/Lead.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace showroom {

class LeadRepository {
public:
    explicit LeadRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Lead& lead);
    Result<Lead> byId(qint64 id);
    Result<std::vector<Lead>> openForCustomer(qint64 customerId);

    // Version-checked; the label names the lead in a conflict message.
    Result<int> setStage(const Lead& lead, qint64 stageId, std::optional<qint64> consultantId,
                         const QDateTime& at, const QDateTime& closedAt,
                         const std::function<QString()>& label);
    // Written once by the first customer contact; not a user edit, so no version bump.
    Result<bool> recordFirstResponse(qint64 leadId, const QDateTime& at);

    Result<qint64> insertHistory(const StageChange& change);
    Result<std::vector<StageChange>> history(qint64 leadId);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
