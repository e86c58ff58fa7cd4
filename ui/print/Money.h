#pragma once

#include <QLocale>
#include <QString>

namespace showroom {

// The sign a reader expects for an ISO 4217 code: the locale's own when it uses that currency,
// else a known one ("€" for EUR), else the code itself.
QString currencySymbol(const QString& isoCode, const QLocale& locale = QLocale());

// An amount in the locale's format with the currency's sign. `decimals` -1: cents only when the
// amount has any.
QString formatMoney(qint64 cents, const QString& isoCode, const QLocale& locale = QLocale(),
                    int decimals = -1);

} // namespace showroom
