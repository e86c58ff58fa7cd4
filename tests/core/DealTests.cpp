// After Won: the deal reserves the car, gets the right checklists, and the loan file only goes to
// the bank when it is complete.
#include "DealFixture.h"
#include "services/ChecklistService.h"
#include "services/ChecklistTemplateService.h"
#include "services/LeadService.h"
#include "services/StockService.h"
#include "storage/ReferenceRepository.h"

#include <QCryptographicHash>
#include <QLocale>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
int count(const DealDetails& d, ChecklistKind kind)
{
    return int(std::count_if(d.items.begin(), d.items.end(),
                             [&](const ChecklistItem& i) { return i.kind == kind; }));
}

const ChecklistItem& itemTitled(const DealDetails& d, const QString& title)
{
    const auto found = std::find_if(d.items.begin(), d.items.end(),
                                    [&](const ChecklistItem& i) { return i.title == title; });
    REQUIRE(found != d.items.end());
    return *found;
}
} // namespace

TEST_CASE("a deal wins the lead, reserves the car for the customer and dates its steps", "[deals]")
{
    DealDesk f;
    const DealDetails deal = f.sign(f.draft(f.lead, f.golf));

    auto lead = LeadService(f.context()).get(f.lead.id);
    REQUIRE(lead.has_value());
    auto stage = ReferenceRepository(f.db->sql()).stageById(lead->stageId);
    REQUIRE(stage.has_value());
    CHECK(stage->kind == StageKind::Won);

    auto car = StockService(f.context()).get(f.golf.id);
    REQUIRE(car.has_value());
    CHECK(car->status == VehicleStatus::Reserved);
    CHECK(car->ownerCustomerId == lead->customerId); // its VIN now finds the buyer

    CHECK(deal.deal.priceCents() == 2'850'000);
    CHECK(deal.deal.consultantId == f.anna.id);
    CHECK(deal.deal.offerValidUntil == QDate(2026, 12, 7)); // 14 days
    // "Car ordered" 21 days before the promised 14 December, "Car cleaned" the day before.
    CHECK(itemTitled(deal, QStringLiteral("Car ordered")).dueOn == QDate(2026, 11, 23));
    CHECK(itemTitled(deal, QStringLiteral("Car cleaned")).dueOn == QDate(2026, 12, 13));

    SECTION("the reserved car cannot be sold twice")
    {
        const Lead other = f.newOfferLead(QStringLiteral("0172 4000002"));
        auto refused = DealService(f.context()).create(f.anna, f.draft(other, f.golf));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(f.golf.vin));
        auto stillOpen = LeadService(f.context()).get(other.id);
        REQUIRE(stillOpen.has_value());
        CHECK(stillOpen->stageId == other.stageId); // nothing of the refused deal stayed
    }
    SECTION("a lead has one deal")
    {
        const Vehicle polo = f.addCar(QStringLiteral("WVWZZZAWZNU000002"), QStringLiteral("Polo"));
        auto refused = DealService(f.context()).create(f.anna, f.draft(f.lead, polo));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Duplicate);
    }
}

