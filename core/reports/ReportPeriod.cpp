#include "ReportPeriod.h"

#include <QRegularExpression>

namespace showroom::reports {

namespace {

// Monday of ISO week 1: the week with the year's first Thursday.
QDate firstIsoMonday(int year)
{
    return ReportPeriod::mondayOf(QDate(year, 1, 4));
}

} // namespace

QDate ReportPeriod::mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

ReportFilter ReportPeriod::lastFullWeek(QDate today)
{
    const QDate monday = mondayOf(today).addDays(-7);
    return {monday, monday.addDays(6), std::nullopt, std::nullopt};
}

Result<ReportFilter> ReportPeriod::isoWeek(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Ww](\\d{1,2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not an ISO week; write it like 2026-W47.").arg(text));
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    const int weeksInYear = QDate(year, 12, 28).weekNumber();
    if (week < 1 || week > weeksInYear)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has weeks 1 to %2, not week %3.").arg(year).arg(weeksInYear).arg(week));
    const QDate monday = firstIsoMonday(year).addDays(7 * (week - 1));
    return ReportFilter{monday, monday.addDays(6), std::nullopt, std::nullopt};
}

Result<ReportFilter> ReportPeriod::range(const QString& from, const QString& to)
{
    const QDate first = QDate::fromString(from.trimmed(), Qt::ISODate);
    if (!first.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a date; write it like 2026-11-16.").arg(from));
    const QDate last = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!last.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a date; write it like 2026-11-16.").arg(to));
    return range(first, last);
}

Result<ReportFilter> ReportPeriod::range(QDate from, QDate to)
{
    if (to < from)
        return fail(ErrorCode::InvalidInput, tr("The period ends before it begins."));
    if (from.daysTo(to) >= 3 * 366)
        return fail(ErrorCode::InvalidInput, tr("A report covers at most three years."));
    return ReportFilter{from, to, std::nullopt, std::nullopt};
}

QString ReportPeriod::isoWeekName(const ReportFilter& filter)
{
    if (filter.first.dayOfWeek() != 1 || filter.first.daysTo(filter.last) != 6)
        return {};
    int year = 0;
    const int week = filter.first.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace showroom::reports
