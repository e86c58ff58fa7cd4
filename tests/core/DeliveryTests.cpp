// Deadlines remind before they are missed; the handover closes the deal and plans the
// after-sales follow-ups; the Deliveries list puts what is overdue first.
#include "DealFixture.h"
#include "rules/DealRules.h"
#include "services/NotificationService.h"
#include "services/RuleService.h"
#include "services/SettingsService.h"
#include "services/StockService.h"
#include "services/TaskService.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
std::vector<Notification> told(DealDesk& f, const User& reader, NotificationKind kind)
{
    auto all = NotificationService(f.context()).list(reader);
    REQUIRE(all.has_value());
    std::vector<Notification> found;
    for (const Notification& n : *all)
        if (n.kind == kind)
            found.push_back(n);
    return found;
}

void runRulesAt(DealDesk& f, QDate day)
{
    f.clock.set(QDateTime(day, QTime(8, 0), Qt::UTC));
    REQUIRE(RuleService(f.context()).run(f.clock.now()).has_value());
}
} // namespace

TEST_CASE("the second-delivery evening is the last given weekday of the month", "[deals][rules]")
{
    // Thursdays (4): November 2026 ends on Monday 30th, its last Thursday is the 26th.
    CHECK(nextSecondDeliveryEvening(QDate(2026, 11, 23), 4) == QDate(2026, 11, 26));
    CHECK(nextSecondDeliveryEvening(QDate(2026, 11, 26), 4) == QDate(2026, 12, 31));
    CHECK(nextSecondDeliveryEvening(QDate(2026, 12, 31), 4) == QDate(2027, 1, 28));
    CHECK(nextSecondDeliveryEvening(QDate(2027, 2, 1), 1) == QDate(2027, 2, 22));
}

TEST_CASE("promised dates and dated steps remind before they are missed", "[deals][reminders]")
{
    DealDesk f;
    DealDraft draft = f.draft(f.lead, f.golf);
    draft.promisedDelivery = QDate(2026, 12, 14);
    const DealDetails deal = f.sign(draft);

    runRulesAt(f, QDate(2026, 12, 11)); // three days ahead: not yet (2 days by default)
    CHECK(told(f, f.anna, NotificationKind::DeliveryDue).empty());

    runRulesAt(f, QDate(2026, 12, 12));
    auto due = told(f, f.anna, NotificationKind::DeliveryDue);
    REQUIRE(due.size() == 1);
    CHECK(due.front().dealId == deal.deal.id);
    CHECK(due.front().leadId == f.lead.id);
    CHECK(due.front().title.contains(QStringLiteral("Deal #%1").arg(deal.deal.id)));
    CHECK(told(f, f.manager, NotificationKind::DeliveryDue).empty());

    runRulesAt(f, QDate(2026, 12, 12)); // once per date, however often the rules run
    CHECK(told(f, f.anna, NotificationKind::DeliveryDue).size() == 1);

    // "Car cleaned" falls due on the 13th: announced the day before, and overdue after.
    const auto cleaned = std::find_if(deal.items.begin(), deal.items.end(), [](const auto& i) {
        return i.title == QStringLiteral("Car cleaned");
    });
    REQUIRE(cleaned != deal.items.end());
    bool announced = false;
    for (const Notification& n : told(f, f.anna, NotificationKind::StepDue))
        announced = announced || n.details.value(QStringLiteral("step")).toString() ==
                                     QStringLiteral("Car cleaned");
    CHECK(announced);

    runRulesAt(f, QDate(2026, 12, 15)); // promised date passed: consultant and managers
    CHECK(told(f, f.anna, NotificationKind::DeliveryOverdue).size() == 1);
    CHECK(told(f, f.manager, NotificationKind::DeliveryOverdue).size() == 1);
    CHECK_FALSE(told(f, f.anna, NotificationKind::StepOverdue).empty());

    SECTION("a new promised date reminds again")
    {
        auto moved =
            DealService(f.context()).setPromisedDelivery(f.anna, deal.deal.id, QDate(2026, 12, 16));
        INFO((moved ? QString() : moved.error().message).toStdString());
        REQUIRE(moved.has_value());
        runRulesAt(f, QDate(2026, 12, 15));
        CHECK(told(f, f.anna, NotificationKind::DeliveryDue).size() == 2);
    }
}