TEST_CASE("checklists follow the buyer and the payment", "[deals][checklists]")
{
    DealDesk f;
    SECTION("cash: no loan documents")
    {
        const DealDetails d = f.sign(f.draft(f.lead, f.golf, PaymentMethod::Cash));
        CHECK(count(d, ChecklistKind::LoanPrivate) == 0);
        CHECK(count(d, ChecklistKind::LoanCompany) == 0);
        CHECK(count(d, ChecklistKind::Delivery) == 8);
        CHECK(count(d, ChecklistKind::Handover) == 4);
        CHECK(count(d, ChecklistKind::Accessories) == 4);
        CHECK(d.bankBlockers.empty());
    }
    SECTION("credit, private buyer: the private list")
    {
        const DealDetails d = f.sign(f.draft(f.lead, f.golf, PaymentMethod::Credit));
        CHECK(count(d, ChecklistKind::LoanPrivate) == 5);
        CHECK(count(d, ChecklistKind::LoanCompany) == 0);
        CHECK(itemTitled(d, QStringLiteral("Proof of income (last 3 payslips)")).requiresDocument);
    }
    SECTION("lease, company buyer: the company list")
    {
        const DealDetails d =
            f.sign(f.draft(f.lead, f.golf, PaymentMethod::Lease, BuyerKind::Company));
        CHECK(count(d, ChecklistKind::LoanPrivate) == 0);
        CHECK(count(d, ChecklistKind::LoanCompany) == 5);
        itemTitled(d, QStringLiteral("Commercial register extract"));
    }
    SECTION("accessories chosen in the form are sold, the others wait for a decision")
    {
        auto offered = ChecklistTemplateService(f.context()).accessoriesFor(f.golf.model);
        REQUIRE(offered.has_value());
        REQUIRE(offered->size() == 4);
        DealDraft draft = f.draft(f.lead, f.golf);
        draft.accessoryTemplateItemIds = {offered->at(2).id};
        const DealDetails d = f.sign(draft);
        const ChecklistItem& wheels = itemTitled(d, offered->at(2).title);
        CHECK(wheels.status == ChecklistItemStatus::Sold);
        CHECK(wheels.doneBy == f.anna.id);
        CHECK(itemTitled(d, offered->at(0).title).open());
    }
    SECTION("a model with its own accessories gets those")
    {
        ChecklistTemplateService templates(f.context());
        auto own = templates.addAccessoryTemplate(f.manager, QStringLiteral("Golf"));
        REQUIRE(own.has_value());
        ChecklistTemplateItem rack;
        rack.title = QStringLiteral("Roof rack");
        rack.required = false;
        rack.priceCents = 29'900;
        rack.salesArgument = QStringLiteral("Skis and bikes on the roof");
        REQUIRE(templates.addItem(f.manager, own->id, rack).has_value());
        const DealDetails d = f.sign(f.draft(f.lead, f.golf));
        REQUIRE(count(d, ChecklistKind::Accessories) == 1);
        CHECK(itemTitled(d, QStringLiteral("Roof rack")).salesArgument ==
              QStringLiteral("Skis and bikes on the roof"));
    }
}

