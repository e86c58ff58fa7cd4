#include "BusinessHours.h"

#include <QStringList>
#include <algorithm>

namespace showroom {

namespace {
constexpr int kSearchDays = 14; // a week of closed days can never hide the next opening
}

BusinessHours::BusinessHours(QTime start, QTime end, const QList<int>& days, QTimeZone zone)
    : m_start(start), m_end(end), m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
    for (int day : days)
        if (day >= 1 && day <= 7)
            m_days[size_t(day)] = true;
    const bool anyDay = std::any_of(m_days.begin(), m_days.end(), [](bool open) { return open; });
    m_alwaysOpen = !anyDay || !start.isValid() || !end.isValid() || end <= start;
}

BusinessHours BusinessHours::fromSettings(const QString& start, const QString& end,
                                          const QString& days, const QString& zone)
{
    QList<int> dayList;
    for (const QString& day : days.split(QLatin1Char(','), Qt::SkipEmptyParts))
        dayList << day.trimmed().toInt();
    const QTimeZone timeZone =
        zone.trimmed().isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.trimmed().toUtf8());
    return BusinessHours(QTime::fromString(start.trimmed(), QStringLiteral("HH:mm")),
                         QTime::fromString(end.trimmed(), QStringLiteral("HH:mm")), dayList,
                         timeZone);
}

QDateTime BusinessHours::localAt(QDate date, QTime time) const
{
    return QDateTime(date, time, m_zone).toUTC();
}

bool BusinessHours::isOpen(const QDateTime& at) const
{
    if (m_alwaysOpen)
        return true;
    const QDateTime local = at.toTimeZone(m_zone);
    return isBusinessDay(local.date()) && local.time() >= m_start && local.time() < m_end;
}

QDateTime BusinessHours::openingOnOrAfter(QDate date) const
{
    if (m_alwaysOpen)
        return localAt(date, QTime(0, 0));
    for (int i = 0; i < kSearchDays; ++i, date = date.addDays(1))
        if (isBusinessDay(date))
            return localAt(date, m_start);
    return {};
}

QDateTime BusinessHours::nextOpening(const QDateTime& at) const
{
    if (isOpen(at))
        return at.toUTC();
    const QDateTime local = at.toTimeZone(m_zone);
    if (isBusinessDay(local.date()) && local.time() < m_start)
        return localAt(local.date(), m_start);
    return openingOnOrAfter(local.date().addDays(1));
}

QDateTime BusinessHours::addBusinessMinutes(const QDateTime& from, int minutes) const
{
    if (m_alwaysOpen)
        return from.toUTC().addSecs(qint64(minutes) * 60);
    qint64 left = qint64(minutes) * 60;
    QDateTime cursor = nextOpening(from);
    for (int guard = 0; guard < 4000 && cursor.isValid(); ++guard) {
        const QDateTime local = cursor.toTimeZone(m_zone);
        const QDateTime closing = localAt(local.date(), m_end);
        const qint64 available = cursor.secsTo(closing);
        if (left <= available)
            return cursor.addSecs(left);
        left -= available;
        cursor = openingOnOrAfter(local.date().addDays(1));
    }
    return cursor;
}

qint64 BusinessHours::businessSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    if (to < from)
        return -businessSecondsBetween(to, from);
    if (m_alwaysOpen)
        return from.secsTo(to);
    qint64 total = 0;
    QDateTime cursor = nextOpening(from);
    for (int guard = 0; guard < 4000 && cursor.isValid() && cursor < to; ++guard) {
        const QDateTime local = cursor.toTimeZone(m_zone);
        const QDateTime closing = localAt(local.date(), m_end);
        total += cursor.secsTo(std::min(closing, to));
        cursor = openingOnOrAfter(local.date().addDays(1));
    }
    return total;
}

} // namespace showroom
