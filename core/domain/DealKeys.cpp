// Stable text keys of the deal, stock and checklist enums, and the labels built from values.
#include "domain/Deal.h"
#include "domain/KeyTable.h"

#include <QLocale>
#include <QStringList>

namespace showroom {

namespace {
using keys::KeyTable;

constexpr KeyTable<VehicleCondition, 3> kConditions{{{VehicleCondition::New, "new"},
                                                     {VehicleCondition::Used, "used"},
                                                     {VehicleCondition::Demo, "demo"}}};
constexpr KeyTable<VehicleStatus, 5> kVehicleStatuses{{{VehicleStatus::InStock, "in_stock"},
                                                       {VehicleStatus::InTransit, "in_transit"},
                                                       {VehicleStatus::Reserved, "reserved"},
                                                       {VehicleStatus::Sold, "sold"},
                                                       {VehicleStatus::Delivered, "delivered"}}};
constexpr KeyTable<BuyerKind, 2> kBuyers{
    {{BuyerKind::Private, "private"}, {BuyerKind::Company, "company"}}};
constexpr KeyTable<PaymentMethod, 3> kPayments{{{PaymentMethod::Cash, "cash"},
                                                {PaymentMethod::Credit, "credit"},
                                                {PaymentMethod::Lease, "lease"}}};
constexpr KeyTable<DealStatus, 3> kDealStatuses{{{DealStatus::Open, "open"},
                                                 {DealStatus::Delivered, "delivered"},
                                                 {DealStatus::Cancelled, "cancelled"}}};
constexpr KeyTable<ChecklistKind, 5> kChecklistKinds{{{ChecklistKind::LoanPrivate, "loan_private"},
                                                      {ChecklistKind::LoanCompany, "loan_company"},
                                                      {ChecklistKind::Accessories, "accessories"},
                                                      {ChecklistKind::Delivery, "delivery"},
                                                      {ChecklistKind::Handover, "handover"}}};
constexpr KeyTable<ChecklistItemStatus, 4> kItemStatuses{
    {{ChecklistItemStatus::Open, "open"},
     {ChecklistItemStatus::Done, "done"},
     {ChecklistItemStatus::Sold, "sold"},
     {ChecklistItemStatus::NotSold, "not_sold"}}};
} // namespace

QString vehicleConditionKey(VehicleCondition condition)
{
    return keys::keyOf(kConditions, condition);
}
std::optional<VehicleCondition> vehicleConditionFromKey(const QString& key)
{
    return keys::valueOf(kConditions, key);
}
QString vehicleStatusKey(VehicleStatus status)
{
    return keys::keyOf(kVehicleStatuses, status);
}
std::optional<VehicleStatus> vehicleStatusFromKey(const QString& key)
{
    return keys::valueOf(kVehicleStatuses, key);
}
QString buyerKindKey(BuyerKind kind)
{
    return keys::keyOf(kBuyers, kind);
}
std::optional<BuyerKind> buyerKindFromKey(const QString& key)
{
    return keys::valueOf(kBuyers, key);
}
QString paymentMethodKey(PaymentMethod method)
{
    return keys::keyOf(kPayments, method);
}
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    return keys::valueOf(kPayments, key);
}
QString dealStatusKey(DealStatus status)
{
    return keys::keyOf(kDealStatuses, status);
}
std::optional<DealStatus> dealStatusFromKey(const QString& key)
{
    return keys::valueOf(kDealStatuses, key);
}
QString checklistKindKey(ChecklistKind kind)
{
    return keys::keyOf(kChecklistKinds, kind);
}
std::optional<ChecklistKind> checklistKindFromKey(const QString& key)
{
    return keys::valueOf(kChecklistKinds, key);
}
QString checklistItemStatusKey(ChecklistItemStatus status)
{
    return keys::keyOf(kItemStatuses, status);
}
std::optional<ChecklistItemStatus> checklistItemStatusFromKey(const QString& key)
{
    return keys::valueOf(kItemStatuses, key);
}

QString Vehicle::label() const
{
    QStringList name{make, model};
    if (!trim.isEmpty())
        name << trim;
    QString text = name.join(QLatin1Char(' ')).simplified();
    if (!colour.isEmpty())
        text += QStringLiteral(", ") + colour;
    return text;
}

QString TradeIn::description() const
{
    QStringList parts;
    if (year)
        parts << QString::number(*year);
    parts << make << model;
    QString text = parts.join(QLatin1Char(' ')).simplified();
    if (mileageKm)
        text += QStringLiteral(", %1 km").arg(QLocale().toString(*mileageKm));
    return text;
}

QString DealDetails::vehicleLabel() const
{
    return vehicle ? vehicle->label() : deal.orderedVehicle;
}

} // namespace showroom
