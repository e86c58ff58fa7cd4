#include "StockText.h"

#include "print/Money.h"
#include "services/PipelineSettings.h"

#include <QLocale>

namespace showroom {

QString StockText::status(VehicleStatus status)
{
    switch (status) {
    case VehicleStatus::InStock:
        return tr("In stock");
    case VehicleStatus::InTransit:
        return tr("In transit");
    case VehicleStatus::Reserved:
        return tr("Reserved");
    case VehicleStatus::Sold:
        return tr("Sold");
    case VehicleStatus::Delivered:
        return tr("Delivered");
    }
    return {};
}

QString StockText::statusWithDate(const Vehicle& vehicle)
{
    if (vehicle.status == VehicleStatus::InTransit && vehicle.expectedOn.isValid())
        return tr("In transit, expected %1")
            .arg(QLocale().toString(vehicle.expectedOn, QLocale::ShortFormat));
    return status(vehicle.status);
}

QString StockText::condition(VehicleCondition condition)
{
    switch (condition) {
    case VehicleCondition::New:
        return tr("New");
    case VehicleCondition::Used:
        return tr("Used");
    case VehicleCondition::Demo:
        return tr("Demo car");
    }
    return {};
}

QString StockText::price(std::optional<qint64> cents, const QString& currency)
{
    if (!cents)
        return {};
    return formatMoney(*cents, currency);
}

QString StockText::currency(QSqlDatabase& db)
{
    auto settings = PipelineSettings::load(db);
    return settings ? settings->currency : QStringLiteral("EUR");
}

} // namespace showroom
