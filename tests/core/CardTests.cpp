// The customer card: timeline, consents, contact persons, repurchase rule, merged records.
#include "Fixtures.h"
#include "services/ActivityService.h"
#include "services/ContactPersonService.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "storage/AuditRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>
#include <set>

using namespace showroom;
using namespace showroom::test;

namespace {
Activity activity(qint64 customerId, std::optional<qint64> leadId, ActivityKind kind,
                  const QString& subject, Direction direction = Direction::None)
{
    Activity a;
    a.customerId = customerId;
    a.leadId = leadId;
    a.kind = kind;
    a.subject = subject;
    a.body = subject + QStringLiteral(" (details)");
    a.direction = direction;
    return a;
}

// Visits and deals have no service of their own here: written as another desk would.
qint64 insertVisit(Fixture& f, qint64 customerId, const User& consultant, const QDateTime& at)
{
    auto id = sql::insert(
        f.db->sql(),
        QStringLiteral("INSERT INTO visits (arrived_at, purpose, first_visit, "
                       "consultant_id, customer_id, model_interest, test_drive, "
                       "created_by, created_at, channel) "
                       "VALUES (?, 'new_car', 1, ?, ?, 'VW ID.4', 1, ?, ?, "
                       "'walk_in')"),
        {at.toSecsSinceEpoch(), consultant.id, customerId, f.reception.id, at.toSecsSinceEpoch()});
    REQUIRE(id.has_value());
    return *id;
}

qint64 insertDeal(Fixture& f, qint64 customerId, std::optional<qint64> leadId,
                  const QDateTime& signedAt, const QDateTime& deliveredAt,
                  const QString& status = QStringLiteral("open"))
{
    auto vehicle = sql::insert(
        f.db->sql(),
        QStringLiteral("INSERT INTO vehicles (vin, make, model, trim, status, created_at) "
                       "VALUES (?, 'VW', 'ID.4', 'Pro', 'sold', ?)"),
        {QStringLiteral("WVWZZZE1ZPP%1")
             .arg(customerId * 1000 + signedAt.time().minute(), 6, 10, QLatin1Char('0')),
         signedAt.toSecsSinceEpoch()});
    REQUIRE(vehicle.has_value());
    auto deal = sql::insert(
        f.db->sql(),
        QStringLiteral("INSERT INTO deals (lead_id, customer_id, vehicle_id, consultant_id, "
                       "buyer_kind, list_price_cents, discount_cents, payment, status, signed_at, "
                       "delivered_at, created_at) VALUES (?, ?, ?, ?, 'private', 4500000, "
                       "150000, 'cash', ?, ?, ?, ?)"),
        {leadId ? QVariant(*leadId) : QVariant(QMetaType(QMetaType::LongLong)), customerId,
         *vehicle, f.anna.id, status, signedAt.toSecsSinceEpoch(),
         deliveredAt.isValid() ? QVariant(deliveredAt.toSecsSinceEpoch())
                               : QVariant(QMetaType(QMetaType::LongLong)),
         signedAt.toSecsSinceEpoch()});
    REQUIRE(deal.has_value());
    return *deal;
}

int consentEventCount(Fixture& f, qint64 customerId)
{
    auto count = sql::scalar(f.db->sql(),
                             QStringLiteral("SELECT count(*) FROM consent_events "
                                            "WHERE customer_id = ?"),
                             {customerId});
    REQUIRE(count.has_value());
    return count->toInt();
}

Customer company(Fixture& f, const QString& name)
{
    Customer draft;
    draft.kind = CustomerKind::Company;
    draft.companyName = name;
    draft.phone = QStringLiteral("030 1234567");
    auto added = CustomerService(f.context()).add(f.reception, draft);
    REQUIRE(added.has_value());
    return *added;
}
} // namespace

