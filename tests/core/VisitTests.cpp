#include "Fixtures.h"
#include "rules/ContactValidation.h"
#include "services/ActivityService.h"
#include "services/LeadService.h"
#include "services/SettingsService.h"
#include "services/VisitService.h"
#include "storage/ActivityRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
const QTimeZone kUtc = QTimeZone::utc();

NewVisit walkIn(std::optional<qint64> consultant = std::nullopt, VisitorContact contact = {})
{
    NewVisit visit;
    visit.consultantId = consultant;
    visit.modelInterest = QStringLiteral("VW ID.4");
    visit.contact = std::move(contact);
    return visit;
}

VisitorContact person(const QString& first, const QString& last, const QString& phone,
                      const QString& email = {})
{
    VisitorContact contact;
    contact.firstName = first;
    contact.lastName = last;
    contact.phone = phone;
    contact.email = email;
    return contact;
}

qint64 count(Fixture& f, const QString& table)
{
    return sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
        ->toLongLong();
}
} // namespace

TEST_CASE("phone numbers in every usual spelling normalise to one E.164 number", "[rules][phone]")
{
    const QString de = QStringLiteral("DE");
    const QString expected = QStringLiteral("+4915123456789");
    for (const char* typed : {"015123456789", "0151 2345 6789", "0151-2345-6789",
                              "+49 151 23456789", "0049 151 23456789", "(0151) 234 56 789"})
        CHECK(normalizePhone(QString::fromLatin1(typed), de).value() == expected);
    // The dealership's region decides what a national number means.
    CHECK(normalizePhone(QStringLiteral("0664 1234567"), QStringLiteral("AT")).value() ==
          QStringLiteral("+436641234567"));

    for (const char* wrong : {"12", "0151 23", "+49 151 234567890123", "phone", "+999 1234567"}) {
        auto refused = normalizePhone(QString::fromLatin1(wrong), de);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QString::fromLatin1(wrong).trimmed()));
    }
}

TEST_CASE("an anonymous walk-in counts in traffic without a customer or lead", "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    auto logged = visits.log(f.reception, walkIn(f.anna.id));
    REQUIRE(logged.has_value());
    CHECK_FALSE(logged->customer.has_value());
    CHECK_FALSE(logged->leadId.has_value());
    CHECK(logged->visit.firstVisit);
    CHECK(logged->visit.arrivedAt == f.clock.now());
    CHECK(count(f, QStringLiteral("customers")) == 0);
    CHECK(count(f, QStringLiteral("leads")) == 0);

    auto traffic = visits.traffic(f.clock.now().date(), f.clock.now().date(), kUtc);
    REQUIRE(traffic.has_value());
    CHECK(traffic->visits == 1);
    CHECK(traffic->firstVisits == 1);
    CHECK(traffic->captured == 0);
    CHECK(traffic->retentionRate() == 0.0);
}

TEST_CASE("a walk-in with contact data creates the customer and an assigned high-value lead",
          "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    auto logged = visits.log(
        f.reception, walkIn(f.anna.id, person(QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                              QStringLiteral("0172 5550101"))));
    REQUIRE(logged.has_value());
    REQUIRE(logged->customer.has_value());
    CHECK(logged->customerCreated);
    CHECK(logged->customer->phoneE164 == QStringLiteral("+491725550101"));
    CHECK(logged->customer->tier == Tier::High);
    CHECK(logged->customer->ownerId == f.anna.id);
    REQUIRE(logged->leadId.has_value());
    CHECK(logged->leadCreated);

    auto lead = LeadService(f.context()).get(*logged->leadId);
    REQUIRE(lead.has_value());
    CHECK(lead->stageKey == QStringLiteral("assigned"));
    CHECK(lead->consultantId == f.anna.id);
    CHECK(lead->tier == Tier::High);
    CHECK(lead->vehicleInterest == QStringLiteral("VW ID.4"));
    CHECK(ReferenceRepository(f.db->sql()).sourceByKey(QStringLiteral("walk_in"))->id ==
          lead->sourceId);
    // The consultant is with the visitor: that is the first contact.
    CHECK(lead->firstResponseAt == f.clock.now());

    auto stored = visits.get(logged->visit.id);
    REQUIRE(stored.has_value());
    CHECK(stored->customerId == logged->customer->id);
    CHECK(stored->leadId == logged->leadId);
}

