#pragma once

#include "Error.h"
#include "rules/BusinessHours.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTime>

namespace showroom {

// The settings deals and deliveries follow, read together.
struct DealSettings {
    BusinessHours hours;
    QString currency = QStringLiteral("EUR");
    int offerValidDays = 14;
    int reminderDays = 2; // reminders start this many days before a promised date
    int afterSalesCallDays = 3;
    int eveningWeekday = 4; // the monthly "second delivery" evening: last such weekday
    QTime eveningTime{18, 30};

    static Result<DealSettings> load(QSqlDatabase& db);
    // The showroom's calendar date at `at`.
    QDate localDate(const QDateTime& at) const { return at.toTimeZone(hours.zone()).date(); }
};

} // namespace showroom
