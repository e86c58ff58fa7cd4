#pragma once

#include "domain/Vehicle.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace showroom {

// How the stock pages and dialogs word vehicles: translated statuses and conditions, prices.
class StockText {
    Q_DECLARE_TR_FUNCTIONS(StockText)

public:
    static QString status(VehicleStatus status);
    // "In transit, expected 15.12.2026" for a car on its way; otherwise status().
    static QString statusWithDate(const Vehicle& vehicle);
    static QString condition(VehicleCondition condition);
    // The price in the dealership's currency ("32.990,00 €"); '' without a price.
    static QString price(std::optional<qint64> cents, const QString& currency);
    // The dealership's currency (ISO 4217) from the settings; EUR when unset.
    static QString currency(QSqlDatabase& db);
};

} // namespace showroom
