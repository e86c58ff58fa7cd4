#pragma once

#include "domain/Customer.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

enum class LostStatus { None, Pending, Approved, Rejected };

QString lostStatusKey(LostStatus status);
std::optional<LostStatus> lostStatusFromKey(const QString& key);

struct Lead {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 stageId = 0;
    QString stageKey;
    std::optional<qint64> consultantId; // empty: in the unassigned queue
    qint64 sourceId = 0;
    std::optional<qint64> campaignId;
    Tier tier = Tier::General;
    QString vehicleInterest;
    std::optional<qint64> estimatedValueCents;
    QDateTime createdAt;
    QDateTime stageEnteredAt;
    QDateTime responseDueAt;
    QDateTime firstResponseAt;
    std::optional<int> firstResponseMinutes; // business minutes from arrival to first contact
    QDateTime responseRemindedAt;
    QDateTime responseEscalatedAt;
    QDateTime nextFollowUpAt;
    std::optional<qint64> lostReasonId;
    QString lostNote;
    LostStatus lostStatus = LostStatus::None;
    std::optional<qint64> lostRequestedBy;
    QDateTime lostRequestedAt;
    QString lostReturnNote; // the manager's comment when a lost request came back
    QDateTime closedAt;
    QDateTime updatedAt;
    int version = 1;
};

struct NewLead {
    qint64 customerId = 0;
    QString sourceKey;
    std::optional<qint64> consultantId; // empty: goes to the unassigned queue
    std::optional<qint64> campaignId;
    std::optional<Tier> tier; // empty: derived from the source's channel
    QString vehicleInterest;
    std::optional<qint64> estimatedValueCents;
};

struct StageChange {
    qint64 id = 0;
    qint64 leadId = 0;
    std::optional<qint64> fromStageId;
    qint64 toStageId = 0;
    std::optional<qint64> changedBy;
    QDateTime changedAt;
};

} // namespace showroom
