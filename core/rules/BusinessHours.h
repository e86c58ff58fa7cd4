#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <array>

namespace showroom {

// The showroom's opening hours in its own time zone. Response deadlines count only the time
// inside them: a lead arriving on Saturday evening is due 30 minutes after Monday's opening.
class BusinessHours {
public:
    // Always open (no settings): deadlines are plain clock time.
    BusinessHours() = default;
    // `days` are ISO weekdays (1 = Monday); an empty list or end <= start means always open.
    BusinessHours(QTime start, QTime end, const QList<int>& days, QTimeZone zone);

    // Parses the settings' texts ("09:00", "19:00", "1,2,3,4,5,6", IANA zone or '' for system).
    static BusinessHours fromSettings(const QString& start, const QString& end, const QString& days,
                                      const QString& zone);

    bool alwaysOpen() const { return m_alwaysOpen; }
    bool isOpen(const QDateTime& at) const;
    // `at` when open, else the next opening.
    QDateTime nextOpening(const QDateTime& at) const;
    // The moment `minutes` of opening time after `from` have passed.
    QDateTime addBusinessMinutes(const QDateTime& from, int minutes) const;
    // Opening time between two moments, in seconds (negative when `to` is before `from`).
    qint64 businessSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // Opening of the given local date, or the next business day's opening when closed that day.
    QDateTime openingOnOrAfter(QDate date) const;
    QTimeZone zone() const { return m_zone; }

private:
    bool isBusinessDay(QDate date) const { return m_days[size_t(date.dayOfWeek())]; }
    QDateTime localAt(QDate date, QTime time) const;

    bool m_alwaysOpen = true;
    QTime m_start{0, 0};
    QTime m_end{23, 59, 59};
    std::array<bool, 8> m_days{};
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace showroom
