#pragma once

#include "Error.h"
#include "domain/Lead.h"
#include "domain/User.h"
#include "rules/Assignment.h"
#include "services/ServiceContext.h"

#include <optional>

// Writing an assignment and running the assignment rule, shared by the lead service, the
// reception desk and the rule runner. Call inside a write transaction; permissions are the
// caller's business.
namespace showroom::assignment {

// Gives the lead to the consultant: Unassigned becomes Assigned (history row), audit entry with
// how it happened ("manual", "take", "round_robin", "weighted", "visit"), and a notification to
// the consultant unless he did it himself. `actor` is empty when a rule did it.
Result<Lead> write(ServiceContext& context, const User* actor, const Lead& lead,
                   qint64 consultantId, const QString& how);

// Runs the assignment rule `mode` (PipelineSettings::modeFor the lead's source) on an unassigned
// lead. Returns the assigned lead, or nothing when the mode is manual or pool, or when no
// consultant is available now.
Result<std::optional<Lead>> byRule(ServiceContext& context, const Lead& lead, AssignmentMode mode);

} // namespace showroom::assignment
