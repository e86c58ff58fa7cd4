#include "Fixtures.h"
#include "services/ActivityService.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "services/Permissions.h"
#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

TEST_CASE("adding a customer normalises the phone to E.164 and writes the audit log",
          "[services][customers]")
{
    Fixture f;
    const Customer added =
        f.addCustomer(QStringLiteral("Jürgen"), QStringLiteral("Schäfer"),
                      QStringLiteral("0151 2345 6789"), QStringLiteral(" j.schaefer@example.com "));
    CHECK(added.phoneE164 == QStringLiteral("+4915123456789"));
    CHECK(added.email == QStringLiteral("j.schaefer@example.com"));
    CHECK(added.displayName() == QStringLiteral("Schäfer, Jürgen"));
    auto entries = AuditRepository(f.db->sql()).forEntity(QStringLiteral("customers"), added.id);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().action == QStringLiteral("customer.create"));
    CHECK(entries->front().userId == f.reception.id);
}

TEST_CASE("a duplicate phone is found and never created silently", "[services][customers]")
{
    Fixture f;
    const Customer first = f.addCustomer(QStringLiteral("Eva"), QStringLiteral("Roth"),
                                         QStringLiteral("+49 151 23456789"));
    CustomerService customers(f.context());

    Customer same;
    same.firstName = QStringLiteral("E.");
    same.lastName = QStringLiteral("Roth");
    same.phone = QStringLiteral("0049 1512 3456789"); // the same number written differently
    auto duplicate = customers.add(f.reception, same);
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == ErrorCode::Duplicate);
    CHECK(duplicate.error().message.contains(QStringLiteral("Roth, Eva")));

    auto candidates = customers.findDuplicates(QStringLiteral("01512 3456789"), {});
    REQUIRE(candidates.has_value());
    REQUIRE(candidates->samePhone.size() == 1);
    CHECK(candidates->samePhone.front().id == first.id);
    auto count = sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM customers"));
    CHECK(count->toInt() == 1);
}

TEST_CASE("wrong phone numbers and emails are refused with a clear message",
          "[services][customers]")
{
    Fixture f;
    CustomerService customers(f.context());
    Customer draft;
    draft.firstName = QStringLiteral("Max");
    draft.phone = QStringLiteral("12");
    auto shortPhone = customers.add(f.reception, draft);
    REQUIRE_FALSE(shortPhone.has_value());
    CHECK(shortPhone.error().code == ErrorCode::InvalidInput);
    CHECK(shortPhone.error().message.contains(QStringLiteral("12")));

    draft.phone = QStringLiteral("0151 23456789");
    draft.email = QStringLiteral("max@@example");
    auto badEmail = customers.add(f.reception, draft);
    REQUIRE_FALSE(badEmail.has_value());
    CHECK(badEmail.error().code == ErrorCode::InvalidInput);

    draft.email.clear();
    draft.firstName.clear();
    draft.lastName.clear();
    draft.phone.clear();
    auto empty = customers.add(f.reception, draft);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);

    // A visitor who only leaves a phone number is still a customer, shown by the number.
    draft.phone = QStringLiteral("0171 5550199");
    auto phoneOnly = customers.add(f.reception, draft);
    REQUIRE(phoneOnly.has_value());
    CHECK(phoneOnly->displayName() == QStringLiteral("0171 5550199"));
}

TEST_CASE("a new lead starts unassigned or assigned with its response deadline",
          "[services][leads]")
{
    Fixture f;
    const Customer customer = f.addCustomer(QStringLiteral("Ida"), QStringLiteral("Sommer"),
                                            QStringLiteral("0160 1234567"));
    LeadService leads(f.context());

    auto pool = leads.create(f.reception, newLead(customer.id, QStringLiteral("web_form")));
    REQUIRE(pool.has_value());
    CHECK(pool->stageKey == QStringLiteral("unassigned"));
    CHECK_FALSE(pool->consultantId.has_value());
    CHECK(pool->tier == Tier::Value);
    CHECK(pool->responseDueAt == f.clock.now().addSecs(30 * 60));

    auto walkIn =
        leads.create(f.reception, newLead(customer.id, QStringLiteral("walk_in"), f.anna.id));
    REQUIRE(walkIn.has_value());
    CHECK(walkIn->stageKey == QStringLiteral("assigned"));
    CHECK(walkIn->consultantId == f.anna.id);
    CHECK(walkIn->tier == Tier::High);

    auto unknownSource =
        leads.create(f.reception, newLead(customer.id, QStringLiteral("carrier_pigeon")));
    REQUIRE_FALSE(unknownSource.has_value());
    CHECK(unknownSource.error().code == ErrorCode::NotFound);
}

TEST_CASE("stage moves persist with history and audit", "[services][leads]")
{
    Fixture f;
    const Customer customer = f.addCustomer(QStringLiteral("Paul"), QStringLiteral("Fink"),
                                            QStringLiteral("0170 1234567"));
    LeadService leads(f.context());
    auto lead =
        leads.create(f.reception, newLead(customer.id, QStringLiteral("walk_in"), f.anna.id));
    REQUIRE(lead.has_value());

    f.clock.advanceSecs(3600);
    auto moved = leads.moveStage(f.anna, lead->id, QStringLiteral("needs"));
    REQUIRE(moved.has_value());
    CHECK(moved->stageKey == QStringLiteral("needs"));
    CHECK(moved->stageEnteredAt == f.clock.now());
    CHECK(moved->version == lead->version + 1);

    // Read back through a fresh connection: the move is on disk.
    auto other = f.openAnotherDesk();
    ManualClock clock(f.clock.now());
    auto reread = LeadService(ServiceContext{*other, clock, nullptr}).get(lead->id);
    CHECK(reread->stageKey == QStringLiteral("needs"));

    auto history = leads.history(lead->id);
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->at(0).fromStageId.has_value());
    CHECK(history->at(1).changedBy == f.anna.id);
    CHECK(history->at(1).toStageId == moved->stageId);
    auto audit = AuditRepository(f.db->sql()).forEntity(QStringLiteral("leads"), lead->id);
    REQUIRE(audit->size() == 2);
    CHECK(audit->back().action == QStringLiteral("lead.move"));
    CHECK(audit->back().details.value(QStringLiteral("to")).toString() == QStringLiteral("needs"));

    auto won = leads.moveStage(f.anna, lead->id, QStringLiteral("won"));
    REQUIRE(won.has_value());
    CHECK(won->closedAt == f.clock.now());
}

