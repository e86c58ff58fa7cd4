#include "VisitLeads.h"

#include "services/LeadAssignment.h"
#include "services/LeadService.h"
#include "services/PipelineSettings.h"
#include "services/TaskService.h"
#include "storage/LeadRepository.h"

#include <algorithm>

namespace showroom {

namespace {
// Service and pick-up visitors are not shopping for a car: they count in traffic but open no
// sales lead.
bool isSalesVisit(VisitPurpose purpose)
{
    return purpose == VisitPurpose::NewCar || purpose == VisitPurpose::UsedCar ||
           purpose == VisitPurpose::Other;
}

bool reachable(const Customer& c)
{
    return !c.phoneE164.isEmpty() || !c.email.isEmpty();
}
} // namespace

Result<void> linkVisitToLead(ServiceContext& context, const User& actor, Visit& visit,
                             VisitOutcome& outcome)
{
    QSqlDatabase& sql = context.db.sql();
    LeadRepository leads(sql);
    if (outcome.customer && !visit.leadId) {
        auto open = leads.openForCustomer(outcome.customer->id);
        if (!open)
            return std::unexpected(open.error());
        if (!open->empty()) {
            const auto newest =
                std::max_element(open->begin(), open->end(), [](const Lead& a, const Lead& b) {
                    return a.createdAt < b.createdAt;
                });
            visit.leadId = newest->id;
        } else if (isSalesVisit(visit.purpose) && reachable(*outcome.customer)) {
            NewLead lead;
            lead.customerId = outcome.customer->id;
            lead.sourceKey = visit.channel == VisitChannel::WalkIn ? QStringLiteral("walk_in")
                                                                   : QStringLiteral("phone");
            lead.consultantId = visit.consultantId;
            lead.vehicleInterest = visit.modelInterest;
            auto created = LeadService(context).create(actor, lead);
            if (!created)
                return std::unexpected(created.error());
            visit.leadId = created->id;
            outcome.leadCreated = true;
        }
    }
    outcome.leadId = visit.leadId;
    if (!visit.leadId || visit.channel != VisitChannel::WalkIn || !visit.consultantId)
        return {};

    // The consultant serving the walk-in takes the customer's lead from the queue...
    auto lead = leads.byId(*visit.leadId);
    if (!lead)
        return std::unexpected(lead.error());
    if (!lead->consultantId && lead->closedAt.isNull()) {
        if (auto handed = assignment::write(context, &actor, *lead, *visit.consultantId,
                                            QStringLiteral("visit"));
            !handed)
            return std::unexpected(handed.error());
    }
    // ...has made the first contact in person...
    if (auto first = stopResponseClock(sql, *visit.leadId, visit.arrivedAt); !first)
        return std::unexpected(first.error());
    // ...and calls back on the days after a first visit.
    if (visit.firstVisit && lead->closedAt.isNull()) {
        if (auto planned = planFirstVisitFollowUps(context, *visit.leadId, visit.arrivedAt);
            !planned)
            return std::unexpected(planned.error());
    }
    return {};
}

} // namespace showroom
