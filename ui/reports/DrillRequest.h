#pragma once

#include "reports/ReportService.h"

#include <QString>
#include <vector>

namespace showroom {

// What a click on a figure asks for: the leads behind it (the union of one or more drills, e.g.
// the days of a week's bar) and the title of the list ("Walk-ins on Mon 16 Nov").
struct DrillRequest {
    std::vector<reports::Drill> drills;
    QString title;
};

} // namespace showroom
