// Assignment modes: round robin among available consultants, weighted shares, the per-source
// override, and queued leads placed by the rule runner.
#include "Fixtures.h"
#include "services/LeadService.h"
#include "services/NotificationService.h"
#include "services/PipelineConfigService.h"
#include "services/RuleService.h"
#include "services/UserService.h"
#include "storage/Sql.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
// A lead from `source` for a new customer; the phone number is made from `n`.
Lead queuedLead(Fixture& f, int n, const QString& source = QStringLiteral("web_form"))
{
    const Customer customer =
        f.addCustomer(QStringLiteral("Kunde"), QString::number(n),
                      QStringLiteral("0171 3%1").arg(n, 6, 10, QLatin1Char('0')));
    auto lead = LeadService(f.context()).create(f.reception, newLead(customer.id, source));
    INFO((lead ? QString() : lead.error().message).toStdString());
    REQUIRE(lead.has_value());
    return *lead;
}

qint64 consultantOf(const Lead& lead)
{
    return lead.consultantId.value_or(0);
}

void setAvailability(Fixture& f, const User& user, bool onDuty, bool busy)
{
    auto changed = UserService(f.context()).setAvailability(f.manager, user.id, onDuty, busy);
    REQUIRE(changed.has_value());
}

void setSourceMode(Fixture& f, const QString& sourceKey, const QString& mode)
{
    PipelineConfigService config(f.context());
    auto sources = config.sources();
    REQUIRE(sources.has_value());
    for (const Source& source : *sources)
        if (source.key == sourceKey) {
            auto updated = config.updateSource(f.admin, source.id, source.responseMinutes, mode);
            REQUIRE(updated.has_value());
            return;
        }
    FAIL("no such source");
}
} // namespace

TEST_CASE("round robin takes turns among active, on-duty, not-busy consultants",
          "[rules][assignment]")
{
    Fixture f;
    const User carl = f.addConsultant(QStringLiteral("carl"), QStringLiteral("Carl Wendt"));
    const User dora = f.addConsultant(QStringLiteral("dora"), QStringLiteral("Dora Lang"));
    REQUIRE(sql::exec(f.db->sql(), QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"),
                      {dora.id})
                .has_value());
    f.setSetting(QStringLiteral("assignment.mode"), QStringLiteral("round_robin"));

    // Six leads: everyone available takes two, in a fixed turn; the inactive one none.
    std::vector<qint64> turns;
    for (int i = 0; i < 6; ++i) {
        const Lead lead = queuedLead(f, i);
        CHECK(lead.stageKey == QStringLiteral("assigned"));
        turns.push_back(consultantOf(lead));
    }
    CHECK(turns[0] != turns[1]);
    CHECK(turns[1] != turns[2]);
    CHECK(turns[0] != turns[2]);
    for (int i = 3; i < 6; ++i)
        CHECK(turns[size_t(i)] == turns[size_t(i - 3)]);
    for (qint64 id : {f.anna.id, f.ben.id, carl.id})
        CHECK(std::count(turns.begin(), turns.end(), id) == 2);
    CHECK(std::count(turns.begin(), turns.end(), dora.id) == 0);

    // The assigned consultant hears why.
    auto notes = NotificationService(f.context()).list(f.anna);
    REQUIRE(notes.has_value());
    REQUIRE(notes->size() == 2);
    CHECK(notes->front().kind == NotificationKind::Assigned);
    CHECK(notes->front().body.contains(QStringLiteral("round robin")));

    // Ben is busy with a customer, Carl is off duty: Anna takes every lead.
    setAvailability(f, f.ben, true, true);
    setAvailability(f, carl, false, false);
    for (int i = 6; i < 9; ++i)
        CHECK(consultantOf(queuedLead(f, i)) == f.anna.id);

    // Ben is free again: his turn is older than Anna's, so he comes first.
    setAvailability(f, f.ben, true, false);
    CHECK(consultantOf(queuedLead(f, 9)) == f.ben.id);
    CHECK(consultantOf(queuedLead(f, 10)) == f.anna.id);
    CHECK(consultantOf(queuedLead(f, 11)) == f.ben.id);
}

