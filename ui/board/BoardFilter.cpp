#include "BoardFilter.h"

namespace showroom {

bool isOverdue(const BoardCard& card, const QDateTime& now, const ResponseRule& rule)
{
    if (!card.closedAt.isNull())
        return false;
    if (card.nextFollowUpAt.isValid() && card.nextFollowUpAt < now)
        return true;
    const ResponseStatus status =
        responseStatus(card.responseDueAt, card.firstResponseAt, now, rule);
    return status.state == ResponseState::Overdue || status.state == ResponseState::Escalated;
}

bool BoardFilter::accepts(const BoardCard& card, qint64 viewerId, const QDateTime& now,
                          const ResponseRule& rule) const
{
    if (mineOnly && card.consultantId != viewerId)
        return false;
    if (consultantId && card.consultantId.value_or(0) != *consultantId)
        return false;
    if (!sourceKey.isEmpty() && card.sourceKey != sourceKey)
        return false;
    if (tier && card.tier != *tier)
        return false;
    if (minDaysInStage > 0 && card.stageEnteredAt.daysTo(now) < minDaysInStage)
        return false;
    if (overdueOnly && !isOverdue(card, now, rule))
        return false;
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && !card.customerName.contains(needle, Qt::CaseInsensitive) &&
        !card.vehicleInterest.contains(needle, Qt::CaseInsensitive) &&
        !card.consultantName.contains(needle, Qt::CaseInsensitive) &&
        QString::number(card.leadId) != needle)
        return false;
    return true;
}

bool BoardFilter::isEmpty() const
{
    return !mineOnly && !consultantId && sourceKey.isEmpty() && !tier && minDaysInStage == 0 &&
           !overdueOnly && text.trimmed().isEmpty();
}

} // namespace showroom
