#pragma once

#include <QDateTime>

namespace showroom {

// When a new lead's first contact is due. Business hours and escalation come with the pipeline
// rules; until then the deadline is `minutes` after creation.
inline QDateTime responseDeadline(const QDateTime& createdAt, int minutes)
{
    return createdAt.addSecs(qint64(minutes) * 60);
}

} // namespace showroom
