#pragma once

#include "rules/BusinessHours.h"

#include <QDateTime>

namespace showroom {

// The response-time rule's settings: minutes to the first contact come from the lead's source;
// the escalation follows the reminder after `escalationMinutes` of business time.
struct ResponseRule {
    BusinessHours hours;
    int escalationMinutes = 30;
};

// When a new lead's first contact is due: `minutes` of business time after it arrived.
QDateTime responseDeadline(const QDateTime& createdAt, int minutes,
                           const BusinessHours& hours = {});

enum class ResponseState {
    Answered, // a call, email, SMS or visit reached the customer
    Running,  // time left until the deadline
    Overdue,  // past the deadline: the consultant (or the queue's owner) is reminded
    Escalated // the escalation time passed too: the manager is notified
};

struct ResponseStatus {
    ResponseState state = ResponseState::Answered;
    QDateTime dueAt;
    QDateTime escalateAt;
    // Business seconds until the deadline (Running) or since it (Overdue, Escalated).
    qint64 seconds = 0;
};

ResponseStatus responseStatus(const QDateTime& dueAt, const QDateTime& firstResponseAt,
                              const QDateTime& now, const ResponseRule& rule);

} // namespace showroom
