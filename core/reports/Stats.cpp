#include "Stats.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace showroom {

Result<std::vector<StageCount>> leadsPerStage(QSqlDatabase& db)
{
    std::vector<StageCount> counts;
    auto selected =
        sql::select(db,
                    QStringLiteral("SELECT s.key, s.name, (SELECT count(*) FROM leads l "
                                   "WHERE l.stage_id = s.id) FROM stages s "
                                   "ORDER BY s.position"),
                    {}, [&](const QSqlQuery& q) {
                        counts.push_back({q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toLongLong()});
                    });
    if (!selected)
        return std::unexpected(selected.error());
    return counts;
}

Result<DatabaseStats> databaseStats(QSqlDatabase& db)
{
    DatabaseStats stats;
    QStringList tables;
    auto listed = sql::select(db,
                              QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                             "'customer_search%' ORDER BY name"),
                              {}, [&](const QSqlQuery& q) { tables << q.value(0).toString(); });
    if (!listed)
        return std::unexpected(listed.error());
    for (const QString& table : tables) {
        auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        if (!count)
            return std::unexpected(count.error());
        stats.rowsPerTable.emplace_back(table, count->toLongLong());
    }
    auto perStage = leadsPerStage(db);
    if (!perStage)
        return std::unexpected(perStage.error());
    stats.leadsPerStage = std::move(*perStage);
    return stats;
}

Result<std::optional<qint64>> showcaseCustomer(QSqlDatabase& db)
{
    // Among the first 500 delivered deals only: a bounded look, fast on any file size.
    auto id =
        sql::scalar(db, QStringLiteral("SELECT d.customer_id FROM (SELECT customer_id FROM deals "
                                       "WHERE status = 'delivered' ORDER BY id LIMIT 500) d "
                                       "ORDER BY (SELECT count(*) FROM activities a "
                                       "WHERE a.customer_id = d.customer_id) DESC, d.customer_id "
                                       "LIMIT 1"));
    if (!id)
        return std::unexpected(id.error());
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

} // namespace showroom
