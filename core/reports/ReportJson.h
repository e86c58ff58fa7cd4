#pragma once

#include "reports/Report.h"

#include <QJsonObject>

namespace showroom::reports {

// Every figure of `report`, machine-readable: stable keys (snake_case), dates as ISO strings,
// money in cents, rates as fractions rounded to 4 decimals, medians in minutes rounded to 0.1,
// missing values (no denominator) as null. Stored names, never translations.
QJsonObject toJson(const Report& report);

} // namespace showroom::reports
