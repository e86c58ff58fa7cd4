#pragma once

#include "Error.h"
#include "domain/Lead.h"
#include "domain/User.h"
#include "services/PipelineSettings.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// "Lead #12 (Berger, Anna)" for messages; "Lead #12" when the customer cannot be read.
QString leadLabel(QSqlDatabase& db, const Lead& lead);

// What creating a lead reads besides its customer: the lead sources, the stages and the pipeline
// settings. create() reads them for each lead; an import reads them once for all its leads, as
// nothing changes them while its write transaction runs.
struct LeadReferences {
    std::vector<Source> sources;
    std::vector<Stage> stages;
    PipelineSettings settings;

    static Result<LeadReferences> load(QSqlDatabase& db);
};

class LeadService {
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    explicit LeadService(ServiceContext context) : m_context(context) {}

    // A lead with a consultant starts in Assigned, otherwise in the Unassigned queue. Its first
    // response is due after the source's response time.
    Result<Lead> create(const User& actor, const NewLead& draft);
    // As above, with the references read by the caller inside the same write transaction.
    Result<Lead> create(const User& actor, const NewLead& draft, const LeadReferences& references);
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
    // `known`: the references read by the caller; null: read here, inside the write.
    Result<Lead> createWith(const User& actor, const NewLead& draft, const LeadReferences* known);
    Result<Lead> insert(const User& actor, const NewLead& draft, const LeadReferences& references,
                        const QDateTime& now);
    Result<void> checkCanWork(const User& actor, const Lead& lead, bool closed);
    QString label(const Lead& lead) { return leadLabel(m_context.db.sql(), lead); }

    ServiceContext m_context;
};

} // namespace showroom
