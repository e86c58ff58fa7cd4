#pragma once

#include "domain/Customer.h"
#include "domain/Lead.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

// One lead as the pipeline board shows it.
struct BoardCard {
    qint64 leadId = 0;
    qint64 customerId = 0;
    qint64 stageId = 0;
    QString customerName;
    QString vehicleInterest;
    std::optional<qint64> consultantId;
    QString consultantName;
    QString sourceKey;
    QString sourceName;
    Tier tier = Tier::General;
    std::optional<qint64> estimatedValueCents;
    QDateTime createdAt;
    QDateTime stageEnteredAt;
    QDateTime responseDueAt;
    QDateTime firstResponseAt;
    QDateTime responseEscalatedAt;
    QDateTime nextFollowUpAt;
    QDateTime closedAt;
    LostStatus lostStatus = LostStatus::None;
    QString lostReasonKey;
    QString lostReason; // stored name
    QString lostNote;
    QString lostReturnNote;
    int version = 1;
    // Changes whenever anything the card shows changes: the board reloads only such cards.
    qint64 signature = 0;
};

// Which leads a board shows.
struct BoardScope {
    // Empty: everyone's leads (managers). Set: this consultant's leads and the unassigned pool.
    std::optional<qint64> consultantId;
    // Won and lost leads stay visible this many days after they closed.
    int closedDays = 7;
};

} // namespace showroom
