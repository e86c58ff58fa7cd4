#include "DealFixture.h"

#include "services/ChecklistService.h"
#include "services/LeadService.h"
#include "services/StockService.h"

#include <catch2/catch.hpp>

namespace showroom::test {

DealDesk::DealDesk()
{
    golf = addCar(QStringLiteral("WVWZZZ1KZBW000001"));
    lead = newOfferLead(QStringLiteral("0172 4000001"));
}

Vehicle DealDesk::addCar(const QString& vin, const QString& model, bool testDrive)
{
    Vehicle car;
    car.vin = vin;
    car.make = QStringLiteral("Volkswagen");
    car.model = model;
    car.trim = QStringLiteral("Life");
    car.colour = QStringLiteral("Moonstone Grey");
    car.modelYear = 2026;
    car.priceCents = 3'000'000;
    car.testDriveCar = testDrive;
    auto added = StockService(context()).add(manager, car);
    REQUIRE(added.has_value());
    return *added;
}

Lead DealDesk::newOfferLead(const QString& phone)
{
    const Customer customer = addCustomer(QStringLiteral("Jonas"), QStringLiteral("Weber"), phone);
    LeadService leads(context());
    auto created =
        leads.create(reception, newLead(customer.id, QStringLiteral("walk_in"), anna.id));
    REQUIRE(created.has_value());
    auto moved = leads.moveStage(anna, created->id, QStringLiteral("offer"));
    REQUIRE(moved.has_value());
    return *moved;
}

DealDraft DealDesk::draft(const Lead& forLead, const Vehicle& car, PaymentMethod payment,
                          BuyerKind buyer) const
{
    DealDraft d;
    d.leadId = forLead.id;
    d.vehicleId = car.id;
    d.buyer = buyer;
    d.listPriceCents = 3'000'000;
    d.discountCents = 150'000;
    d.payment = payment;
    d.depositCents = 200'000;
    d.promisedDelivery = QDate(2026, 12, 14);
    return d;
}

DealDetails DealDesk::sign(const DealDraft& d)
{
    auto created = DealService(context()).create(anna, d);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.has_value());
    return *created;
}

void DealDesk::complete(qint64 dealId, std::initializer_list<ChecklistKind> kinds)
{
    auto details = DealService(context()).details(dealId);
    REQUIRE(details.has_value());
    ChecklistService checklist(context());
    for (const ChecklistItem& item : details->items) {
        if (!item.open() || std::find(kinds.begin(), kinds.end(), item.kind) == kinds.end())
            continue;
        if (item.kind == ChecklistKind::Accessories) {
            REQUIRE(checklist.notSold(anna, item.id, QStringLiteral("not_needed")).has_value());
            continue;
        }
        if (item.requiresDocument)
            REQUIRE(checklist
                        .attach(anna, item.id, QStringLiteral("scan.pdf"),
                                QByteArrayLiteral("%PDF-1.4 scan of ") + item.title.toUtf8())
                        .has_value());
        auto ticked = checklist.tick(anna, item.id);
        INFO((ticked ? QString() : ticked.error().message).toStdString());
        REQUIRE(ticked.has_value());
    }
}

} // namespace showroom::test