TEST_CASE("the same phone in another spelling links the visit instead of a duplicate", "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    auto first = visits.log(
        f.reception, walkIn(f.anna.id, person(QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                              QStringLiteral("0172 5550101"))));
    REQUIRE(first.has_value());
    f.clock.advanceSecs(3 * 24 * 3600);

    // She comes back and gives her number in international form and her email this time.
    auto again =
        visits.log(f.reception, walkIn(f.ben.id, person({}, {}, QStringLiteral("+49 172 555 01 01"),
                                                        QStringLiteral("lena.vogel@example.com"))));
    REQUIRE(again.has_value());
    CHECK_FALSE(again->customerCreated);
    CHECK(again->customer->id == first->customer->id);
    CHECK(again->customer->email == QStringLiteral("lena.vogel@example.com")); // filled in
    CHECK(again->customer->firstName == QStringLiteral("Lena"));               // kept
    CHECK_FALSE(again->visit.firstVisit);
    // Her open lead gets the visit; no second lead.
    CHECK_FALSE(again->leadCreated);
    CHECK(again->leadId == first->leadId);
    CHECK(count(f, QStringLiteral("customers")) == 1);
    CHECK(count(f, QStringLiteral("leads")) == 1);
}

TEST_CASE("linking a known customer by id makes it a repeat visit on the open lead", "[visits]")
{
    Fixture f;
    const Customer known = f.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Brandt"),
                                         QStringLiteral("0151 23450199"));
    auto lead =
        LeadService(f.context()).create(f.manager, newLead(known.id, QStringLiteral("web_form")));
    REQUIRE(lead.has_value());
    VisitService visits(f.context());
    VisitorContact linked;
    linked.customerId = known.id;
    NewVisit draft = walkIn(f.ben.id, linked);
    draft.firstVisit = false; // he was here before the system
    auto logged = visits.log(f.reception, draft);
    REQUIRE(logged.has_value());
    CHECK(logged->leadId == lead->id);
    CHECK_FALSE(logged->leadCreated);
    CHECK_FALSE(logged->visit.firstVisit);
    // A walk-in served by a consultant stops the web lead's response clock.
    CHECK(LeadService(f.context()).get(lead->id)->firstResponseAt == f.clock.now());
}

TEST_CASE("a hotline call opens a value lead with the response clock running", "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    NewVisit call = walkIn(std::nullopt, person(QStringLiteral("Mara"), QStringLiteral("Stein"),
                                                QStringLiteral("030 5550123")));
    call.channel = VisitChannel::Phone;
    auto logged = visits.log(f.reception, call);
    REQUIRE(logged.has_value());
    REQUIRE(logged->leadId.has_value());
    auto lead = LeadService(f.context()).get(*logged->leadId);
    REQUIRE(lead.has_value());
    CHECK(lead->tier == Tier::Value);
    CHECK(lead->stageKey == QStringLiteral("unassigned"));
    CHECK(ReferenceRepository(f.db->sql()).sourceByKey(QStringLiteral("phone"))->id ==
          lead->sourceId);
    CHECK_FALSE(lead->firstResponseAt.isValid());
    CHECK(logged->customer->tier == Tier::Value);

    auto activities = ActivityService(f.context()).forCustomer(logged->customer->id);
    REQUIRE(activities.has_value());
    REQUIRE(activities->size() == 1);
    CHECK(activities->front().kind == ActivityKind::Call);
    CHECK(activities->front().direction == Direction::Inbound);
    // Calls are not showroom traffic.
    CHECK(visits.traffic(f.clock.now().date(), f.clock.now().date(), kUtc)->visits == 0);
}

TEST_CASE("a service visitor becomes a customer but opens no sales lead", "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    NewVisit service = walkIn(std::nullopt, person(QStringLiteral("Olaf"), QStringLiteral("Kern"),
                                                   QStringLiteral("0160 5550111")));
    service.purpose = VisitPurpose::Service;
    auto logged = visits.log(f.reception, service);
    REQUIRE(logged.has_value());
    CHECK(logged->customer.has_value());
    CHECK_FALSE(logged->leadId.has_value());
}

