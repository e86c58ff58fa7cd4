#pragma once

#include "Error.h"
#include "services/RuleService.h"

namespace showroom {

// The deals' timed rule, run with the pipeline's: `delivery.reminder_days` before a promised
// delivery date the consultant is reminded; when it passed without a handover the consultant and
// the managers are told; a dated checklist step is announced the day before it falls due and
// again when it is overdue. Each fires once per deal (or step) and date: a new promised date
// reminds again.
Result<void> remindDeliveries(ServiceContext& context, const QDateTime& now,
                              std::vector<FiredRule>& fired);

} // namespace showroom
