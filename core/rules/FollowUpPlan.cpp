#include "FollowUpPlan.h"

#include <QStringList>

namespace showroom {

std::vector<PlannedFollowUp> followUpsAfterFirstVisit(const QDateTime& visitAt,
                                                      const QList<int>& days,
                                                      const BusinessHours& hours)
{
    std::vector<PlannedFollowUp> planned;
    const QDate visitDay = visitAt.toTimeZone(hours.zone()).date();
    for (int day : days) {
        QDateTime due = hours.openingOnOrAfter(visitDay.addDays(day));
        if (hours.alwaysOpen())
            due = visitAt.toUTC().addDays(day);
        planned.push_back({day, due});
    }
    return planned;
}

QList<int> parseFollowUpDays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (ok && day > 0 && !days.contains(day))
            days << day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace showroom