TEST_CASE("a queued lead waits while nobody is free and the rule runner places it later",
          "[rules][assignment]")
{
    Fixture f;
    f.setSetting(QStringLiteral("assignment.mode"), QStringLiteral("round_robin"));
    setAvailability(f, f.anna, false, false);
    setAvailability(f, f.ben, true, true);
    const Lead waiting = queuedLead(f, 1);
    CHECK(waiting.stageKey == QStringLiteral("unassigned"));
    CHECK_FALSE(waiting.consultantId.has_value());

    auto none = RuleService(f.context()).run(f.clock.now());
    REQUIRE(none.has_value());
    CHECK(none->empty());

    setAvailability(f, f.anna, true, false);
    auto fired = RuleService(f.context()).run(f.clock.now());
    REQUIRE(fired.has_value());
    REQUIRE(fired->size() == 1);
    CHECK(fired->front().rule == QStringLiteral("assigned"));
    CHECK(fired->front().leadId == waiting.id);
    CHECK(fired->front().notified == std::vector<qint64>{f.anna.id});
    const Lead placed = LeadService(f.context()).get(waiting.id).value();
    CHECK(placed.consultantId == f.anna.id);
    CHECK(placed.stageKey == QStringLiteral("assigned"));

    auto again = RuleService(f.context()).run(f.clock.now());
    REQUIRE(again.has_value());
    CHECK(again->empty());
}

TEST_CASE("a source's own assignment mode overrides the setting", "[rules][assignment]")
{
    Fixture f;
    // Manual for everything except web forms.
    setSourceMode(f, QStringLiteral("web_form"), QStringLiteral("round_robin"));
    const Lead web = queuedLead(f, 1, QStringLiteral("web_form"));
    const Lead phone = queuedLead(f, 2, QStringLiteral("phone"));
    CHECK(web.consultantId.has_value());
    CHECK(web.stageKey == QStringLiteral("assigned"));
    CHECK_FALSE(phone.consultantId.has_value());
    CHECK(phone.stageKey == QStringLiteral("unassigned"));
    auto fired = RuleService(f.context()).run(f.clock.now());
    REQUIRE(fired.has_value());
    CHECK(fired->empty()); // the phone lead stays for the manager

    // Round robin for everything except walk-ins, which the pool handles.
    f.setSetting(QStringLiteral("assignment.mode"), QStringLiteral("round_robin"));
    setSourceMode(f, QStringLiteral("walk_in"), QStringLiteral("pool"));
    const Lead walkIn = queuedLead(f, 3, QStringLiteral("walk_in"));
    CHECK_FALSE(walkIn.consultantId.has_value());
    fired = RuleService(f.context()).run(f.clock.now());
    REQUIRE(fired.has_value());
    REQUIRE(fired->size() == 1); // the waiting phone lead follows the setting now
    CHECK(fired->front().leadId == phone.id);
    CHECK_FALSE(LeadService(f.context()).get(walkIn.id)->consultantId.has_value());
    CHECK(LeadService(f.context()).take(f.ben, walkIn.id)->consultantId == f.ben.id);
}

TEST_CASE("weighted assignment keeps each consultant's share within 2% over 1,000 leads",
          "[rules][assignment]")
{
    Fixture f;
    const User carl = f.addConsultant(QStringLiteral("carl"), QStringLiteral("Carl Wendt"));
    UserService users(f.context());
    REQUIRE(users.setAssignmentWeight(f.manager, f.anna.id, 40).has_value());
    REQUIRE(users.setAssignmentWeight(f.manager, f.ben.id, 60).has_value());
    REQUIRE(users.setAssignmentWeight(f.manager, carl.id, 0).has_value()); // takes no leads
    auto refused = users.setAssignmentWeight(f.anna, f.anna.id, 100);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    f.setSetting(QStringLiteral("assignment.mode"), QStringLiteral("weighted"));

    const Customer customer = f.addCustomer(QStringLiteral("Flotte"), QStringLiteral("GmbH"),
                                            QStringLiteral("0171 4000000"));
    LeadService leads(f.context());
    QHash<qint64, int> taken;
    constexpr int kLeads = 1000;
    auto made = f.db->writeTransaction([&]() -> Result<void> {
        taken.clear();
        for (int i = 0; i < kLeads; ++i) {
            auto lead = leads.create(f.reception, newLead(customer.id, QStringLiteral("portal")));
            if (!lead)
                return std::unexpected(lead.error());
            ++taken[lead->consultantId.value_or(0)];
        }
        return {};
    });
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.has_value());
    CHECK(taken.value(0) == 0);
    CHECK(taken.value(carl.id) == 0);
    CHECK(std::abs(taken.value(f.anna.id) - kLeads * 40 / 100) <= kLeads * 2 / 100);
    CHECK(std::abs(taken.value(f.ben.id) - kLeads * 60 / 100) <= kLeads * 2 / 100);

    // The shares are what is stored, not only what create() returned.
    auto stored = sql::scalar(f.db->sql(),
                              QStringLiteral("SELECT count(*) FROM leads WHERE consultant_id = ?"),
                              {f.ben.id});
    REQUIRE(stored.has_value());
    CHECK(stored->toInt() == taken.value(f.ben.id));
}