TEST_CASE("the timeline has every kind of event, newest first", "[card][timeline]")
{
    Fixture f;
    CustomerService customers(f.context());
    Customer draft;
    draft.firstName = QStringLiteral("Lena");
    draft.lastName = QStringLiteral("Vogel");
    draft.phone = QStringLiteral("0151 2345 6789");
    draft.consentEmail.granted = true; // asked when she was added
    auto added = customers.add(f.reception, draft);
    REQUIRE(added.has_value());
    const qint64 id = added->id;
    const QDateTime start = f.clock.now();

    f.clock.advanceSecs(600);
    insertVisit(f, id, f.anna, f.clock.now());
    f.clock.advanceSecs(60);
    LeadService leads(f.context());
    auto lead = leads.create(f.reception, newLead(id, QStringLiteral("walk_in"), f.anna.id));
    REQUIRE(lead.has_value());
    f.clock.advanceSecs(60);
    REQUIRE(leads.moveStage(f.anna, lead->id, QStringLiteral("contacted")).has_value());

    ActivityService activities(f.context());
    const std::pair<ActivityKind, const User*> logged[] = {
        {ActivityKind::Call, &f.anna},      {ActivityKind::Visit, &f.anna},
        {ActivityKind::TestDrive, &f.anna}, {ActivityKind::Email, &f.anna},
        {ActivityKind::Sms, &f.anna},       {ActivityKind::Note, &f.reception},
        {ActivityKind::Offer, &f.anna},     {ActivityKind::ManagerComment, &f.manager}};
    for (const auto& [kind, user] : logged) {
        f.clock.advanceSecs(300);
        Activity a = activity(id, lead->id, kind, activityKindKey(kind),
                              kind == ActivityKind::Call ? Direction::Outbound : Direction::None);
        if (kind == ActivityKind::Call)
            a.durationMinutes = 7;
        REQUIRE(activities.log(*user, a).has_value());
    }
    f.clock.advanceSecs(3600);
    REQUIRE(leads.moveStage(f.manager, lead->id, QStringLiteral("won")).has_value());
    const QDateTime signedAt = f.clock.now(); // the same second as the move to Won
    const QDateTime deliveredAt = signedAt.addDays(14);
    insertDeal(f, id, lead->id, signedAt, deliveredAt);
    f.clock.set(deliveredAt.addDays(1));
    Customer withdrawn = *customers.get(id);
    withdrawn.consentEmail.granted = false;
    REQUIRE(customers.update(f.anna, withdrawn).has_value());

    CustomerCardService cards(f.context());
    auto card = cards.load(id);
    REQUIRE(card.has_value());
    const auto& timeline = card->timeline;

    std::set<TimelineKind> kinds;
    for (const TimelineEntry& entry : timeline)
        kinds.insert(entry.kind);
    CHECK(kinds.size() == 13);
    for (std::size_t i = 1; i < timeline.size(); ++i)
        CHECK(timeline[i - 1].at >= timeline[i].at);
    // 2 consent changes, visit, new lead, 2 stage changes, 8 activities, deal, delivery.
    REQUIRE(timeline.size() == 16);

    CHECK(timeline.front().kind == TimelineKind::Consent);
    CHECK_FALSE(timeline.front().granted);
    CHECK(timeline.front().channel == QStringLiteral("email"));
    CHECK(timeline.front().userName == QStringLiteral("Anna Schmidt"));
    CHECK(timeline[1].kind == TimelineKind::Delivery);
    CHECK(timeline[1].at == deliveredAt);
    // Deal and move to Won in the same second: the deal came out of the move, so it is newer.
    CHECK(timeline[2].kind == TimelineKind::DealSigned);
    CHECK(timeline[2].subject == QStringLiteral("VW ID.4 Pro"));
    CHECK(timeline[2].amountCents == 4350000);
    CHECK(timeline[2].leadId == lead->id);
    CHECK(timeline[3].kind == TimelineKind::StageChange);
    CHECK(timeline[3].fromStageName == QStringLiteral("Contacted"));
    CHECK(timeline[3].toStageKey == QStringLiteral("won"));
    CHECK(timeline[3].userName == QStringLiteral("Maria Berger"));
    CHECK(timeline[4].kind == TimelineKind::ManagerComment);

    const auto find = [&](TimelineKind kind) {
        return *std::ranges::find_if(timeline,
                                     [kind](const TimelineEntry& e) { return e.kind == kind; });
    };
    const TimelineEntry call = find(TimelineKind::Call);
    CHECK(call.direction == Direction::Outbound);
    CHECK(call.durationMinutes == 7);
    CHECK(call.subject == QStringLiteral("call"));
    CHECK(call.body == QStringLiteral("call (details)"));
    CHECK(call.table == QStringLiteral("activities"));
    const TimelineEntry created = find(TimelineKind::LeadCreated);
    CHECK(created.sourceKey == QStringLiteral("walk_in"));
    CHECK(created.sourceName == QStringLiteral("Walk-in"));
    CHECK(created.toStageKey == QStringLiteral("assigned"));
    CHECK(created.userName == QStringLiteral("Rita Koch"));
    CHECK(find(TimelineKind::Note).userName == QStringLiteral("Rita Koch"));
    const TimelineEntry visit = timeline[timeline.size() - 2];
    CHECK(visit.kind == TimelineKind::Visit);
    CHECK(visit.table == QStringLiteral("visits"));
    CHECK(visit.channel == QStringLiteral("walk_in"));
    CHECK(visit.testDrive);
    CHECK(visit.userName == QStringLiteral("Anna Schmidt"));
    CHECK(timeline.back().kind == TimelineKind::Consent);
    CHECK(timeline.back().granted);
    CHECK(timeline.back().at == start);

    SECTION("a limit keeps the newest entries; reading twice gives the same order")
    {
        auto newest = cards.timeline(id, 3);
        REQUIRE(newest.has_value());
        REQUIRE(newest->size() == 3);
        CHECK(std::equal(newest->begin(), newest->end(), timeline.begin()));
        CHECK(cards.load(id)->timeline == timeline);
    }
    SECTION("events of the same second and kind come newest id first")
    {
        f.clock.advanceSecs(60);
        auto first = activities.log(f.anna, activity(id, {}, ActivityKind::Note, "first"));
        auto second = activities.log(f.anna, activity(id, {}, ActivityKind::Note, "second"));
        REQUIRE((first && second));
        auto newest = cards.timeline(id, 2);
        REQUIRE(newest->size() == 2);
        CHECK(newest->at(0).sourceId == second->id);
        CHECK(newest->at(1).sourceId == first->id);
    }
}

