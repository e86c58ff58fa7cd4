#pragma once

#include "Error.h"
#include "domain/BoardCard.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

// The board's reads: every card in scope at once, the signatures to find what changed on
// another desk, and the changed cards by id.
class BoardRepository {
public:
    explicit BoardRepository(QSqlDatabase& db) : m_db(db) {}

    Result<std::vector<BoardCard>> cards(const BoardScope& scope, const QDateTime& now);
    Result<std::vector<BoardCard>> cardsByIds(const std::vector<qint64>& leadIds);
    // (lead id, signature) of every card in scope.
    Result<std::vector<std::pair<qint64, qint64>>> signatures(const BoardScope& scope,
                                                              const QDateTime& now);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