TEST_CASE("the form's input is checked before anything is written", "[deals]")
{
    DealDesk f;
    DealService deals(f.context());
    DealDraft factory = f.draft(f.lead, f.golf);
    factory.vehicleId.reset();
    factory.orderedVehicle = QStringLiteral("VW ID.7 Pro, Aurora Red");
    factory.promisedDelivery = {};
    auto noDate = deals.create(f.anna, factory);
    REQUIRE_FALSE(noDate.has_value());
    CHECK(noDate.error().message.contains(QStringLiteral("delivery date")));

    DealDraft discount = f.draft(f.lead, f.golf);
    discount.discountCents = 4'000'000;
    CHECK_FALSE(deals.create(f.anna, discount).has_value());

    DealDraft tradeIn = f.draft(f.lead, f.golf);
    tradeIn.tradeIn.valueCents = 500'000; // no make or model
    CHECK_FALSE(deals.create(f.anna, tradeIn).has_value());

    CHECK_FALSE(deals.create(f.ben, f.draft(f.lead, f.golf)).has_value()); // Anna's lead
    auto car = StockService(f.context()).get(f.golf.id);
    REQUIRE(car.has_value());
    CHECK(car->status == VehicleStatus::InStock);

    factory.promisedDelivery = QDate(2027, 3, 1);
    factory.tradeIn = {QStringLiteral("Opel"), QStringLiteral("Astra"), 2016, 98'000, 650'000};
    auto ordered = deals.create(f.anna, factory);
    REQUIRE(ordered.has_value());
    CHECK(ordered->deal.factoryOrder);
    CHECK(ordered->vehicleLabel() == QStringLiteral("VW ID.7 Pro, Aurora Red"));
    CHECK(ordered->deal.tradeIn.description() ==
          QStringLiteral("2016 Opel Astra, %1 km").arg(QLocale().toString(98'000)));
}

TEST_CASE("the loan file goes to the bank only when complete, and says what is missing",
          "[deals][bank]")
{
    DealDesk f;
    const DealDetails deal = f.sign(f.draft(f.lead, f.golf, PaymentMethod::Credit));
    DealService deals(f.context());
    ChecklistService checklist(f.context());
    REQUIRE(deal.bankBlockers.size() == 4); // four required documents; proof of address optional

    const ChecklistItem& income =
        itemTitled(deal, QStringLiteral("Proof of income (last 3 payslips)"));
    auto noDocument = checklist.tick(f.anna, income.id);
    REQUIRE_FALSE(noDocument.has_value());
    CHECK(noDocument.error().message.contains(QStringLiteral("attach")));

    auto refused = deals.sendToBank(f.anna, deal.deal.id);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("Identity card or passport (not done, "
                                                          "document not attached)")));
    CHECK(refused.error().message.contains(QStringLiteral("Signed loan application")));

    REQUIRE(checklist
                .attach(f.anna, income.id, QStringLiteral("payslips.pdf"),
                        QByteArrayLiteral("%PDF-1.4 payslips"))
                .has_value());
    auto stored = checklist.attachments(income.id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(QByteArrayLiteral("%PDF-1.4 payslips"),
                                                       QCryptographicHash::Sha256)
                                  .toHex()));
    auto bytes = checklist.attachmentData(stored->front().id);
    REQUIRE(bytes.has_value());
    CHECK(*bytes == QByteArrayLiteral("%PDF-1.4 payslips"));
    REQUIRE(checklist.tick(f.anna, income.id).has_value());

    auto fewer = deals.details(deal.deal.id);
    REQUIRE(fewer.has_value());
    CHECK(fewer->bankBlockers.size() == 3);
    CHECK_FALSE(deals.sendToBank(f.anna, deal.deal.id).has_value());

    f.complete(deal.deal.id, {ChecklistKind::LoanPrivate});
    auto sent = deals.sendToBank(f.anna, deal.deal.id);
    INFO((sent ? QString() : sent.error().message).toStdString());
    REQUIRE(sent.has_value());
    CHECK(sent->deal.bankSentAt == f.clock.now());
    CHECK(sent->bankBlockers.empty());
    CHECK_FALSE(deals.sendToBank(f.anna, deal.deal.id).has_value()); // only once

    SECTION("a cash deal has no loan application")
    {
        const Lead cashLead = f.newOfferLead(QStringLiteral("0172 4000003"));
        const Vehicle polo = f.addCar(QStringLiteral("WVWZZZAWZNU000003"), QStringLiteral("Polo"));
        const DealDetails cash = f.sign(f.draft(cashLead, polo));
        CHECK_FALSE(deals.sendToBank(f.anna, cash.deal.id).has_value());
    }
}

TEST_CASE("an accessory not sold needs a reason from the list", "[deals][checklists]")
{
    DealDesk f;
    const DealDetails deal = f.sign(f.draft(f.lead, f.golf));
    ChecklistService checklist(f.context());
    const ChecklistItem& mats = itemTitled(deal, QStringLiteral("All-season floor mats"));
    CHECK_FALSE(checklist.notSold(f.anna, mats.id, QString()).has_value());
    CHECK_FALSE(checklist.notSold(f.anna, mats.id, QStringLiteral("no_idea")).has_value());
    const ChecklistItem& cleaned = itemTitled(deal, QStringLiteral("Car cleaned"));
    CHECK_FALSE(checklist.notSold(f.anna, cleaned.id, QStringLiteral("too_expensive")).has_value());

    auto recorded = checklist.notSold(f.anna, mats.id, QStringLiteral("too_expensive"));
    REQUIRE(recorded.has_value());
    CHECK(recorded->status == ChecklistItemStatus::NotSold);
    CHECK(recorded->notSoldReason == QStringLiteral("too_expensive"));
    CHECK(recorded->doneByName == f.anna.displayName);

    auto stale = checklist.untick(f.anna, mats.id, mats.version); // an old version: refused
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK_FALSE(checklist.tick(f.ben, cleaned.id).has_value()); // Ben is not on this deal
}
