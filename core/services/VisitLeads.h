#pragma once

#include "Error.h"
#include "domain/User.h"
#include "services/ServiceContext.h"
#include "services/VisitService.h"

namespace showroom {

// Inside the visit's transaction: finds the customer's open lead or opens one (sales visits of
// reachable customers), hands an unassigned lead to the consultant serving the walk-in, stops
// the lead's response clock, and plans the follow-up calls after a first visit.
Result<void> linkVisitToLead(ServiceContext& context, const User& actor, Visit& visit,
                             VisitOutcome& outcome);

} // namespace showroom