TEST_CASE("a consent change is dated and recorded as an event", "[card][consent]")
{
    Fixture f;
    CustomerService customers(f.context());
    const Customer added = f.addCustomer(QStringLiteral("Tom"), QStringLiteral("Berg"),
                                         QStringLiteral("0160 7654321"));
    CHECK_FALSE(added.consentSms.granted);
    CHECK_FALSE(added.consentSms.changedAt.isValid()); // never asked
    CHECK(consentEventCount(f, added.id) == 0);

    f.clock.advanceSecs(3600);
    const QDateTime givenAt = f.clock.now();
    Customer edit = added;
    edit.consentSms.granted = true;
    edit.consentSms.changedAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC); // ignored
    auto given = customers.update(f.anna, edit);
    REQUIRE(given.has_value());
    CHECK(given->consentSms.granted);
    CHECK(given->consentSms.changedAt == givenAt);
    CHECK(customers.get(added.id)->consentSms.changedAt == givenAt);
    CHECK(consentEventCount(f, added.id) == 1);

    // An edit that leaves the flag alone keeps its date, whatever the caller sent.
    f.clock.advanceSecs(3600);
    Customer moved = *given;
    moved.city = QStringLiteral("Leipzig");
    moved.consentSms.changedAt = f.clock.now();
    auto saved = customers.update(f.anna, moved);
    REQUIRE(saved.has_value());
    CHECK(saved->consentSms.changedAt == givenAt);
    CHECK(consentEventCount(f, added.id) == 1);

    f.clock.advanceSecs(86400);
    const QDateTime withdrawnAt = f.clock.now();
    Customer withdraw = *saved;
    withdraw.consentSms.granted = false;
    auto withdrawn = customers.update(f.manager, withdraw);
    REQUIRE(withdrawn.has_value());
    const Customer stored = *customers.get(added.id);
    CHECK_FALSE(stored.consentSms.granted);
    CHECK(stored.consentSms.changedAt == withdrawnAt);
    CHECK_FALSE(stored.consentEmail.changedAt.isValid());
    CHECK(consentEventCount(f, added.id) == 2);

    auto events = CustomerCardService(f.context()).timeline(added.id);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).kind == TimelineKind::Consent);
    CHECK_FALSE(events->at(0).granted);
    CHECK(events->at(0).at == withdrawnAt);
    CHECK(events->at(0).channel == QStringLiteral("sms"));
    CHECK(events->at(0).userName == QStringLiteral("Maria Berger"));
    CHECK(events->at(1).granted);
    CHECK(events->at(1).at == givenAt);
    CHECK(events->at(1).userName == QStringLiteral("Anna Schmidt"));

    auto audit = AuditRepository(f.db->sql()).forEntity(QStringLiteral("customers"), added.id);
    REQUIRE(audit.has_value());
    REQUIRE(audit->size() == 4);
    CHECK(audit->back().details.value(QStringLiteral("consents")).toObject().value("sms") == false);

    SECTION("a stale edit changes no consent")
    {
        Customer stale = *given; // two versions behind
        stale.consentEmail.granted = true;
        auto refused = customers.update(f.anna, stale);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(consentEventCount(f, added.id) == 2);
    }
}

