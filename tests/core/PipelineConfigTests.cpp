#include "Fixtures.h"
#include "services/LeadService.h"
#include "services/PipelineConfigService.h"
#include "storage/ReferenceRepository.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
QStringList stageKeys(PipelineConfigService& config)
{
    QStringList keys;
    const auto stages = config.stages();
    REQUIRE(stages);
    for (const Stage& stage : *stages)
        keys << stage.key;
    return keys;
}
} // namespace

TEST_CASE("stages are added before Won and Lost, renamed, moved and retired", "[pipeline][config]")
{
    Fixture f;
    PipelineConfigService config(f.context());
    auto added = config.addStage(f.manager, QStringLiteral("Trade-in check"));
    REQUIRE(added);
    CHECK(added->key == "trade_in_check");
    CHECK(stageKeys(config) == QStringList{"unassigned", "assigned", "contacted", "needs", "offer",
                                           "negotiation", "trade_in_check", "won", "lost"});
    CHECK_FALSE(config.addStage(f.manager, QStringLiteral("offer")));               // same name
    CHECK_FALSE(config.renameStage(f.manager, added->id, QStringLiteral("Offer"))); // taken
    REQUIRE(config.renameStage(f.manager, added->id, QStringLiteral("Trade-in valuation")));

    REQUIRE(config.moveStage(f.manager, added->id, -1));
    CHECK(stageKeys(config).indexOf("trade_in_check") == 5);
    auto assigned = ReferenceRepository(f.db->sql()).stageByKey(QStringLiteral("assigned"));
    auto contacted = ReferenceRepository(f.db->sql()).stageByKey(QStringLiteral("contacted"));
    auto refused = config.moveStage(f.manager, assigned->id, 1);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains("cannot move"));
    REQUIRE(config.moveStage(f.manager, contacted->id, -1)); // never in front of Assigned
    CHECK(stageKeys(config).indexOf("contacted") == 2);

    CHECK_FALSE(config.addStage(f.anna, QStringLiteral("Mine"))); // consultants may not

    SECTION("a stage with leads is not retired")
    {
        const Customer customer = f.addCustomer("Eva", "Stein", "+49 151 23456789");
        auto lead =
            LeadService(f.context()).create(f.admin, newLead(customer.id, "walk_in", f.anna.id));
        REQUIRE(lead);
        auto retired = config.setStageRetired(f.manager, assigned->id, true);
        REQUIRE_FALSE(retired); // a system stage
        REQUIRE(LeadService(f.context()).moveStage(f.anna, lead->id, "trade_in_check"));
        retired = config.setStageRetired(f.manager, added->id, true);
        REQUIRE_FALSE(retired);
        CHECK(retired.error().message.contains("1 lead"));
        REQUIRE(LeadService(f.context()).moveStage(f.anna, lead->id, "offer"));
        REQUIRE(config.setStageRetired(f.manager, added->id, true));
        auto moved = LeadService(f.context()).moveStage(f.anna, lead->id, "trade_in_check");
        REQUIRE_FALSE(moved);
        CHECK(moved.error().message.contains("retired"));
    }
}

TEST_CASE("lost reasons keep unique names and at least one stays active", "[pipeline][config]")
{
    Fixture f;
    PipelineConfigService config(f.context());
    auto added = config.addLostReason(f.manager, QStringLiteral("Financing refused"), true);
    REQUIRE(added);
    CHECK(added->needsComment);
    LostReason renamed = *added;
    renamed.name = QStringLiteral("Price");
    CHECK_FALSE(config.updateLostReason(f.manager, renamed));
    auto reasons = config.lostReasons();
    REQUIRE(reasons);
    for (std::size_t i = 0; i + 1 < reasons->size(); ++i) {
        LostReason reason = (*reasons)[i];
        reason.active = false;
        REQUIRE(config.updateLostReason(f.manager, reason));
    }
    LostReason last = reasons->back();
    last.active = false;
    auto refused = config.updateLostReason(f.manager, last);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains("at least one"));
}
