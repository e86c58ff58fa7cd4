// After the loan file went to the bank: recording the bank's approval, once, by whoever may work
// the deal; the loan items then stay done, and the manager's report counts the approval.
#include "DealFixture.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "services/ChangeBus.h"
#include "services/ChecklistService.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
// A financed deal of Anna's whose loan file is complete, not yet sent.
DealDetails completeLoanFile(DealDesk& f)
{
    const DealDetails deal = f.sign(f.draft(f.lead, f.golf, PaymentMethod::Credit));
    f.complete(deal.deal.id, {ChecklistKind::LoanPrivate});
    return deal;
}

QString messageOf(const Result<DealDetails>& result)
{
    return result ? QString() : result.error().message;
}

struct AuditRow {
    qint64 userId = 0;
    QJsonObject details;
};

std::vector<AuditRow> approvalsLogged(DealDesk& f, qint64 dealId)
{
    QSqlQuery query(f.db->sql());
    query.prepare(QStringLiteral("SELECT user_id, details FROM audit_log WHERE action = "
                                 "'deal.bank_approved' AND entity = 'deals' AND entity_id = ? "
                                 "ORDER BY id"));
    query.addBindValue(dealId);
    REQUIRE(query.exec());
    std::vector<AuditRow> rows;
    while (query.next())
        rows.push_back({query.value(0).toLongLong(),
                        QJsonDocument::fromJson(query.value(1).toByteArray()).object()});
    return rows;
}

reports::DeliveriesSection deliveriesOf(DealDesk& f, const QString& week)
{
    auto period = reports::ReportPeriod::isoWeek(week);
    REQUIRE(period.has_value());
    auto report = reports::ReportService(f.context()).compute(f.manager, *period);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    return report->deliveries;
}
} // namespace

TEST_CASE("the bank's approval is recorded once, after the loan file went to the bank",
          "[deals][bank]")
{
    DealDesk f;
    const DealDetails deal = completeLoanFile(f);
    const qint64 dealId = deal.deal.id;
    ChangeBus bus;
    QSignalSpy changed(&bus, &ChangeBus::dealChanged);
    DealService deals(ServiceContext{*f.db, f.clock, &bus});

    auto early = deals.markBankApproved(f.anna, dealId);
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == ErrorCode::InvalidInput);
    CHECK(early.error().message.contains(QStringLiteral("has not been sent to the bank yet")));
    CHECK(approvalsLogged(f, dealId).empty());

    REQUIRE(deals.sendToBank(f.anna, dealId).has_value());
    const QDateTime sentAt = f.clock.now();
    changed.clear();

    f.clock.set(QDateTime(QDate(2026, 11, 26), QTime(14, 30), Qt::UTC));
    auto approved = deals.markBankApproved(f.anna, dealId);
    INFO(messageOf(approved).toStdString());
    REQUIRE(approved.has_value());
    CHECK(approved->deal.bankApprovedAt == f.clock.now());
    CHECK(approved->deal.bankApprovedBy == f.anna.id);
    CHECK(approved->deal.bankSentAt == sentAt); // untouched
    CHECK(approved->deal.version == deal.deal.version + 2);
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().front().toLongLong() == dealId);

    // Stored: another desk reads it from the file.
    auto otherDesk = f.openAnotherDesk();
    auto reread = DealService(ServiceContext{*otherDesk, f.clock, nullptr}).details(dealId);
    REQUIRE(reread.has_value());
    CHECK(reread->deal.bankApprovedAt == f.clock.now());
    CHECK(reread->deal.bankApprovedBy == f.anna.id);

    const std::vector<AuditRow> logged = approvalsLogged(f, dealId);
    REQUIRE(logged.size() == 1);
    CHECK(logged.front().userId == f.anna.id);
    CHECK(logged.front().details.value(QStringLiteral("sent_to_bank_at")).toInteger() ==
          sentAt.toSecsSinceEpoch());

    SECTION("only once")
    {
        f.clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        auto again = deals.markBankApproved(f.manager, dealId);
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().message.contains(QStringLiteral("already approved")));
        CHECK(deals.details(dealId)->deal.bankApprovedAt ==
              QDateTime(QDate(2026, 11, 26), QTime(14, 30), Qt::UTC));
        CHECK(approvalsLogged(f, dealId).size() == 1);
    }
    SECTION("the loan items stay done")
    {
        ChecklistService checklist(f.context());
        const auto loanItem =
            std::find_if(reread->items.begin(), reread->items.end(), [](const ChecklistItem& i) {
                return i.kind == ChecklistKind::LoanPrivate && !i.open();
            });
        REQUIRE(loanItem != reread->items.end());
        auto untick = checklist.untick(f.anna, loanItem->id);
        REQUIRE_FALSE(untick.has_value());
        CHECK(untick.error().message.contains(QStringLiteral("approved")));
        auto item = checklist.item(loanItem->id);
        REQUIRE(item.has_value());
        CHECK_FALSE(item->open());
    }
}

