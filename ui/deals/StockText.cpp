#include "StockText.h"

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
    static const std::pair<const char*, const char*> kSymbols[] = {
        {"EUR", "€"}, {"USD", "$"}, {"GBP", "£"},   {"RUB", "₽"},
        {"UAH", "₴"}, {"CNY", "¥"}, {"CHF", "CHF"}, {"PLN", "zł"}};
    QString symbol = currency;
    for (const auto& [code, sign] : kSymbols)
        if (currency == QLatin1String(code))
            symbol = QString::fromUtf8(sign);
    return QLocale().toCurrencyString(double(*cents) / 100.0, symbol, *cents % 100 == 0 ? 0 : 2);
}

QString StockText::currency(QSqlDatabase& db)
{
    auto settings = PipelineSettings::load(db);
    return settings ? settings->currency : QStringLiteral("EUR");
}

} // namespace showroom