TEST_CASE("contact persons of a company: validated, normalised, versioned", "[card][contacts]")
{
    Fixture f;
    ContactPersonService persons(f.context());
    const Customer firm = company(f, QStringLiteral("Nordlicht Logistik GmbH"));

    ContactPerson draft;
    draft.customerId = firm.id;
    draft.role = ContactRole::DecisionMaker;
    draft.firstName = QStringLiteral(" Sabine ");
    draft.lastName = QStringLiteral("Krause");
    draft.position = QStringLiteral("Fleet manager");

    draft.phone = QStringLiteral("12");
    auto badPhone = persons.add(f.anna, draft);
    REQUIRE_FALSE(badPhone.has_value());
    CHECK(badPhone.error().code == ErrorCode::InvalidInput);
    CHECK(badPhone.error().message.contains(QStringLiteral("“12”")));

    draft.phone = QStringLiteral("0151 2345 6789");
    draft.email = QStringLiteral("sabine@@nordlicht");
    auto badEmail = persons.add(f.anna, draft);
    REQUIRE_FALSE(badEmail.has_value());
    CHECK(badEmail.error().message.contains(QStringLiteral("not a valid email address")));

    ContactPerson nameless = draft;
    nameless.firstName = QStringLiteral("  ");
    nameless.lastName.clear();
    nameless.email.clear();
    auto noName = persons.add(f.anna, nameless);
    REQUIRE_FALSE(noName.has_value());
    CHECK(noName.error().message.contains(QStringLiteral("name")));

    draft.email = QStringLiteral("s.krause@nordlicht.example");
    auto added = persons.add(f.anna, draft);
    REQUIRE(added.has_value());
    CHECK(added->firstName == QStringLiteral("Sabine"));
    CHECK(added->phoneE164 == QStringLiteral("+4915123456789"));
    CHECK(added->phone == QStringLiteral("0151 2345 6789"));
    CHECK(added->displayName() == QStringLiteral("Sabine Krause"));

    ContactPerson driver;
    driver.customerId = firm.id;
    driver.role = ContactRole::Driver;
    driver.lastName = QStringLiteral("Albers");
    REQUIRE(persons.add(f.reception, driver).has_value());
    auto listed = persons.forCustomer(firm.id);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).role == ContactRole::DecisionMaker);
    CHECK(listed->at(1).role == ContactRole::Driver);
    CHECK(CustomerCardService(f.context()).load(firm.id)->contactPersons == *listed);

    ContactPerson edit = *added;
    edit.position = QStringLiteral("Managing director");
    edit.customerId = 999; // ignored: a person stays with their company
    auto updated = persons.update(f.anna, edit);
    REQUIRE(updated.has_value());
    CHECK(updated->version == 2);
    CHECK(updated->customerId == firm.id);
    auto stale = persons.update(f.ben, *added);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Sabine Krause")));
    CHECK(persons.remove(f.anna, *added).error().code == ErrorCode::Conflict);
    REQUIRE(persons.remove(f.anna, *updated).has_value());
    CHECK(persons.forCustomer(firm.id)->size() == 1);
    CHECK(AuditRepository(f.db->sql())
              .forEntity(QStringLiteral("contact_persons"), added->id)
              ->size() == 3);

    User inactive = f.ben;
    inactive.active = false;
    CHECK(persons.add(inactive, driver).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a private customer has no contact persons", "[card][contacts]")
{
    Fixture f;
    const Customer person =
        f.addCustomer(QStringLiteral("Jan"), QStringLiteral("Ott"), QStringLiteral("0170 1112223"));
    ContactPerson draft;
    draft.customerId = person.id;
    draft.firstName = QStringLiteral("Eva");
    auto refused = ContactPersonService(f.context()).add(f.anna, draft);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("Only company customers")));
    CHECK(refused.error().message.contains(QStringLiteral("Ott, Jan")));
}

