#pragma once

#include "Error.h"
#include "domain/Lead.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace showroom {

struct LostDecision {
    std::optional<qint64> reasonId;
    QString note;
    LostStatus status = LostStatus::None;
    std::optional<qint64> requestedBy;
    QDateTime requestedAt;
    std::optional<qint64> decidedBy;
    QDateTime decidedAt;
    QString returnNote;
};

class LeadRepository {
public:
    explicit LeadRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Lead& lead);
    Result<Lead> byId(qint64 id);
    // The lead's customer; NotFound, as byId() says it, when there is no lead `id`.
    Result<qint64> customerOf(qint64 id);
    Result<std::vector<Lead>> openForCustomer(qint64 customerId);

    // Version-checked; the label names the lead in a conflict message.
    Result<int> setStage(const Lead& lead, qint64 stageId, std::optional<qint64> consultantId,
                         const QDateTime& at, const QDateTime& closedAt,
                         const std::function<QString()>& label);
    // Written once by the first customer contact; not a user edit, so no version bump.
    Result<bool> recordFirstResponse(qint64 leadId, const QDateTime& at,
                                     std::optional<int> businessMinutes);

    // The lost request and its decision, version-checked (the stage moves via setStage).
    Result<int> setLost(const Lead& lead, const LostDecision& decision,
                        const std::function<QString()>& label);
    // Forgets a pending request (the lead moved on) or a closed one (reopened); no version bump.
    Result<void> clearLost(qint64 leadId);

    Result<qint64> insertHistory(const StageChange& change);
    Result<std::vector<StageChange>> history(qint64 leadId);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
