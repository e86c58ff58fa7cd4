#include "Fixtures.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "storage/CustomerRepository.h"
#include "storage/DataVersionWatcher.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <thread>

using namespace showroom;
using namespace showroom::test;

TEST_CASE("an edit made on a stale version is refused as a conflict naming the record",
          "[storage][conflict]")
{
    Fixture f;
    const Customer original = f.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                            QStringLiteral("0151 11112222"));
    auto deskB = f.openAnotherDesk();
    ManualClock clockB(f.clock.now());
    CustomerService atDeskA(f.context());
    CustomerService atDeskB(ServiceContext{*deskB, clockB, nullptr});

    Customer editA = *atDeskA.get(original.id);
    Customer editB = *atDeskB.get(original.id);
    editA.city = QStringLiteral("Leipzig");
    editB.city = QStringLiteral("Dresden");

    auto savedA = atDeskA.update(f.anna, editA);
    REQUIRE(savedA.has_value());
    CHECK(savedA->version == original.version + 1);

    auto savedB = atDeskB.update(f.ben, editB);
    REQUIRE_FALSE(savedB.has_value());
    CHECK(savedB.error().code == ErrorCode::Conflict);
    CHECK(savedB.error().message.contains(QStringLiteral("Vogel, Lena")));
    CHECK(atDeskB.get(original.id)->city == QStringLiteral("Leipzig"));
}

TEST_CASE("a stage move on a stale lead version is a conflict", "[storage][conflict]")
{
    Fixture f;
    const Customer customer = f.addCustomer(QStringLiteral("Tom"), QStringLiteral("Kurz"),
                                            QStringLiteral("0151 33334444"));
    LeadService leads(f.context());
    auto lead =
        leads.create(f.reception, newLead(customer.id, QStringLiteral("walk_in"), f.anna.id));
    REQUIRE(lead.has_value());
    REQUIRE(
        leads.moveStage(f.anna, lead->id, QStringLiteral("contacted"), lead->version).has_value());
    auto stale = leads.moveStage(f.manager, lead->id, QStringLiteral("offer"), lead->version);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Kurz, Tom")));
    CHECK(leads.get(lead->id)->stageKey == QStringLiteral("contacted"));
}

TEST_CASE("shared mode: an open customer list does not block another desk's writes",
          "[storage][shared]")
{
    Fixture f(StorageMode::Shared);
    for (int i = 0; i < 250; ++i)
        f.addCustomer(QStringLiteral("Kim%1").arg(i), QStringLiteral("Lang"),
                      QStringLiteral("+49 152 3%1").arg(1000000 + i, 7, 10, QLatin1Char('0')));

    // Desk A shows the list: first page loaded through keyset paging, the view stays open.
    CustomerRepository listAtDeskA(f.db->sql());
    auto firstPage = listAtDeskA.page({}, std::nullopt, 100);
    REQUIRE(firstPage.has_value());
    REQUIRE(firstPage->size() == 100);

    // Desk B saves meanwhile, with a short busy timeout so a held lock would show at once.
    auto deskB = f.openAnotherDesk(200);
    ManualClock clockB(f.clock.now());
    CustomerService atDeskB(ServiceContext{*deskB, clockB, nullptr});
    Customer edited = *atDeskB.get(firstPage->front().id);
    edited.city = QStringLiteral("Rostock");
    auto saved = atDeskB.update(f.anna, edited);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.has_value());

    // Desk A scrolls on: the next page continues after the cursor, nothing repeated.
    auto secondPage =
        listAtDeskA.page({}, CustomerCursor{firstPage->back().sortKey, firstPage->back().id}, 100);
    REQUIRE(secondPage.has_value());
    REQUIRE(secondPage->size() == 100);
    CHECK(secondPage->front().sortKey >= firstPage->back().sortKey);
    CHECK(secondPage->front().id != firstPage->back().id);

    SECTION("whereas an unfinished query would have blocked desk B")
    {
        QSqlQuery unfinished(f.db->sql());
        REQUIRE(unfinished.exec(QStringLiteral("SELECT id FROM customers")));
        REQUIRE(unfinished.next()); // a partly read result keeps the SHARED lock
        edited = *atDeskB.get(edited.id);
        edited.city = QStringLiteral("Kiel");
        auto blocked = atDeskB.update(f.anna, edited);
        REQUIRE_FALSE(blocked.has_value());
        CHECK(blocked.error().code == ErrorCode::Busy);
        unfinished.finish();
        CHECK(atDeskB.update(f.anna, edited).has_value());
    }
}

TEST_CASE("a write waits and retries while another desk holds the write lock", "[storage][shared]")
{
    Fixture f(StorageMode::Shared);
    const Customer customer = f.addCustomer(QStringLiteral("Ute"), QStringLiteral("Brandt"),
                                            QStringLiteral("0151 55556666"));
    auto deskA = f.openAnotherDesk(50); // gives up waiting after 50 ms, then the retry loop
    ManualClock clock(f.clock.now());
    CustomerService atDeskA(ServiceContext{*deskA, clock, nullptr});

    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(f.path()).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    std::thread holder([other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    });

    Customer edited = *atDeskA.get(customer.id);
    edited.city = QStringLiteral("Bonn");
    auto saved = atDeskA.update(f.anna, edited);
    holder.join();
    sqlite3_close(other);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.has_value());
    CHECK(CustomerService(f.context()).get(customer.id)->city == QStringLiteral("Bonn"));
}

TEST_CASE("the data_version watcher reports commits from other desks only", "[storage][watcher]")
{
    Fixture f(StorageMode::Shared);
    DataVersionWatcher watcher(*f.db, 50);
    QSignalSpy changed(&watcher, &DataVersionWatcher::changedElsewhere);
    watcher.start();

    f.addCustomer(QStringLiteral("Own"), QStringLiteral("Write"), QStringLiteral("0151 77778888"));
    CHECK_FALSE(watcher.poll());
    CHECK(changed.count() == 0);

    auto deskB = f.openAnotherDesk();
    ManualClock clockB(f.clock.now());
    Customer draft;
    draft.firstName = QStringLiteral("Other");
    draft.lastName = QStringLiteral("Desk");
    REQUIRE(CustomerService(ServiceContext{*deskB, clockB, nullptr})
                .add(f.reception, draft)
                .has_value());
    REQUIRE(changed.wait(3000));
    CHECK(changed.count() == 1);
}
