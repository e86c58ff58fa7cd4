#pragma once

#include "rules/BusinessHours.h"

#include <QDateTime>
#include <QList>
#include <vector>

namespace showroom {

struct PlannedFollowUp {
    int day = 0; // days after the first visit
    QDateTime dueAt;
};

// Calls after a first visit on the configured days (default 1, 3, 7): due at the opening of that
// day, or of the next business day when the showroom is closed then.
std::vector<PlannedFollowUp> followUpsAfterFirstVisit(const QDateTime& visitAt,
                                                      const QList<int>& days,
                                                      const BusinessHours& hours);

// Parses "1,3,7" (ignores anything that is not a positive number of days).
QList<int> parseFollowUpDays(const QString& text);

} // namespace showroom
