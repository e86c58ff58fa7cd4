// "Never lose a lead without a reason": the consultant asks, the manager approves or returns it,
// a manager's own decision closes at once, and a lost lead can be reopened.
#include "Fixtures.h"
#include "services/BoardService.h"
#include "services/LeadService.h"
#include "services/LostService.h"
#include "services/NotificationService.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
// Anna's lead, moved on to `stage`.
Lead annasLead(Fixture& f, const QString& phone, const QString& stage)
{
    const Customer customer = f.addCustomer(QStringLiteral("Lars"), QStringLiteral("Ohm"), phone);
    LeadService leads(f.context());
    auto lead = leads.create(f.reception, newLead(customer.id, QStringLiteral("phone"), f.anna.id));
    REQUIRE(lead.has_value());
    f.clock.advanceSecs(600);
    auto moved = leads.moveStage(f.anna, lead->id, stage);
    REQUIRE(moved.has_value());
    return *moved;
}

std::vector<Notification> notifications(Fixture& f, const User& reader, NotificationKind kind)
{
    auto all = NotificationService(f.context()).list(reader);
    REQUIRE(all.has_value());
    std::vector<Notification> found;
    for (const Notification& n : *all)
        if (n.kind == kind)
            found.push_back(n);
    return found;
}

// The key of the board column the lead sits in, as `viewer` sees the board ('' when absent).
QString columnOf(Fixture& f, const User& viewer, qint64 leadId)
{
    auto data = BoardService(f.context()).load(viewer);
    REQUIRE(data.has_value());
    for (const BoardColumn& column : BoardService::arrange(*data))
        if (std::find(column.leadIds.begin(), column.leadIds.end(), leadId) != column.leadIds.end())
            return column.stage.key;
    return {};
}
} // namespace

TEST_CASE("lost needs a known reason, and a comment where the reason asks for one", "[rules][lost]")
{
    Fixture f;
    const Lead lead = annasLead(f, QStringLiteral("0172 5000001"), QStringLiteral("offer"));
    LostService lost(f.context());

    for (const QString& empty : {QString(), QStringLiteral("   ")}) {
        auto refused = lost.request(f.anna, lead.id, empty, QStringLiteral("too expensive"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("reason")));
    }
    auto unknown = lost.request(f.anna, lead.id, QStringLiteral("weather"), {});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message.contains(QStringLiteral("weather")));
    // "Other" says nothing by itself: the comment is the reason.
    auto bare = lost.request(f.anna, lead.id, QStringLiteral("other"), QStringLiteral("  "));
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().code == ErrorCode::InvalidInput);
    // ... so does a manager's own decision.
    CHECK_FALSE(lost.request(f.manager, lead.id, QStringLiteral("other"), {}).has_value());

    const Lead unchanged = LeadService(f.context()).get(lead.id).value();
    CHECK(unchanged.stageKey == QStringLiteral("offer"));
    CHECK(unchanged.lostStatus == LostStatus::None);
    CHECK(notifications(f, f.manager, NotificationKind::LostRequested).empty());

    auto withComment =
        lost.request(f.anna, lead.id, QStringLiteral("other"), QStringLiteral("Moved abroad"));
    REQUIRE(withComment.has_value());
    CHECK(withComment->lostStatus == LostStatus::Pending);
    CHECK(withComment->lostNote == QStringLiteral("Moved abroad"));

    // Ben cannot ask for Anna's lead.
    const Lead other = annasLead(f, QStringLiteral("0172 5000002"), QStringLiteral("needs"));
    auto byBen = lost.request(f.ben, other.id, QStringLiteral("price"), {});
    REQUIRE_FALSE(byBen.has_value());
    CHECK(byBen.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a consultant's lost request waits for the manager, who approves it", "[rules][lost]")
{
    Fixture f;
    const Lead lead = annasLead(f, QStringLiteral("0172 5000003"), QStringLiteral("negotiation"));
    LostService lost(f.context());

    auto requested = lost.request(f.anna, lead.id, QStringLiteral("price"),
                                  QStringLiteral("Cheaper offer from the dealer next door"));
    REQUIRE(requested.has_value());
    CHECK(requested->lostStatus == LostStatus::Pending);
    CHECK(requested->stageKey == QStringLiteral("negotiation"));
    CHECK(requested->lostRequestedBy == f.anna.id);
    CHECK_FALSE(requested->closedAt.isValid());
    // The board shows it in the Lost column, waiting for the decision.
    CHECK(columnOf(f, f.manager, lead.id) == QStringLiteral("lost"));

    const auto asked = notifications(f, f.manager, NotificationKind::LostRequested);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].leadId == lead.id);
    CHECK(asked[0].body.contains(f.anna.displayName));
    CHECK(asked[0].body.contains(QStringLiteral("Price")));
    CHECK(asked[0].body.contains(QStringLiteral("Cheaper offer")));

    // Only a manager decides.
    auto byAnna = lost.approve(f.anna, lead.id);
    REQUIRE_FALSE(byAnna.has_value());
    CHECK(byAnna.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(lost.returnToConsultant(f.anna, lead.id, QStringLiteral("no")).has_value());
    CHECK(LeadService(f.context()).get(lead.id)->lostStatus == LostStatus::Pending);

    f.clock.advanceSecs(3600);
    auto approved = lost.approve(f.manager, lead.id);
    REQUIRE(approved.has_value());
    CHECK(approved->stageKey == QStringLiteral("lost"));
    CHECK(approved->lostStatus == LostStatus::Approved);
    CHECK(approved->closedAt == f.clock.now());
    CHECK(approved->consultantId == f.anna.id);
    const auto told = notifications(f, f.anna, NotificationKind::LostApproved);
    REQUIRE(told.size() == 1);
    CHECK(told[0].body.contains(f.manager.displayName));
    CHECK(told[0].body.contains(QStringLiteral("Price")));

    // Closed: nothing to approve again, and the consultant cannot move it.
    CHECK_FALSE(lost.approve(f.manager, lead.id).has_value());
    CHECK_FALSE(
        LeadService(f.context()).moveStage(f.anna, lead.id, QStringLiteral("offer")).has_value());
}

