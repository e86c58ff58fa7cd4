#include "DealDocumentService.h"

#include "services/ChecklistTemplateService.h"
#include "services/DealService.h"
#include "services/DealSettings.h"
#include "storage/ChecklistTemplateRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/LeadRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/UserRepository.h"
#include "storage/VehicleRepository.h"

namespace showroom {

namespace {
Result<void> fillDealership(QSqlDatabase& sql, DealDocument& doc, const QDateTime& now)
{
    ReferenceRepository reference(sql);
    auto settings = DealSettings::load(sql);
    if (!settings)
        return std::unexpected(settings.error());
    doc.currency = settings->currency;
    doc.issuedOn = settings->localDate(now);
    doc.validUntil = doc.issuedOn.addDays(settings->offerValidDays);
    for (auto [key, target] : {std::pair{"dealership.name", &doc.dealershipName},
                               std::pair{"dealership.address", &doc.dealershipAddress},
                               std::pair{"dealership.phone", &doc.dealershipPhone}}) {
        auto value = reference.setting(QString::fromLatin1(key));
        if (!value)
            return std::unexpected(value.error());
        *target = value->trimmed();
    }
    auto logo = reference.setting(QStringLiteral("dealership.logo"));
    if (!logo)
        return std::unexpected(logo.error());
    doc.logo = QByteArray::fromBase64(logo->toLatin1());
    return {};
}

Result<void> fillCustomer(QSqlDatabase& sql, DealDocument& doc, qint64 customerId)
{
    auto customer = CustomerRepository(sql).byId(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    doc.customerName = (customer->firstName + QLatin1Char(' ') + customer->lastName).trimmed();
    doc.companyName = customer->companyName;
    if (doc.customerName.isEmpty())
        doc.customerName = customer->displayName();
    doc.customerAddress = customer->addressLines().join(QLatin1Char('\n'));
    doc.customerPhone = customer->phone;
    doc.customerEmail = customer->email;
    return {};
}

void fillVehicle(DealDocument& doc, const Vehicle& vehicle)
{
    doc.vehicleLabel = vehicle.label();
    doc.vin = vehicle.vin;
    doc.modelYear = vehicle.modelYear;
    doc.condition = vehicleConditionKey(vehicle.condition);
}

QString consultantName(QSqlDatabase& sql, std::optional<qint64> id)
{
    if (!id)
        return {};
    auto user = UserRepository(sql).byId(*id);
    return user ? user->displayName : QString();
}
} // namespace

Result<DealDocument> DealDocumentService::load(qint64 dealId, DealDocumentKind kind)
{
    auto details = DealService(m_context).details(dealId);
    if (!details)
        return std::unexpected(details.error());
    QSqlDatabase& sql = m_context.db.sql();
    const Deal& deal = details->deal;
    DealDocument doc;
    doc.kind = kind;
    doc.dealId = dealId;
    if (auto ok = fillDealership(sql, doc, m_context.clock.now()); !ok)
        return std::unexpected(ok.error());
    if (deal.offerValidUntil.isValid() && kind == DealDocumentKind::Offer)
        doc.validUntil = deal.offerValidUntil;
    if (auto ok = fillCustomer(sql, doc, deal.customerId); !ok)
        return std::unexpected(ok.error());
    doc.buyer = deal.buyer;
    doc.consultantName = details->consultantName;
    if (details->vehicle)
        fillVehicle(doc, *details->vehicle);
    else
        doc.vehicleLabel = deal.orderedVehicle;
    doc.factoryOrder = deal.factoryOrder;
    doc.promisedDelivery = deal.promisedDelivery;
    doc.listPriceCents = deal.listPriceCents;
    doc.discountCents = deal.discountCents;
    doc.tradeIn = deal.tradeIn;
    doc.payment = deal.payment;
    doc.depositCents = deal.depositCents;
    for (const ChecklistItem& item : details->items) {
        if (item.kind == ChecklistKind::Accessories && item.status == ChecklistItemStatus::Sold)
            doc.accessories.push_back({item.title, item.priceCents.value_or(0)});
        if (item.kind == ChecklistKind::Handover)
            doc.handoverItems.push_back(item);
    }
    return doc;
}

Result<DealDocument> DealDocumentService::offer(const DealDraft& draft)
{
    QSqlDatabase& sql = m_context.db.sql();
    auto lead = LeadRepository(sql).byId(draft.leadId);
    if (!lead)
        return std::unexpected(lead.error());
    DealDocument doc;
    doc.kind = DealDocumentKind::Offer;
    if (auto ok = fillDealership(sql, doc, m_context.clock.now()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = fillCustomer(sql, doc, lead->customerId); !ok)
        return std::unexpected(ok.error());
    doc.buyer = draft.buyer;
    doc.consultantName = consultantName(sql, lead->consultantId);
    QString model;
    if (draft.vehicleId) {
        auto vehicle = VehicleRepository(sql).byId(*draft.vehicleId);
        if (!vehicle)
            return std::unexpected(vehicle.error());
        fillVehicle(doc, *vehicle);
        model = vehicle->model;
    } else {
        doc.vehicleLabel = draft.orderedVehicle.simplified();
        doc.factoryOrder = true;
    }
    doc.promisedDelivery = draft.promisedDelivery;
    doc.listPriceCents = draft.listPriceCents;
    doc.discountCents = draft.discountCents;
    doc.tradeIn = draft.tradeIn;
    doc.payment = draft.payment;
    doc.depositCents = draft.depositCents;
    auto templates = ChecklistTemplateRepository(sql).all(false);
    if (!templates)
        return std::unexpected(templates.error());
    for (const ChecklistTemplateItem& item : accessoriesForModel(*templates, model))
        if (std::count(draft.accessoryTemplateItemIds.begin(), draft.accessoryTemplateItemIds.end(),
                       item.id))
            doc.accessories.push_back({item.title, item.priceCents.value_or(0)});
    return doc;
}

} // namespace showroom
