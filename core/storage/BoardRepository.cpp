#include "BoardRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QStringList>

namespace showroom {

namespace {
// Any change a card shows moves this sum: versions bump on edits, the timestamps are written
// without a version bump by the response rule and follow-up planning.
const QString kSignature = QStringLiteral(
    "(l.version * 1000003 + l.updated_at * 17 + coalesce(l.first_response_at, 0) + "
    "coalesce(l.response_reminded_at, 0) * 3 + coalesce(l.response_escalated_at, 0) * 7 + "
    "coalesce(l.next_follow_up_at, 0) * 11 + c.version * 13 + length(l.lost_status) * 19)");

const QString kColumns = QStringLiteral(
    "l.id, l.customer_id, l.stage_id, c.display_name, l.vehicle_interest, l.consultant_id, "
    "coalesce(u.display_name, ''), src.key, src.name, l.tier, l.estimated_value_cents, "
    "l.created_at, l.stage_entered_at, l.response_due_at, l.first_response_at, "
    "l.response_escalated_at, l.next_follow_up_at, l.closed_at, l.lost_status, "
    "coalesce(lr.name, ''), l.lost_note, l.lost_return_note, coalesce(lr.key, ''), l.version, ");

const QString kFrom = QStringLiteral(
    "FROM leads l JOIN customers c ON c.id = l.customer_id "
    "JOIN sources src ON src.id = l.source_id LEFT JOIN users u ON u.id = l.consultant_id "
    "LEFT JOIN lost_reasons lr ON lr.id = l.lost_reason_id ");

BoardCard readCard(const QSqlQuery& q)
{
    BoardCard card;
    card.leadId = q.value(0).toLongLong();
    card.customerId = q.value(1).toLongLong();
    card.stageId = q.value(2).toLongLong();
    card.customerName = q.value(3).toString();
    card.vehicleInterest = q.value(4).toString();
    card.consultantId = values::optionalId(q.value(5));
    card.consultantName = q.value(6).toString();
    card.sourceKey = q.value(7).toString();
    card.sourceName = q.value(8).toString();
    card.tier = tierFromKey(q.value(9).toString()).value_or(Tier::General);
    card.estimatedValueCents = values::optionalId(q.value(10));
    card.createdAt = values::dateTime(q.value(11));
    card.stageEnteredAt = values::dateTime(q.value(12));
    card.responseDueAt = values::dateTime(q.value(13));
    card.firstResponseAt = values::dateTime(q.value(14));
    card.responseEscalatedAt = values::dateTime(q.value(15));
    card.nextFollowUpAt = values::dateTime(q.value(16));
    card.closedAt = values::dateTime(q.value(17));
    card.lostStatus = lostStatusFromKey(q.value(18).toString()).value_or(LostStatus::None);
    card.lostReason = q.value(19).toString();
    card.lostNote = q.value(20).toString();
    card.lostReturnNote = q.value(21).toString();
    card.lostReasonKey = q.value(22).toString();
    card.version = q.value(23).toInt();
    card.signature = q.value(24).toLongLong();
    return card;
}

// Open-stage leads (by the stage index) and recently closed ones (by the closed_at index): two
// index lookups instead of a scan of every lead ever made.
QString scopeWhere(const BoardScope& scope, QVariantList& binds, const QDateTime& now)
{
    QString where = QStringLiteral(
        "WHERE l.id IN (SELECT id FROM leads WHERE stage_id IN (SELECT id FROM stages WHERE "
        "kind = 'open') UNION ALL SELECT id FROM leads WHERE closed_at >= ?) ");
    binds << values::epoch(now.addDays(-scope.closedDays));
    if (scope.consultantId) {
        where += QStringLiteral("AND (l.consultant_id = ? OR l.consultant_id IS NULL) ");
        binds << *scope.consultantId;
    }
    return where;
}
} // namespace

Result<std::vector<BoardCard>> BoardRepository::cards(const BoardScope& scope, const QDateTime& now)
{
    QVariantList binds;
    const QString where = scopeWhere(scope, binds, now);
    std::vector<BoardCard> cards;
    auto ok = sql::select(
        m_db, QStringLiteral("SELECT ") + kColumns + kSignature + QLatin1Char(' ') + kFrom + where,
        binds, [&](const QSqlQuery& q) { cards.push_back(readCard(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return cards;
}

Result<std::vector<BoardCard>> BoardRepository::cardsByIds(const std::vector<qint64>& leadIds)
{
    std::vector<BoardCard> cards;
    constexpr std::size_t kChunk = 500;
    for (std::size_t first = 0; first < leadIds.size(); first += kChunk) {
        QStringList ids;
        for (std::size_t i = first; i < std::min(leadIds.size(), first + kChunk); ++i)
            ids << QString::number(leadIds[i]);
        auto ok = sql::select(m_db,
                              QStringLiteral("SELECT ") + kColumns + kSignature + QLatin1Char(' ') +
                                  kFrom + QStringLiteral("WHERE l.id IN (%1)").arg(ids.join(u',')),
                              {}, [&](const QSqlQuery& q) { cards.push_back(readCard(q)); });
        if (!ok)
            return std::unexpected(ok.error());
    }
    return cards;
}

Result<std::vector<std::pair<qint64, qint64>>> BoardRepository::signatures(const BoardScope& scope,
                                                                           const QDateTime& now)
{
    QVariantList binds;
    const QString where = scopeWhere(scope, binds, now);
    std::vector<std::pair<qint64, qint64>> signatures;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT l.id, ") + kSignature +
            QStringLiteral(" FROM leads l JOIN customers c ON c.id = l.customer_id ") + where,
        binds, [&](const QSqlQuery& q) {
            signatures.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
        });
    if (!ok)
        return std::unexpected(ok.error());
    return signatures;
}

} // namespace showroom