TEST_CASE("the manager returns a lost request with a comment", "[rules][lost]")
{
    Fixture f;
    const Lead lead = annasLead(f, QStringLiteral("0172 5000004"), QStringLiteral("offer"));
    LostService lost(f.context());
    REQUIRE(lost.request(f.anna, lead.id, QStringLiteral("unreachable"), {}).has_value());

    for (const QString& empty : {QString(), QStringLiteral("  ")}) {
        auto refused = lost.returnToConsultant(f.manager, lead.id, empty);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
    CHECK(LeadService(f.context()).get(lead.id)->lostStatus == LostStatus::Pending);

    const QString comment = QStringLiteral("Try her work number, she asked for an offer.");
    auto returned = lost.returnToConsultant(f.manager, lead.id, comment);
    REQUIRE(returned.has_value());
    CHECK(returned->stageKey == QStringLiteral("offer"));
    CHECK(returned->lostStatus == LostStatus::Rejected);
    CHECK(returned->lostReturnNote == comment);
    CHECK(returned->consultantId == f.anna.id);
    // Back in the consultant's Offer column, on her own board too.
    CHECK(columnOf(f, f.anna, lead.id) == QStringLiteral("offer"));
    CHECK(columnOf(f, f.manager, lead.id) == QStringLiteral("offer"));

    const auto told = notifications(f, f.anna, NotificationKind::LostReturned);
    REQUIRE(told.size() == 1);
    CHECK(told[0].body.contains(comment));
    CHECK(told[0].leadId == lead.id);
    CHECK_FALSE(lost.returnToConsultant(f.manager, lead.id, comment).has_value());
}

TEST_CASE("a manager's own lost decision closes at once and he can reopen it", "[rules][lost]")
{
    Fixture f;
    const Lead lead = annasLead(f, QStringLiteral("0172 5000005"), QStringLiteral("needs"));
    LostService lost(f.context());

    auto closed = lost.request(f.manager, lead.id, QStringLiteral("bought_elsewhere"), {});
    REQUIRE(closed.has_value());
    CHECK(closed->stageKey == QStringLiteral("lost"));
    CHECK(closed->lostStatus == LostStatus::Approved);
    CHECK(closed->closedAt == f.clock.now());
    CHECK(notifications(f, f.manager, NotificationKind::LostRequested).empty());
    CHECK(columnOf(f, f.manager, lead.id) == QStringLiteral("lost"));

    // A consultant cannot reopen; the manager brings it back to where it was lost from.
    auto byAnna = lost.reopen(f.anna, lead.id);
    REQUIRE_FALSE(byAnna.has_value());
    CHECK(byAnna.error().code == ErrorCode::PermissionDenied);
    f.clock.advanceSecs(86400);
    auto reopened = lost.reopen(f.manager, lead.id);
    REQUIRE(reopened.has_value());
    CHECK(reopened->stageKey == QStringLiteral("needs"));
    CHECK(reopened->lostStatus == LostStatus::None);
    CHECK_FALSE(reopened->closedAt.isValid());
    CHECK(reopened->consultantId == f.anna.id);
    CHECK(LeadService(f.context()).history(lead.id)->back().changedBy == f.manager.id);

    // Reopening an open lead is refused; into a named stage it goes there.
    CHECK_FALSE(lost.reopen(f.manager, lead.id).has_value());
    REQUIRE(lost.request(f.manager, lead.id, QStringLiteral("price"), {}).has_value());
    auto intoOffer = lost.reopen(f.manager, lead.id, QStringLiteral("offer"));
    REQUIRE(intoOffer.has_value());
    CHECK(intoOffer->stageKey == QStringLiteral("offer"));
    REQUIRE(lost.request(f.manager, lead.id, QStringLiteral("price"), {}).has_value());
    auto intoWon = lost.reopen(f.manager, lead.id, QStringLiteral("won"));
    REQUIRE_FALSE(intoWon.has_value());
    CHECK(intoWon.error().code == ErrorCode::InvalidInput);
    CHECK(LeadService(f.context()).get(lead.id)->stageKey == QStringLiteral("lost"));
}
