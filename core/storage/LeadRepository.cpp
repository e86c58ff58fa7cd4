#include "LeadRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.customer_id, l.stage_id, s.key, l.consultant_id, l.source_id, l.campaign_id, "
    "l.tier, l.vehicle_interest, l.estimated_value_cents, l.created_at, l.stage_entered_at, "
    "l.response_due_at, l.first_response_at, l.next_follow_up_at, l.lost_reason_id, l.lost_note, "
    "l.lost_status, l.closed_at, l.updated_at, l.version, l.first_response_minutes, "
    "l.response_reminded_at, l.response_escalated_at, l.lost_requested_by, l.lost_return_note, "
    "l.lost_requested_at "
    "FROM leads l "
    "JOIN stages s ON s.id = l.stage_id ");

Lead readLead(const QSqlQuery& q)
{
    Lead lead;
    lead.id = q.value(0).toLongLong();
    lead.customerId = q.value(1).toLongLong();
    lead.stageId = q.value(2).toLongLong();
    lead.stageKey = q.value(3).toString();
    lead.consultantId = values::optionalId(q.value(4));
    lead.sourceId = q.value(5).toLongLong();
    lead.campaignId = values::optionalId(q.value(6));
    lead.tier = tierFromKey(q.value(7).toString()).value_or(Tier::General);
    lead.vehicleInterest = q.value(8).toString();
    lead.estimatedValueCents = values::optionalId(q.value(9));
    lead.createdAt = values::dateTime(q.value(10));
    lead.stageEnteredAt = values::dateTime(q.value(11));
    lead.responseDueAt = values::dateTime(q.value(12));
    lead.firstResponseAt = values::dateTime(q.value(13));
    lead.nextFollowUpAt = values::dateTime(q.value(14));
    lead.lostReasonId = values::optionalId(q.value(15));
    lead.lostNote = q.value(16).toString();
    lead.lostStatus = lostStatusFromKey(q.value(17).toString()).value_or(LostStatus::None);
    lead.closedAt = values::dateTime(q.value(18));
    lead.updatedAt = values::dateTime(q.value(19));
    lead.version = q.value(20).toInt();
    if (!q.value(21).isNull())
        lead.firstResponseMinutes = q.value(21).toInt();
    lead.responseRemindedAt = values::dateTime(q.value(22));
    lead.responseEscalatedAt = values::dateTime(q.value(23));
    lead.lostRequestedBy = values::optionalId(q.value(24));
    lead.lostReturnNote = q.value(25).toString();
    lead.lostRequestedAt = values::dateTime(q.value(26));
    return lead;
}
} // namespace

Result<qint64> LeadRepository::insert(const Lead& lead)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO leads (customer_id, stage_id, consultant_id, source_id, "
                       "campaign_id, tier, vehicle_interest, estimated_value_cents, created_at, "
                       "stage_entered_at, response_due_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {lead.customerId, lead.stageId, values::optionalId(lead.consultantId), lead.sourceId,
         values::optionalId(lead.campaignId), tierKey(lead.tier), lead.vehicleInterest,
         values::optionalId(lead.estimatedValueCents), values::epoch(lead.createdAt),
         values::epoch(lead.stageEnteredAt), values::epoch(lead.responseDueAt),
         values::epoch(lead.updatedAt)});
}

