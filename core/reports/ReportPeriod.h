#pragma once

#include "Error.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace showroom::reports {

// Report periods: ISO weeks ("2026-W47", Monday to Sunday) and free date ranges.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    // The Monday of `date`'s ISO week.
    static QDate mondayOf(QDate date);
    // The last full Monday-to-Sunday week before `today`'s week.
    static ReportFilter lastFullWeek(QDate today);
    // "2026-W47" or "2026-w5"; weeks 1..52 or 53 where the year has one.
    static Result<ReportFilter> isoWeek(const QString& text);
    // ISO dates, both inclusive; refused when `to` is before `from` or the range exceeds 3 years.
    static Result<ReportFilter> range(const QString& from, const QString& to);
    static Result<ReportFilter> range(QDate from, QDate to);
    // "2026-W47" for a period that is exactly one ISO week, otherwise empty.
    static QString isoWeekName(const ReportFilter& filter);
};

} // namespace showroom::reports
