#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <vector>

namespace showroom::reports::detail {

// The dealership's local dates as Julian day numbers, for many timestamps at once: the starts of
// the days of a window are computed once, so that placing a timestamp is a binary search rather
// than a time zone conversion.
class LocalCalendar {
public:
    LocalCalendar(const QTimeZone& zone, QDate first, QDate last);

    qint64 dayOf(qint64 epoch) const; // the local date's Julian day
    qint64 startOf(qint64 julianDay) const;
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }

    // SQL for "the local time of <column> as seconds since 1970-01-01 local", exact for the
    // window's time stamps (the offsets of the window's daylight saving transitions).
    QString localSeconds(const QString& column) const;
    // SQL for the local date's Julian day of <column>.
    QString julianDay(const QString& column) const;

private:
    QTimeZone m_zone;
    QDate m_first;
    QDate m_last;
    std::vector<qint64> m_starts; // m_first .. m_last + 1
    QString m_offsetSql;          // "{column}" stands for the column
};

} // namespace showroom::reports::detail