TEST_CASE("only whoever may work the deal records the bank's approval", "[deals][bank]")
{
    DealDesk f;
    const qint64 dealId = completeLoanFile(f).deal.id;
    DealService deals(f.context());
    REQUIRE(deals.sendToBank(f.anna, dealId).has_value());

    for (const User* stranger : {&f.reception, &f.ben}) {
        auto refused = deals.markBankApproved(*stranger, dealId);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK_FALSE(deals.details(dealId)->deal.bankApprovedAt.isValid());
    CHECK(approvalsLogged(f, dealId).empty());

    auto byManager = deals.markBankApproved(f.manager, dealId); // any deal
    INFO(messageOf(byManager).toStdString());
    REQUIRE(byManager.has_value());
    CHECK(byManager->deal.bankApprovedBy == f.manager.id);
    CHECK(approvalsLogged(f, dealId).size() == 1);
}

TEST_CASE("a cash or cancelled deal has no loan to approve", "[deals][bank]")
{
    DealDesk f;
    DealService deals(f.context());
    SECTION("cash")
    {
        const qint64 cash = f.sign(f.draft(f.lead, f.golf)).deal.id;
        auto refused = deals.markBankApproved(f.anna, cash);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("paid in cash")));
    }
    SECTION("cancelled after it went to the bank")
    {
        const qint64 dealId = completeLoanFile(f).deal.id;
        REQUIRE(deals.sendToBank(f.anna, dealId).has_value());
        // Nothing in the app cancels a deal yet; an import or another tool may.
        REQUIRE(sql::exec(f.db->sql(),
                          QStringLiteral("UPDATE deals SET status = 'cancelled' WHERE id = ?"),
                          {dealId})
                    .has_value());
        auto refused = deals.markBankApproved(f.anna, dealId);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("cancelled")));
        CHECK_FALSE(deals.details(dealId)->deal.bankApprovedAt.isValid());
    }
    SECTION("cancelled before it went to the bank")
    {
        const qint64 dealId = completeLoanFile(f).deal.id;
        REQUIRE(sql::exec(f.db->sql(),
                          QStringLiteral("UPDATE deals SET status = 'cancelled' WHERE id = ?"),
                          {dealId})
                    .has_value());
        auto refused = deals.sendToBank(f.anna, dealId);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("cancelled")));
        CHECK_FALSE(deals.details(dealId)->deal.bankSentAt.isValid());
    }
    SECTION("delivered before the approval was recorded")
    {
        const qint64 dealId = completeLoanFile(f).deal.id;
        REQUIRE(deals.sendToBank(f.anna, dealId).has_value());
        f.complete(dealId,
                   {ChecklistKind::Delivery, ChecklistKind::Handover, ChecklistKind::Accessories});
        REQUIRE(deals.deliver(f.anna, dealId).has_value());
        auto late = deals.markBankApproved(f.anna, dealId);
        INFO(messageOf(late).toStdString());
        REQUIRE(late.has_value()); // the paperwork may follow the handover
        CHECK(late->deal.status == DealStatus::Delivered);
        CHECK(late->deal.bankApprovedAt == f.clock.now());
    }
}

TEST_CASE("a loan approved inside a week counts in that week's report", "[reports][deals][bank]")
{
    DealDesk f; // the clock: Monday 23 November 2026, week 48
    const qint64 dealId = completeLoanFile(f).deal.id;
    DealService deals(f.context());
    REQUIRE(deals.sendToBank(f.anna, dealId).has_value());

    reports::DeliveriesSection w48 = deliveriesOf(f, QStringLiteral("2026-W48"));
    CHECK(w48.loansSent == 1);
    CHECK(w48.loansApproved == 0);

    f.clock.set(QDateTime(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC)); // Friday
    REQUIRE(deals.markBankApproved(f.anna, dealId).has_value());
    w48 = deliveriesOf(f, QStringLiteral("2026-W48"));
    CHECK(w48.loansSent == 1);
    CHECK(w48.loansApproved == 1);

    const reports::DeliveriesSection w49 = deliveriesOf(f, QStringLiteral("2026-W49"));
    CHECK(w49.loansSent == 0);
    CHECK(w49.loansApproved == 0);
    const reports::DeliveriesSection w47 = deliveriesOf(f, QStringLiteral("2026-W47"));
    CHECK(w47.loansApproved == 0);
}
