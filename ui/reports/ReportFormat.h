#pragma once

#include "io/DataTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

namespace showroom {

// How the Reports screen writes its figures: numbers, percentages, dates and money in the app's
// locale, "–" for a figure without a value (a rate without a denominator).
class ReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    static QString none() { return QStringLiteral("–"); }
    static QString count(qint64 value, const QLocale& locale = QLocale());
    // A fraction (0.25) as "25.0%" (the translation places the sign).
    static QString percent(const std::optional<double>& fraction, const QLocale& locale = QLocale(),
                           int decimals = 1);
    // Minutes as "45 min", "3.5 h" or "2.1 days".
    static QString minutes(const std::optional<double>& minutes, const QLocale& locale = QLocale());
    static QString money(qint64 cents, const QString& currency, const QLocale& locale = QLocale());
    static QString money(const std::optional<qint64>& cents, const QString& currency,
                         const QLocale& locale = QLocale());
    // A cell of a report table in the form its column type asks for.
    static QString cell(const QVariant& value, DataColumn::Type type, const QString& currency,
                        const QLocale& locale = QLocale());
    // "+12%" / "−3%" of `current` against `before` (empty when `before` is 0).
    static QString relativeChange(double current, double before, const QLocale& locale = QLocale());
    // "+2.5 pp": the difference of two rates in percentage points.
    static QString pointChange(double current, double before, const QLocale& locale = QLocale());
};

} // namespace showroom