TEST_CASE("handing the car over closes the deal and plans the after-sales follow-ups",
          "[deals][delivery]")
{
    DealDesk f;
    const DealDetails deal = f.sign(f.draft(f.lead, f.golf, PaymentMethod::Credit));
    DealService deals(f.context());

    auto early = deals.deliver(f.anna, deal.deal.id);
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().message.contains(QStringLiteral("bank")));
    CHECK(early.error().message.contains(QStringLiteral("Keys handed over")));

    f.complete(deal.deal.id, {ChecklistKind::LoanPrivate});
    REQUIRE(deals.sendToBank(f.anna, deal.deal.id).has_value());
    f.complete(deal.deal.id,
               {ChecklistKind::Delivery, ChecklistKind::Handover, ChecklistKind::Accessories});

    f.clock.set(QDateTime(QDate(2026, 12, 14), QTime(15, 0), Qt::UTC)); // a Monday
    auto delivered = deals.deliver(f.anna, deal.deal.id);
    INFO((delivered ? QString() : delivered.error().message).toStdString());
    REQUIRE(delivered.has_value());
    CHECK(delivered->deal.status == DealStatus::Delivered);
    CHECK(delivered->deal.deliveredAt == f.clock.now());
    CHECK(delivered->deal.deliveredBy == f.anna.id);
    auto car = StockService(f.context()).get(f.golf.id);
    REQUIRE(car.has_value());
    CHECK(car->status == VehicleStatus::Delivered);

    auto tasks = TaskService(f.context()).forLead(f.lead.id);
    REQUIRE(tasks.has_value());
    std::map<QString, Task> byRule;
    for (const Task& t : *tasks)
        byRule[t.rule] = t;
    REQUIRE(byRule.count(QStringLiteral("after_sales_call")));
    REQUIRE(byRule.count(QStringLiteral("second_delivery_evening")));
    const Task& call = byRule[QStringLiteral("after_sales_call")];
    CHECK(call.assigneeId == f.anna.id);
    CHECK(call.dueAt.toTimeZone(QTimeZone::systemTimeZone()).date() == QDate(2026, 12, 17));
    // The next evening is the last Thursday of December (31st); invited a week ahead.
    const Task& invite = byRule[QStringLiteral("second_delivery_evening")];
    CHECK(invite.kind == TaskKind::Appointment);
    CHECK(invite.dueAt.toTimeZone(QTimeZone::systemTimeZone()).date() == QDate(2026, 12, 24));

    CHECK_FALSE(deals.deliver(f.anna, deal.deal.id).has_value()); // once
}

TEST_CASE("the Deliveries list shows what is overdue first", "[deals][deliveries]")
{
    DealDesk f;
    DealDraft later = f.draft(f.lead, f.golf);
    later.promisedDelivery = QDate(2027, 2, 1);
    const DealDetails onTrack = f.sign(later);

    const Lead second = f.newOfferLead(QStringLiteral("0172 4000004"));
    const Vehicle polo = f.addCar(QStringLiteral("WVWZZZAWZNU000004"), QStringLiteral("Polo"));
    DealDraft soon = f.draft(second, polo);
    soon.promisedDelivery = QDate(2026, 11, 30);
    const DealDetails overdue = f.sign(soon);

    f.clock.set(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    auto rows = DealService(f.context()).deliveries({});
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).dealId == overdue.deal.id);
    CHECK(rows->at(0).urgency == DeliveryUrgency::Overdue);
    CHECK(rows->at(0).vin == polo.vin);
    CHECK(rows->at(1).dealId == onTrack.deal.id);
    CHECK(rows->at(1).urgency == DeliveryUrgency::OnTrack);
    CHECK(rows->at(1).itemsTotal == 16); // 8 delivery steps, 4 handover, 4 accessories
    CHECK(rows->at(1).nextStep == QStringLiteral("Car ordered"));

    DeliveryFilter bens;
    bens.consultantId = f.ben.id;
    auto none = DealService(f.context()).deliveries(bens);
    REQUIRE(none.has_value());
    CHECK(none->empty());
}

TEST_CASE("the deal settings are checked before they are stored", "[deals][settings]")
{
    DealDesk f;
    SettingsService settings(f.context());
    CHECK_FALSE(
        settings.set(f.admin, QStringLiteral("delivery.reminder_days"), QStringLiteral("-1"))
            .has_value());
    CHECK_FALSE(
        settings.set(f.admin, QStringLiteral("after_sales.evening_weekday"), QStringLiteral("8"))
            .has_value());
    CHECK_FALSE(settings
                    .set(f.admin, QStringLiteral("after_sales.evening_time"),
                         QStringLiteral("half past six"))
                    .has_value());
    CHECK_FALSE(settings
                    .set(f.admin, QStringLiteral("dealership.logo"),
                         QString::fromLatin1(QByteArrayLiteral("GIF89a...").toBase64()))
                    .has_value());
    const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n rest of a tiny image");
    REQUIRE(
        settings
            .set(f.admin, QStringLiteral("dealership.logo"), QString::fromLatin1(png.toBase64()))
            .has_value());
    REQUIRE(settings.set(f.admin, QStringLiteral("offer.valid_days"), QStringLiteral("30"))
                .has_value());
    const DealDetails deal = f.sign(f.draft(f.lead, f.golf));
    CHECK(deal.deal.offerValidUntil == QDate(2026, 12, 23));
}
