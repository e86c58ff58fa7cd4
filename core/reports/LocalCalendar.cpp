#include "LocalCalendar.h"

#include <QDateTime>
#include <algorithm>

namespace showroom::reports::detail {

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
} // namespace

LocalCalendar::LocalCalendar(const QTimeZone& zone, QDate first, QDate last)
    : m_zone(zone), m_first(first), m_last(last)
{
    for (QDate d = first; d <= last.addDays(1); d = d.addDays(1))
        m_starts.push_back(QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch());

    const QDateTime from = QDateTime::fromSecsSinceEpoch(m_starts.front(), zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(m_starts.back(), zone);
    qint64 offset = zone.offsetFromUtc(from);
    QString sql = QStringLiteral("CASE");
    bool anyTransition = false;
    if (zone.hasTransitions())
        for (const QTimeZone::OffsetData& t : zone.transitions(from, to)) {
            sql += QStringLiteral(" WHEN {column} < %1 THEN %2")
                       .arg(t.atUtc.toSecsSinceEpoch())
                       .arg(offset);
            offset = t.offsetFromUtc;
            anyTransition = true;
        }
    m_offsetSql =
        anyTransition ? sql + QStringLiteral(" ELSE %1 END").arg(offset) : QString::number(offset);
}

qint64 LocalCalendar::dayOf(qint64 epoch) const
{
    if (epoch >= m_starts.front() && epoch < m_starts.back()) {
        const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), epoch);
        return m_first.toJulianDay() + (next - m_starts.begin()) - 1;
    }
    return QDateTime::fromSecsSinceEpoch(epoch, m_zone).date().toJulianDay();
}

qint64 LocalCalendar::startOf(qint64 julianDay) const
{
    const qint64 index = julianDay - m_first.toJulianDay();
    if (index >= 0 && index < qint64(m_starts.size()))
        return m_starts[std::size_t(index)];
    return QDateTime(QDate::fromJulianDay(julianDay), QTime(0, 0), m_zone).toSecsSinceEpoch();
}

QString LocalCalendar::localSeconds(const QString& column) const
{
    return QStringLiteral("(%1 + %2)")
        .arg(column, QString(m_offsetSql).replace(QStringLiteral("{column}"), column));
}

QString LocalCalendar::julianDay(const QString& column) const
{
    return QStringLiteral("(%1 / %2 + %3)")
        .arg(localSeconds(column))
        .arg(kDay)
        .arg(kUnixEpochJulianDay);
}

} // namespace showroom::reports::detail