Result<Lead> LeadRepository::byId(qint64 id)
{
    std::optional<Lead> found;
    auto ok = sql::select(m_db, kSelect + QStringLiteral("WHERE l.id = ?"), {id},
                          [&](const QSqlQuery& q) { found = readLead(q); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no lead #%1.").arg(id));
    return *found;
}

Result<qint64> LeadRepository::customerOf(qint64 id)
{
    auto customer = sql::scalar(
        m_db,
        QStringLiteral("SELECT l.customer_id FROM leads l JOIN stages s ON s.id = l.stage_id "
                       "WHERE l.id = ?"),
        {id});
    if (!customer)
        return std::unexpected(customer.error());
    if (!customer->isValid())
        return fail(ErrorCode::NotFound, Tr::tr("There is no lead #%1.").arg(id));
    return customer->toLongLong();
}

Result<std::vector<Lead>> LeadRepository::openForCustomer(qint64 customerId)
{
    std::vector<Lead> leads;
    auto ok = sql::select(m_db,
                          kSelect + QStringLiteral("WHERE l.customer_id = ? AND s.kind = 'open' "
                                                   "ORDER BY l.created_at DESC"),
                          {customerId}, [&](const QSqlQuery& q) { leads.push_back(readLead(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return leads;
}

Result<int> LeadRepository::setStage(const Lead& lead, qint64 stageId,
                                     std::optional<qint64> consultantId, const QDateTime& at,
                                     const QDateTime& closedAt,
                                     const std::function<QString()>& label)
{
    const bool stageChanged = stageId != lead.stageId;
    return versionedUpdate(
        m_db, QStringLiteral("leads"), lead.id, lead.version,
        QStringLiteral("stage_id = ?, consultant_id = ?, stage_entered_at = ?, closed_at = ?, "
                       "updated_at = ?"),
        {stageId, values::optionalId(consultantId),
         values::epoch(stageChanged ? at : lead.stageEnteredAt), values::epoch(closedAt),
         values::epoch(at)},
        label);
}

Result<bool> LeadRepository::recordFirstResponse(qint64 leadId, const QDateTime& at,
                                                 std::optional<int> businessMinutes)
{
    auto affected = sql::exec(m_db,
                              QStringLiteral("UPDATE leads SET first_response_at = ?, "
                                             "first_response_minutes = ? "
                                             "WHERE id = ? AND first_response_at IS NULL"),
                              {values::epoch(at), values::optionalInt(businessMinutes), leadId});
    if (!affected)
        return std::unexpected(affected.error());
    return *affected == 1;
}

Result<int> LeadRepository::setLost(const Lead& lead, const LostDecision& d,
                                    const std::function<QString()>& label)
{
    return versionedUpdate(
        m_db, QStringLiteral("leads"), lead.id, lead.version,
        QStringLiteral("lost_reason_id = ?, lost_note = ?, lost_status = ?, lost_requested_by = ?, "
                       "lost_requested_at = ?, lost_decided_by = ?, lost_decided_at = ?, "
                       "lost_return_note = ?"),
        {values::optionalId(d.reasonId), d.note, lostStatusKey(d.status),
         values::optionalId(d.requestedBy), values::epoch(d.requestedAt),
         values::optionalId(d.decidedBy), values::epoch(d.decidedAt), d.returnNote},
        label);
}

Result<void> LeadRepository::clearLost(qint64 leadId)
{
    auto done = sql::exec(m_db,
                          QStringLiteral("UPDATE leads SET lost_status = 'none', lost_reason_id = "
                                         "NULL, lost_note = '', lost_requested_by = NULL, "
                                         "lost_requested_at = NULL, lost_decided_by = NULL, "
                                         "lost_decided_at = NULL WHERE id = ?"),
                          {leadId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<qint64> LeadRepository::insertHistory(const StageChange& change)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO stage_history (lead_id, from_stage_id, "
                       "to_stage_id, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)"),
        {change.leadId, values::optionalId(change.fromStageId), change.toStageId,
         values::optionalId(change.changedBy), values::epoch(change.changedAt)});
}

Result<std::vector<StageChange>> LeadRepository::history(qint64 leadId)
{
    std::vector<StageChange> changes;
    auto ok = sql::select(m_db,
                          QStringLiteral("SELECT id, lead_id, from_stage_id, to_stage_id, "
                                         "changed_by, changed_at FROM stage_history "
                                         "WHERE lead_id = ? ORDER BY changed_at, id"),
                          {leadId}, [&](const QSqlQuery& q) {
                              changes.push_back(
                                  {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                   values::optionalId(q.value(2)), q.value(3).toLongLong(),
                                   values::optionalId(q.value(4)), values::dateTime(q.value(5))});
                          });
    if (!ok)
        return std::unexpected(ok.error());
    return changes;
}

} // namespace showroom
