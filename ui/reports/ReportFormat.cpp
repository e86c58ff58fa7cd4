#include "reports/ReportFormat.h"

#include "print/Money.h"

#include <QDate>
#include <cmath>

namespace showroom {

namespace {
QString signedNumber(double value, int decimals, const QLocale& locale)
{
    const QString digits = locale.toString(std::abs(value), 'f', decimals);
    if (std::round(std::abs(value) * std::pow(10.0, decimals)) == 0.0)
        return digits;
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + digits;
}
} // namespace

QString ReportFormat::count(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

QString ReportFormat::percent(const std::optional<double>& fraction, const QLocale& locale,
                              int decimals)
{
    if (!fraction)
        return none();
    //: A percentage, e.g. "25.0%"; %1 is the number
    return tr("%1%").arg(locale.toString(*fraction * 100.0, 'f', decimals));
}

QString ReportFormat::minutes(const std::optional<double>& minutes, const QLocale& locale)
{
    if (!minutes)
        return none();
    if (*minutes < 100.0)
        return tr("%1 min").arg(locale.toString(*minutes, 'f', *minutes < 10.0 ? 1 : 0));
    if (*minutes < 48.0 * 60.0)
        return tr("%1 h").arg(locale.toString(*minutes / 60.0, 'f', 1));
    return tr("%1 days").arg(locale.toString(*minutes / (24.0 * 60.0), 'f', 1));
}

QString ReportFormat::money(qint64 cents, const QString& currency, const QLocale& locale)
{
    return formatMoney(cents, currency, locale, 0);
}

QString ReportFormat::money(const std::optional<qint64>& cents, const QString& currency,
                            const QLocale& locale)
{
    return cents ? money(*cents, currency, locale) : none();
}

QString ReportFormat::cell(const QVariant& value, DataColumn::Type type, const QString& currency,
                           const QLocale& locale)
{
    if (!value.isValid())
        return none();
    switch (type) {
    case DataColumn::Type::Text:
        return value.toString();
    case DataColumn::Type::Integer:
        return count(value.toLongLong(), locale);
    case DataColumn::Type::Number:
        return locale.toString(value.toDouble(), 'f', 1);
    case DataColumn::Type::Percent:
        return percent(value.toDouble(), locale);
    case DataColumn::Type::Money:
        return money(value.toLongLong(), currency, locale);
    case DataColumn::Type::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return value.toString();
}

QString ReportFormat::relativeChange(double current, double before, const QLocale& locale)
{
    if (before == 0.0)
        return {};
    return tr("%1%").arg(signedNumber((current - before) / before * 100.0, 0, locale));
}

QString ReportFormat::pointChange(double current, double before, const QLocale& locale)
{
    //: Percentage points, the difference of two rates
    return tr("%1 pp").arg(signedNumber((current - before) * 100.0, 1, locale));
}

} // namespace showroom
