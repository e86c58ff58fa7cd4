#pragma once

#include "domain/Deal.h"

#include <QJsonObject>

namespace showroom::cli {

// A deal as `deal show --json` prints it: the deal, customer, vehicle, every checklist item with
// its documents, and what blocks the bank and the handover.
QJsonObject dealJson(const DealDetails& details);
// "Proof of income: document not attached"
QString describeMissing(const MissingItem& item);

} // namespace showroom::cli
