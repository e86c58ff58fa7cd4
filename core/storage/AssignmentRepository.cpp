#include "AssignmentRepository.h"

#include "Sql.h"

namespace showroom {

Result<std::vector<AssignmentCandidate>> AssignmentRepository::eligibleConsultants()
{
    std::vector<AssignmentCandidate> candidates;
    auto ok =
        sql::select(m_db,
                    QStringLiteral("SELECT u.id, u.assignment_weight, coalesce(a.last_turn, 0), "
                                   "coalesce(a.credit, 0) FROM users u "
                                   "LEFT JOIN assignment_state a ON a.user_id = u.id "
                                   "WHERE u.role = 'consultant' AND u.active = 1 AND u.on_duty = 1 "
                                   "AND u.busy = 0 ORDER BY u.id"),
                    {}, [&](const QSqlQuery& q) {
                        candidates.push_back({q.value(0).toLongLong(), q.value(1).toInt(),
                                              q.value(2).toLongLong(), q.value(3).toLongLong()});
                    });
    if (!ok)
        return std::unexpected(ok.error());
    return candidates;
}

Result<void> AssignmentRepository::recordTurn(qint64 userId)
{
    auto done = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO assignment_state (user_id, last_turn) VALUES (?, "
                       "(SELECT coalesce(max(last_turn), 0) + 1 FROM assignment_state)) "
                       "ON CONFLICT (user_id) DO UPDATE SET last_turn = excluded.last_turn"),
        {userId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void>
AssignmentRepository::saveCredits(const std::vector<std::pair<qint64, qint64>>& credits)
{
    for (const auto& [userId, credit] : credits) {
        auto done = sql::exec(m_db,
                              QStringLiteral("INSERT INTO assignment_state (user_id, credit) "
                                             "VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE "
                                             "SET credit = excluded.credit"),
                              {userId, credit});
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace showroom