TEST_CASE("a wrong phone number is refused and nothing is written", "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    auto refused =
        visits.log(f.reception,
                   walkIn(f.anna.id, person(QStringLiteral("Ida"), {}, QStringLiteral("0172 55"))));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("0172 55")));
    CHECK(count(f, QStringLiteral("visits")) == 0);
    CHECK(count(f, QStringLiteral("customers")) == 0);

    NewVisit future = walkIn();
    future.arrivedAt = f.clock.now().addSecs(3600);
    CHECK(visits.log(f.reception, future).error().code == ErrorCode::InvalidInput);
    NewVisit crowd = walkIn();
    crowd.partySize = 0;
    CHECK(visits.log(f.reception, crowd).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("an anonymous visit completed later with contact data raises the retention rate",
          "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    auto anonymous = visits.log(f.reception, walkIn(f.anna.id));
    REQUIRE(anonymous.has_value());
    const QDate today = f.clock.now().date();
    CHECK(visits.traffic(today, today, kUtc)->retentionRate() == 0.0);

    f.clock.advanceSecs(20 * 60);
    auto completed = visits.addContact(f.reception, anonymous->visit.id,
                                       person(QStringLiteral("Tom"), QStringLiteral("Beck"), {},
                                              QStringLiteral("tom.beck@example.com")),
                                       anonymous->visit.version);
    REQUIRE(completed.has_value());
    CHECK(completed->customerCreated);
    CHECK(completed->leadCreated);
    CHECK(completed->visit.version == anonymous->visit.version + 1);
    CHECK(visits.traffic(today, today, kUtc)->retentionRate() == 1.0);

    // Completing it again from a stale screen is a conflict, not a silent overwrite.
    auto stale =
        visits.addContact(f.reception, anonymous->visit.id,
                          person(QStringLiteral("Tim"), {}, {}, {}), anonymous->visit.version);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == ErrorCode::Conflict);
}

TEST_CASE("marking a visitor as left records the departure once", "[visits]")
{
    Fixture f;
    VisitService visits(f.context());
    auto logged = visits.log(f.reception, walkIn(f.anna.id));
    REQUIRE(logged.has_value());
    f.clock.advanceSecs(45 * 60);
    auto left = visits.markLeft(f.reception, logged->visit.id);
    REQUIRE(left.has_value());
    CHECK(left->leftAt == f.clock.now());
    CHECK(visits.get(logged->visit.id)->leftAt == f.clock.now());
    CHECK(visits.markLeft(f.reception, logged->visit.id).error().code == ErrorCode::InvalidInput);

    auto other = visits.log(f.reception, walkIn());
    REQUIRE(other.has_value());
    CHECK(visits.markLeft(f.reception, other->visit.id, f.clock.now().addSecs(-60)).error().code ==
          ErrorCode::InvalidInput);
}

