#include "print/Money.h"

#include <utility>

namespace showroom {

QString currencySymbol(const QString& isoCode, const QLocale& locale)
{
    if (isoCode == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const std::pair<const char*, const char*> kSymbols[] = {
        {"EUR", "€"}, {"USD", "$"}, {"GBP", "£"},   {"RUB", "₽"}, {"UAH", "₴"},
        {"CNY", "¥"}, {"JPY", "¥"}, {"CHF", "CHF"}, {"PLN", "zł"}};
    for (const auto& [code, sign] : kSymbols)
        if (isoCode == QLatin1String(code))
            return QString::fromUtf8(sign);
    return isoCode;
}

QString formatMoney(qint64 cents, const QString& isoCode, const QLocale& locale, int decimals)
{
    if (decimals < 0)
        decimals = cents % 100 == 0 ? 0 : 2;
    return locale.toCurrencyString(double(cents) / 100.0, currencySymbol(isoCode, locale),
                                   decimals);
}

} // namespace showroom
