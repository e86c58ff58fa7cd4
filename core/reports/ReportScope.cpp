#include "ReportScope.h"

namespace showroom::reports::detail {

qint64 Scope::startOf(QDate date) const
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

QDate Scope::localDate(qint64 epoch) const
{
    return QDateTime::fromSecsSinceEpoch(epoch, zone).date();
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

std::optional<double> medianOf(const std::map<qint64, qint64>& histogram)
{
    qint64 count = 0;
    for (const auto& [value, n] : histogram)
        count += n;
    if (count == 0)
        return std::nullopt;
    // 0-based positions of the middle value(s) in the sorted list.
    const qint64 low = (count - 1) / 2;
    const qint64 high = count / 2;
    std::optional<qint64> lowValue;
    qint64 seen = 0;
    for (const auto& [value, n] : histogram) {
        if (!lowValue && low < seen + n)
            lowValue = value;
        if (high < seen + n)
            return (double(*lowValue) + double(value)) / 2.0;
        seen += n;
    }
    return std::nullopt;
}

} // namespace showroom::reports::detail