TEST_CASE("retention rate: captured first-time visitors over all first-time visitors",
          "[visits][traffic]")
{
    Fixture f;
    VisitService visits(f.context());
    const auto logAt = [&](int hour, NewVisit draft) {
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(hour, 0), Qt::UTC));
        auto logged = visits.log(f.reception, draft);
        REQUIRE(logged.has_value());
        return *logged;
    };
    // Four first-time visitors: two leave a phone or email, one only a name, one nothing.
    logAt(9, walkIn(f.anna.id, person(QStringLiteral("A"), QStringLiteral("One"),
                                      QStringLiteral("0172 5550001"))));
    logAt(10, walkIn(f.ben.id, person({}, {}, {}, QStringLiteral("two@example.com"))));
    logAt(11, walkIn(f.anna.id, person(QStringLiteral("C"), QStringLiteral("Three"), {})));
    NewVisit testDrive = walkIn(f.ben.id);
    testDrive.testDrive = true;
    logAt(12, testDrive);
    // A repeat visitor, a hotline call, and yesterday's visitor do not change the rate.
    logAt(13, walkIn(f.anna.id, person({}, {}, QStringLiteral("+49 172 5550001"))));
    NewVisit call = walkIn(std::nullopt, person({}, {}, QStringLiteral("0172 5550009")));
    call.channel = VisitChannel::Phone;
    logAt(14, call);
    f.clock.set(QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC));
    REQUIRE(visits.log(f.reception, walkIn()).has_value());

    auto today = visits.traffic(QDate(2026, 11, 23), QDate(2026, 11, 23), kUtc);
    REQUIRE(today.has_value());
    CHECK(today->visits == 5);
    CHECK(today->firstVisits == 4);
    CHECK(today->captured == 2);
    CHECK(today->testDrives == 1);
    CHECK(today->retentionRate() == 0.5);

    auto twoDays = visits.traffic(QDate(2026, 11, 22), QDate(2026, 11, 23), kUtc);
    CHECK(twoDays->visits == 6);
    CHECK(twoDays->firstVisits == 5);
    CHECK(twoDays->retentionRate() == Approx(0.4));

    auto list = visits.day(QDate(2026, 11, 23), kUtc);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 6);                                // the call is listed too
    CHECK(list->front().visit.channel == VisitChannel::Phone); // newest first
    CHECK(list->back().contactCaptured);
    CHECK(list->back().consultantName == f.anna.displayName);
    CHECK_FALSE(list->at(3).contactCaptured); // the name-only visitor

    CHECK_FALSE(visits.traffic(QDate(2026, 1, 1), QDate(2026, 1, 7), kUtc)->retentionRate());
}

TEST_CASE("the consultant list puts available consultants first and marks busy ones", "[visits]")
{
    Fixture f;
    User busy = f.ben;
    busy.busy = true;
    REQUIRE(UserRepository(f.db->sql()).update(busy).has_value());
    VisitService visits(f.context());
    auto floor = visits.floorConsultants();
    REQUIRE(floor.has_value());
    REQUIRE(floor->size() == 2);
    CHECK(floor->front().user.id == f.anna.id);
    CHECK(floor->back().user.busy);

    REQUIRE(visits.log(f.reception, walkIn(f.anna.id)).has_value());
    floor = visits.floorConsultants();
    CHECK(floor->front().visitorsNow == 1);
    CHECK_FALSE(floor->front().available());
}

TEST_CASE("name and email matches are weaker duplicate hints", "[customers][duplicates]")
{
    Fixture f;
    const Customer known =
        f.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel"),
                      QStringLiteral("0172 5550101"), QStringLiteral("lena@example.com"));
    Customer draft;
    draft.firstName = QStringLiteral("lena");
    draft.lastName = QStringLiteral("VOGEL");
    draft.email = QStringLiteral("Lena@Example.com");
    auto hints = CustomerService(f.context()).findDuplicates(draft);
    REQUIRE(hints.has_value());
    CHECK(hints->samePhone.empty());
    REQUIRE(hints->sameEmail.size() == 1);
    REQUIRE(hints->sameName.size() == 1);
    CHECK(hints->sameName.front().id == known.id);
    draft.phone = QStringLiteral("0172-555-0101");
    CHECK(CustomerService(f.context()).findDuplicates(draft)->samePhone.front().id == known.id);
}

TEST_CASE("the dealership's region decides how national numbers are read", "[settings][phone]")
{
    Fixture f;
    SettingsService settings(f.context());
    CHECK(settings.set(f.reception, QStringLiteral("dealership.region"), QStringLiteral("AT"))
              .error()
              .code == ErrorCode::PermissionDenied);
    auto wrong = settings.set(f.manager, QStringLiteral("dealership.region"), QStringLiteral("XX"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message.contains(QStringLiteral("XX")));
    REQUIRE(settings.set(f.manager, QStringLiteral("dealership.region"), QStringLiteral("at"))
                .has_value());
    CHECK(settings.get(QStringLiteral("dealership.region")).value() == QStringLiteral("AT"));

    VisitService visits(f.context());
    auto logged = visits.log(
        f.reception,
        walkIn(f.anna.id, person(QStringLiteral("Eva"), {}, QStringLiteral("0664 1234567"))));
    REQUIRE(logged.has_value());
    CHECK(logged->customer->phoneE164 == QStringLiteral("+436641234567"));
}
