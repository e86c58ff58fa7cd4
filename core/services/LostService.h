#pragma once

#include "Error.h"
#include "domain/Lead.h"
#include "domain/User.h"
#include "services/LeadService.h"
#include "services/ServiceContext.h"

namespace showroom {

// "Never lose a lead without a reason": a consultant asks to close a lead as lost with a reason
// (and a comment where the reason needs one); a manager approves it or returns it with a
// comment. A manager's own request closes the lead at once; lost leads can be reopened.
class LostService {
    Q_DECLARE_TR_FUNCTIONS(LostService)

public:
    explicit LostService(ServiceContext context) : m_context(context) {}

    Result<Lead> request(const User& actor, qint64 leadId, const QString& reasonKey,
                         const QString& comment, std::optional<int> expectedVersion = std::nullopt);
    Result<Lead> approve(const User& actor, qint64 leadId);
    // Back to the consultant with the manager's comment (required).
    Result<Lead> returnToConsultant(const User& actor, qint64 leadId, const QString& comment);
    // The consultant takes his request back (undo of a request).
    Result<Lead> withdraw(const User& actor, qint64 leadId);
    // A lost lead back into an open stage: `stageKey`, or the stage it was lost from.
    Result<Lead> reopen(const User& actor, qint64 leadId, const QString& stageKey = {});

private:
    Result<Lead> closeLost(const User& actor, Lead lead, qint64 reasonId, const QString& reason);
    QString label(const Lead& lead) { return leadLabel(m_context.db.sql(), lead); }

    ServiceContext m_context;
};

} // namespace showroom
