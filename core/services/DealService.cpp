#include "DealService.h"

#include "rules/DealRules.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/ChecklistTemplateService.h"
#include "services/DealSettings.h"
#include "services/LeadService.h"
#include "services/Permissions.h"
#include "storage/ChecklistRepository.h"
#include "storage/ChecklistTemplateRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DealRepository.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"
#include "storage/VehicleRepository.h"

#include <algorithm>

namespace showroom {

namespace {
QString money(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}
} // namespace

QString dealLabel(qint64 dealId)
{
    return DealService::tr("Deal #%1").arg(dealId);
}

Result<void> checkCanWorkDeal(const User& actor, const Deal& deal)
{
    if (roleAllows(actor.role, Permission::WorkAnyLead) && actor.active)
        return {};
    if (auto allowed = require(actor, Permission::WorkOwnLeads); !allowed)
        return allowed;
    if (deal.consultantId && *deal.consultantId != actor.id)
        return fail(ErrorCode::PermissionDenied,
                    DealService::tr("%1 belongs to another consultant.").arg(dealLabel(deal.id)));
    return {};
}

Result<DealDetails> DealService::create(const User& actor, const DealDraft& draft)
{
    const QDateTime now = m_context.clock.now();
    qint64 reservedVehicle = 0;
    auto created = m_context.db.write([&]() -> Result<qint64> {
        QSqlDatabase& sql = m_context.db.sql();
        auto lead = LeadRepository(sql).byId(draft.leadId);
        if (!lead)
            return std::unexpected(lead.error());
        const QString label = leadLabel(sql, *lead);
        // The lead is won by this deal; moving it checks that the actor may work it (the whole
        // transaction is undone if anything below refuses).
        if (auto won = LeadService(m_context).moveStage(actor, lead->id, QStringLiteral("won"));
            !won)
            return std::unexpected(won.error());
        auto existing = DealRepository(sql).idForLead(draft.leadId);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return fail(ErrorCode::Duplicate,
                        tr("%1 already has deal #%2.").arg(label).arg(**existing));
        auto settings = DealSettings::load(sql);
        if (!settings)
            return std::unexpected(settings.error());
        const QDate today = settings->localDate(now);

        Deal deal;
        deal.leadId = lead->id;
        deal.customerId = lead->customerId;
        deal.consultantId = lead->consultantId ? lead->consultantId : std::optional(actor.id);
        deal.buyer = draft.buyer;
        deal.listPriceCents = draft.listPriceCents;
        deal.discountCents = draft.discountCents;
        deal.tradeIn = draft.tradeIn;
        deal.payment = draft.payment;
        deal.depositCents = draft.depositCents;
        deal.promisedDelivery = draft.promisedDelivery;
        deal.notes = draft.notes.trimmed();
        deal.signedAt = now;
        deal.createdAt = now;
        deal.offerValidUntil = today.addDays(settings->offerValidDays);

        QString model;
        if (draft.vehicleId) {
            auto vehicle = VehicleRepository(sql).byId(*draft.vehicleId);
            if (!vehicle)
                return std::unexpected(vehicle.error());
            const bool available = vehicle->status == VehicleStatus::InStock ||
                                   vehicle->status == VehicleStatus::InTransit;
            if (!available || vehicle->ownerCustomerId)
                return fail(ErrorCode::Conflict,
                            tr("%1 (VIN %2) is not available: it is reserved, sold or delivered.")
                                .arg(vehicle->label(), vehicle->vin));
            deal.vehicleId = vehicle->id;
            model = vehicle->model;
            if (deal.listPriceCents <= 0 && vehicle->priceCents)
                deal.listPriceCents = *vehicle->priceCents;
            if (!deal.promisedDelivery.isValid())
                deal.promisedDelivery =
                    vehicle->status == VehicleStatus::InTransit && vehicle->expectedOn.isValid()
                        ? vehicle->expectedOn.addDays(3)
                        : today.addDays(14);
        } else {
            deal.factoryOrder = true;
            deal.orderedVehicle = draft.orderedVehicle.simplified();
            if (deal.orderedVehicle.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("Choose a car from stock, or describe the factory order (make, "
                               "model, trim, colour)."));
            if (!deal.promisedDelivery.isValid())
                return fail(
                    ErrorCode::InvalidInput,
                    tr("A factory order needs the delivery date promised to the customer."));
        }
        if (deal.promisedDelivery < today)
            return fail(ErrorCode::InvalidInput,
                        tr("The promised delivery date %1 is in the past.")
                            .arg(deal.promisedDelivery.toString(Qt::ISODate)));
        if (deal.listPriceCents <= 0)
            return fail(ErrorCode::InvalidInput, tr("Enter the list price."));
        if (deal.discountCents < 0 || deal.discountCents > deal.listPriceCents)
            return fail(ErrorCode::InvalidInput,
                        tr("The discount must be between 0 and the list price."));
        if (deal.depositCents < 0 || deal.tradeIn.valueCents.value_or(0) < 0)
            return fail(ErrorCode::InvalidInput,
                        tr("A deposit or trade-in value cannot be negative."));
        if (deal.tradeIn.present() &&
            (deal.tradeIn.make.trimmed().isEmpty() || deal.tradeIn.model.trimmed().isEmpty()))
            return fail(ErrorCode::InvalidInput,
                        tr("Name the trade-in's make and model (or leave the trade-in empty)."));
        if (deal.tradeIn.year &&
            (*deal.tradeIn.year < 1900 || *deal.tradeIn.year > today.year() + 1))
            return fail(ErrorCode::InvalidInput,
                        tr("The trade-in's year %1 is not plausible.").arg(*deal.tradeIn.year));
        if (deal.tradeIn.mileageKm && *deal.tradeIn.mileageKm < 0)
            return fail(ErrorCode::InvalidInput, tr("The trade-in's mileage cannot be negative."));

        auto templates = ChecklistTemplateRepository(sql).all(false);
        if (!templates)
            return std::unexpected(templates.error());
        const auto accessories = accessoriesForModel(*templates, model);
        for (qint64 chosen : draft.accessoryTemplateItemIds)
            if (std::none_of(accessories.begin(), accessories.end(),
                             [&](const auto& a) { return a.id == chosen; }))
                return fail(ErrorCode::InvalidInput,
                            tr("Accessory #%1 is not offered for this car.").arg(chosen));

        auto dealId = DealRepository(sql).insert(deal);
        if (!dealId)
            return std::unexpected(dealId.error());
        ChecklistPlanInput plan{deal.buyer, deal.payment, today, deal.promisedDelivery,
                                draft.accessoryTemplateItemIds};
        ChecklistRepository checklist(sql);
        for (ChecklistItem item : planChecklists(plan, *templates, accessories)) {
            if (item.status == ChecklistItemStatus::Sold) {
                item.doneBy = actor.id;
                item.doneAt = now;
            }
            if (auto id = checklist.insert(*dealId, item); !id)
                return std::unexpected(id.error());
        }
        if (deal.vehicleId) {
            auto reserved = VehicleRepository(sql).setStatus(
                *deal.vehicleId, VehicleStatus::Reserved, deal.customerId);
            if (!reserved)
                return std::unexpected(reserved.error());
            reservedVehicle = *deal.vehicleId;
        }
        if (auto logged = audit(m_context, &actor, QStringLiteral("deal.create"),
                                QStringLiteral("deals"), *dealId,
                                {{QStringLiteral("lead"), lead->id},
                                 {QStringLiteral("vehicle"), deal.vehicleId ? *deal.vehicleId : 0},
                                 {QStringLiteral("price"), money(deal.priceCents())},
                                 {QStringLiteral("payment"), paymentMethodKey(deal.payment)},
                                 {QStringLiteral("buyer"), buyerKindKey(deal.buyer)}});
            !logged)
            return std::unexpected(logged.error());
        return *dealId;
    });
    if (!created)
        return std::unexpected(created.error());
    if (m_context.changes) {
        Q_EMIT m_context.changes->leadChanged(draft.leadId);
        if (reservedVehicle)
            Q_EMIT m_context.changes->vehicleChanged(reservedVehicle);
        Q_EMIT m_context.changes->dealChanged(*created);
    }
    return details(*created);
}

Result<DealDetails> DealService::details(qint64 dealId)
{
    QSqlDatabase& sql = m_context.db.sql();
    auto deal = DealRepository(sql).byId(dealId);
    if (!deal)
        return std::unexpected(deal.error());
    DealDetails d;
    d.deal = *deal;
    auto customer = CustomerRepository(sql).byId(deal->customerId);
    if (!customer)
        return std::unexpected(customer.error());
    d.customerName = customer->displayName();
    d.customerPhone = customer->phone;
    d.customerEmail = customer->email;
    d.customerAddress = customer->addressLines().join(QStringLiteral(", "));
    if (deal->consultantId) {
        auto consultant = UserRepository(sql).byId(*deal->consultantId);
        if (consultant)
            d.consultantName = consultant->displayName;
    }
    if (deal->vehicleId) {
        auto vehicle = VehicleRepository(sql).byId(*deal->vehicleId);
        if (!vehicle)
            return std::unexpected(vehicle.error());
        d.vehicle = *vehicle;
    }
    ChecklistRepository checklist(sql);
    auto items = checklist.forDeal(dealId);
    if (!items)
        return std::unexpected(items.error());
    d.items = std::move(*items);
    std::vector<qint64> ids;
    for (const ChecklistItem& item : d.items)
        ids.push_back(item.id);
    auto attachments = checklist.attachmentsOf(QStringLiteral("checklist_item"), ids);
    if (!attachments)
        return std::unexpected(attachments.error());
    d.attachments = std::move(*attachments);
    if (d.deal.financed() && !d.deal.bankSentAt.isValid())
        d.bankBlockers = bankBlockers(d.items);
    d.deliveryBlockers = deliveryBlockers(d.deal, d.items);
    return d;
}

Result<std::vector<Deal>> DealService::forCustomer(qint64 customerId)
{
    return DealRepository(m_context.db.sql()).forCustomer(customerId);
}

Result<std::optional<qint64>> DealService::dealOfLead(qint64 leadId)
{
    return DealRepository(m_context.db.sql()).idForLead(leadId);
}

Result<DealDetails> DealService::setPromisedDelivery(const User& actor, qint64 dealId,
                                                     const QDate& date)
{
    auto changed = m_context.db.write([&]() -> Result<void> {
        QSqlDatabase& sql = m_context.db.sql();
        auto deal = DealRepository(sql).byId(dealId);
        if (!deal)
            return std::unexpected(deal.error());
        if (auto allowed = checkCanWorkDeal(actor, *deal); !allowed)
            return allowed;
        if (deal->status != DealStatus::Open)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is already closed.").arg(dealLabel(deal->id)));
        if (!date.isValid())
            return fail(ErrorCode::InvalidInput, tr("Enter the promised delivery date."));
        auto version = DealRepository(sql).setPromisedDelivery(*deal, date,
                                                               [&] { return dealLabel(deal->id); });
        if (!version)
            return std::unexpected(version.error());
        if (auto shifted = ChecklistRepository(sql).shiftOpenDeliverySteps(dealId, date); !shifted)
            return shifted;
        return audit(m_context, &actor, QStringLiteral("deal.promised_delivery"),
                     QStringLiteral("deals"), dealId,
                     {{QStringLiteral("from"), deal->promisedDelivery.toString(Qt::ISODate)},
                      {QStringLiteral("to"), date.toString(Qt::ISODate)}});
    });
    if (!changed)
        return std::unexpected(changed.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->dealChanged(dealId);
    return details(dealId);
}

} // namespace showroom
