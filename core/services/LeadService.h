#pragma once

#include "Error.h"
#include "domain/Lead.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// "Lead #12 (Berger, Anna)" for messages; "Lead #12" when the customer cannot be read.
QString leadLabel(QSqlDatabase& db, const Lead& lead);

class LeadService {
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    explicit LeadService(ServiceContext context) : m_context(context) {}

    // A lead with a consultant starts in Assigned, otherwise in the Unassigned queue. Its first
    // response is due after the source's response time.
    Result<Lead> create(const User& actor, const NewLead& draft);
    // Gives the lead to a consultant (managers; or a consultant taking an unassigned lead).
    Result<Lead> assign(const User& actor, qint64 leadId, qint64 consultantId,
                        std::optional<int> expectedVersion = std::nullopt);
    // A consultant takes a lead from the unassigned pool.
    Result<Lead> take(const User& actor, qint64 leadId,
                      std::optional<int> expectedVersion = std::nullopt);
    // Reception: the consultant serving a walk-in takes the customer's unassigned lead.
    Result<Lead> handToServingConsultant(const User& actor, qint64 leadId, qint64 consultantId);
    // Moves the lead to another stage, with a history row and an audit entry. With
    // `expectedVersion`, a lead changed since (on another desk) is a Conflict.
    Result<Lead> moveStage(const User& actor, qint64 leadId, const QString& stageKey,
                           std::optional<int> expectedVersion = std::nullopt);
    Result<Lead> get(qint64 leadId);
    Result<std::vector<StageChange>> history(qint64 leadId);

private:
    Result<void> checkCanWork(const User& actor, const Lead& lead, bool closed);
    QString label(const Lead& lead) { return leadLabel(m_context.db.sql(), lead); }

    ServiceContext m_context;
};

} // namespace showroom