TEST_CASE("a customer who bought before gets the source repurchase", "[card][repurchase]")
{
    CHECK(CustomerCardService::applyRepurchaseRule(true, QStringLiteral("web_form")) ==
          QStringLiteral("repurchase"));
    CHECK(CustomerCardService::applyRepurchaseRule(false, QStringLiteral("web_form")) ==
          QStringLiteral("web_form"));

    Fixture f;
    CustomerCardService cards(f.context());
    LeadService leads(f.context());
    const Customer buyer = f.addCustomer(QStringLiteral("Ole"), QStringLiteral("Hansen"),
                                         QStringLiteral("0171 2223334"));
    CHECK_FALSE(*cards.boughtBefore(buyer.id));
    CHECK(*cards.sourceForNewLead(buyer.id, QStringLiteral("web_form")) ==
          QStringLiteral("web_form"));
    CHECK(cards.createLead(f.anna, newLead(buyer.id, {})).error().code == ErrorCode::InvalidInput);

    auto lead = leads.create(f.anna, newLead(buyer.id, QStringLiteral("walk_in"), f.anna.id));
    REQUIRE(lead.has_value());
    CHECK_FALSE(*cards.boughtBefore(buyer.id)); // an open lead is no purchase
    REQUIRE(leads.moveStage(f.manager, lead->id, QStringLiteral("won")).has_value());
    CHECK(*cards.boughtBefore(buyer.id));
    CHECK(*cards.sourceForNewLead(buyer.id, QStringLiteral("web_form")) ==
          QStringLiteral("repurchase"));

    auto again = cards.createLead(f.anna, newLead(buyer.id, QStringLiteral("web_form"), f.anna.id));
    REQUIRE(again.has_value());
    CHECK(again->sourceId ==
          ReferenceRepository(f.db->sql()).sourceByKey(QStringLiteral("repurchase"))->id);
    auto card = cards.load(buyer.id);
    REQUIRE(card->leads.size() == 2);
    CHECK(card->boughtBefore);
    CHECK(card->leads.front().id == again->id);
    CHECK(card->leads.front().sourceKey == QStringLiteral("repurchase"));
    CHECK(card->leads.front().consultantName == QStringLiteral("Anna Schmidt"));
    CHECK(card->leads.back().stageKind == StageKind::Won);
    CHECK(card->openLeadId() == again->id);

    SECTION("a deal counts as a purchase, a cancelled one does not")
    {
        const Customer dealOnly = f.addCustomer(QStringLiteral("Pia"), QStringLiteral("Lund"),
                                                QStringLiteral("0172 3334445"));
        const Customer cancelled = f.addCustomer(QStringLiteral("Kai"), QStringLiteral("Brandt"),
                                                 QStringLiteral("0173 4445556"));
        insertDeal(f, dealOnly.id, {}, f.clock.now(), {});
        insertDeal(f, cancelled.id, {}, f.clock.now().addSecs(120), {},
                   QStringLiteral("cancelled"));
        CHECK(*cards.boughtBefore(dealOnly.id));
        CHECK_FALSE(*cards.boughtBefore(cancelled.id));
    }
}

TEST_CASE("the card of a merged customer says into which one", "[card][merge]")
{
    Fixture f;
    const Customer kept = f.addCustomer(QStringLiteral("Mara"), QStringLiteral("Stein"),
                                        QStringLiteral("0151 99988877"));
    const Customer merged = company(f, QStringLiteral("Stein Bau KG"));
    rawExec(f.path(), QStringLiteral("UPDATE customers SET merged_into_id = %1 WHERE id = %2")
                          .arg(kept.id)
                          .arg(merged.id));
    CustomerCardService cards(f.context());
    auto card = cards.load(merged.id);
    REQUIRE(card.has_value());
    CHECK(card->customer.mergedIntoId == kept.id);
    CHECK(card->customer.companyName == QStringLiteral("Stein Bau KG"));
    CHECK_FALSE(cards.load(kept.id)->customer.mergedIntoId.has_value());

    auto lead = cards.createLead(f.anna, newLead(merged.id, QStringLiteral("phone")));
    REQUIRE_FALSE(lead.has_value());
    CHECK(lead.error().message.contains(QStringLiteral("#%1").arg(kept.id)));
    ContactPerson draft;
    draft.customerId = merged.id;
    draft.lastName = QStringLiteral("Stein");
    CHECK(ContactPersonService(f.context()).add(f.anna, draft).error().code ==
          ErrorCode::InvalidInput);
    CHECK(cards.load(424242).error().code == ErrorCode::NotFound);
}
