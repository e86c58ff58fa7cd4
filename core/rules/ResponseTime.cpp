#include "ResponseTime.h"

namespace showroom {

QDateTime responseDeadline(const QDateTime& createdAt, int minutes, const BusinessHours& hours)
{
    return hours.addBusinessMinutes(createdAt, minutes);
}

ResponseStatus responseStatus(const QDateTime& dueAt, const QDateTime& firstResponseAt,
                              const QDateTime& now, const ResponseRule& rule)
{
    ResponseStatus status;
    status.dueAt = dueAt;
    if (firstResponseAt.isValid() || !dueAt.isValid())
        return status;
    status.escalateAt = rule.hours.addBusinessMinutes(dueAt, rule.escalationMinutes);
    if (now < dueAt) {
        status.state = ResponseState::Running;
        status.seconds = rule.hours.businessSecondsBetween(now, dueAt);
    } else {
        status.state = now < status.escalateAt ? ResponseState::Overdue : ResponseState::Escalated;
        status.seconds = rule.hours.businessSecondsBetween(dueAt, now);
    }
    return status;
}

} // namespace showroom
