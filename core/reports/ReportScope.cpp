#include "ReportScope.h"

#include "storage/Sql.h"

namespace showroom::reports::detail {

Result<std::vector<StageInfo>> loadStages(QSqlDatabase& db)
{
    std::vector<StageInfo> stages;
    auto ok = sql::select(
        db,
        QStringLiteral("SELECT id, key, name, kind, position, retired FROM stages ORDER BY "
                       "CASE kind WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END, position, id"),
        {}, [&](const QSqlQuery& q) {
            stages.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt(), q.value(5).toBool()});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return stages;
}

qint64 Scope::startOf(QDate date) const
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

int Scope::localHour(qint64 epoch) const
{
    return QDateTime::fromSecsSinceEpoch(epoch, zone).time().hour();
}

Scope Scope::shifted(QDate first, QDate last) const
{
    Scope other = *this;
    other.filter.first = first;
    other.filter.last = last;
    other.from = startOf(first);
    other.to = startOf(last.addDays(1));
    return other;
}

QString leadFilter(const Scope& scope, QVariantList& binds, const QString& leadAlias,
                   const QString& consultantColumn)
{
    QString sql;
    if (scope.filter.consultantId && !consultantColumn.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(consultantColumn);
        binds << *scope.filter.consultantId;
    }
    if (scope.filter.sourceId) {
        sql += QStringLiteral(" AND %1.source_id = ?").arg(leadAlias);
        binds << *scope.filter.sourceId;
    }
    return sql;
}

QString leadJoinForSource(const Scope& scope, const QString& alias)
{
    return scope.filter.sourceId ? QStringLiteral(" JOIN leads l ON l.id = %1.lead_id").arg(alias)
                                 : QString();
}

} // namespace showroom::reports::detail
