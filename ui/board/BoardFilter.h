#pragma once

#include "domain/BoardCard.h"
#include "rules/ResponseTime.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

// What the user narrowed the board to. Filtering happens in memory: the board holds every card
// in the viewer's scope, so a filter change never waits for the database.
struct BoardFilter {
    bool mineOnly = false;              // only leads assigned to the viewer
    std::optional<qint64> consultantId; // one consultant's leads (0: the unassigned pool)
    QString sourceKey;                  // '' any
    std::optional<Tier> tier;           // any
    int minDaysInStage = 0;             // stuck leads: at least this many days in the stage
    bool overdueOnly = false;           // response overdue/escalated or follow-up overdue
    QString text;                       // customer name, car of interest, consultant

    bool accepts(const BoardCard& card, qint64 viewerId, const QDateTime& now,
                 const ResponseRule& rule) const;
    bool isEmpty() const;
};

// Overdue: the first contact is late, or the next follow-up is in the past.
bool isOverdue(const BoardCard& card, const QDateTime& now, const ResponseRule& rule);

} // namespace showroom