TEST_CASE("a lead is never lost without a reason", "[services][leads]")
{
    Fixture f;
    const Customer customer = f.addCustomer(QStringLiteral("Rolf"), QStringLiteral("Hahn"),
                                            QStringLiteral("0171 1234567"));
    LeadService leads(f.context());
    auto lead = leads.create(f.reception, newLead(customer.id, QStringLiteral("phone"), f.anna.id));
    auto lost = leads.moveStage(f.manager, lead->id, QStringLiteral("lost"));
    REQUIRE_FALSE(lost.has_value());
    CHECK(lost.error().code == ErrorCode::InvalidInput);
    CHECK(leads.get(lead->id)->stageKey == QStringLiteral("assigned"));
}

TEST_CASE("permissions: who may move and assign which lead", "[services][permissions]")
{
    Fixture f;
    const Customer customer = f.addCustomer(QStringLiteral("Nina"), QStringLiteral("Graf"),
                                            QStringLiteral("0172 1234567"));
    LeadService leads(f.context());
    auto annasLead =
        leads.create(f.reception, newLead(customer.id, QStringLiteral("walk_in"), f.anna.id));
    auto poolLead = leads.create(f.reception, newLead(customer.id, QStringLiteral("web_form")));

    auto byReception = leads.moveStage(f.reception, annasLead->id, QStringLiteral("contacted"));
    REQUIRE_FALSE(byReception.has_value());
    CHECK(byReception.error().code == ErrorCode::PermissionDenied);

    auto byBen = leads.moveStage(f.ben, annasLead->id, QStringLiteral("contacted"));
    REQUIRE_FALSE(byBen.has_value());
    CHECK(byBen.error().code == ErrorCode::PermissionDenied);

    auto benAssigns = leads.assign(f.ben, annasLead->id, f.ben.id);
    REQUIRE_FALSE(benAssigns.has_value());
    CHECK(benAssigns.error().code == ErrorCode::PermissionDenied);

    auto benTakes = leads.assign(f.ben, poolLead->id, f.ben.id);
    REQUIRE(benTakes.has_value());
    CHECK(benTakes->consultantId == f.ben.id);
    CHECK(benTakes->stageKey == QStringLiteral("assigned"));

    auto managerReassigns = leads.assign(f.manager, annasLead->id, f.ben.id);
    REQUIRE(managerReassigns.has_value());
    CHECK(managerReassigns->consultantId == f.ben.id);
    CHECK(leads.moveStage(f.ben, annasLead->id, QStringLiteral("contacted")).has_value());

    CHECK(roleAllows(Role::Manager, Permission::ApproveLost));
    CHECK_FALSE(roleAllows(Role::Consultant, Permission::ApproveLost));
    CHECK_FALSE(roleAllows(Role::Manager, Permission::ManageUsers));
    CHECK(roleAllows(Role::Admin, Permission::ManageUsers));
    CHECK_FALSE(roleAllows(Role::Receptionist, Permission::AssignLeads));
    CHECK_FALSE(roleAllows(Role::Consultant, Permission::ExportReports));
}

TEST_CASE("the first customer contact stops the response clock once", "[services][activities]")
{
    Fixture f;
    const Customer customer = f.addCustomer(QStringLiteral("Olga"), QStringLiteral("Iwanowa"),
                                            QStringLiteral("0173 1234567"));
    LeadService leads(f.context());
    ActivityService activities(f.context());
    auto lead =
        leads.create(f.reception, newLead(customer.id, QStringLiteral("web_form"), f.anna.id));

    Activity note;
    note.customerId = customer.id;
    note.leadId = lead->id;
    note.kind = ActivityKind::Note;
    note.body = QStringLiteral("Wants a quote for an estate car");
    REQUIRE(activities.log(f.anna, note).has_value());
    CHECK_FALSE(leads.get(lead->id)->firstResponseAt.isValid());

    f.clock.advanceSecs(12 * 60);
    Activity call = note;
    call.kind = ActivityKind::Call;
    call.direction = Direction::Outbound;
    call.body.clear();
    REQUIRE(activities.log(f.anna, call).has_value());
    const QDateTime firstResponse = leads.get(lead->id)->firstResponseAt;
    CHECK(firstResponse == f.clock.now());

    f.clock.advanceSecs(3600);
    REQUIRE(activities.log(f.anna, call).has_value());
    CHECK(leads.get(lead->id)->firstResponseAt == firstResponse);
    CHECK(activities.forCustomer(customer.id)->size() == 3);

    Activity comment = note;
    comment.kind = ActivityKind::ManagerComment;
    auto byConsultant = activities.log(f.anna, comment);
    REQUIRE_FALSE(byConsultant.has_value());
    CHECK(byConsultant.error().code == ErrorCode::PermissionDenied);
    CHECK(activities.log(f.manager, comment).has_value());
}
