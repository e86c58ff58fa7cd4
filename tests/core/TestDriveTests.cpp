// Test drives reserve a test-drive car for a slot: no double booking, a task for the consultant.
#include "Fixtures.h"
#include "services/LeadService.h"
#include "services/StockService.h"
#include "services/TaskService.h"
#include "services/TestDriveService.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
struct Desk {
    Fixture f;
    Vehicle golf, tiguan, showroomOnly;
    Lead lead;

    Desk()
    {
        f.setSetting(QStringLiteral("dealership.time_zone"), QStringLiteral("Europe/Berlin"));
        golf = add(QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("Golf"), true);
        tiguan = add(QStringLiteral("WVGZZZCAZPC000044"), QStringLiteral("Tiguan"), true);
        showroomOnly = add(QStringLiteral("WVWZZZ1KZAW000002"), QStringLiteral("Polo"), false);
        const Customer customer = f.addCustomer(QStringLiteral("Lars"), QStringLiteral("Ohm"),
                                                QStringLiteral("0172 5000001"));
        auto created =
            LeadService(f.context())
                .create(f.reception, newLead(customer.id, QStringLiteral("phone"), f.anna.id));
        REQUIRE(created.has_value());
        lead = *created;
    }

    Vehicle add(const QString& vin, const QString& model, bool testDrive)
    {
        Vehicle v;
        v.vin = vin;
        v.make = QStringLiteral("VW");
        v.model = model;
        v.testDriveCar = testDrive;
        auto added = StockService(f.context()).add(f.manager, v);
        REQUIRE(added.has_value());
        return *added;
    }

    // 24.11.2026 at `hh:mm` in Berlin.
    static QDateTime at(int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, 24), QTime(hour, minute),
                         QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    }

    Result<TestDriveBooking> book(const Vehicle& car, const QDateTime& from, const QDateTime& to,
                                  const User* actor = nullptr)
    {
        return TestDriveService(f.context())
            .book(actor ? *actor : f.reception, lead.id, car.id, from, to);
    }
};
} // namespace

TEST_CASE("a booking reserves the slot; an overlapping one is refused naming it", "[testdrive]")
{
    Desk d;
    auto booked = d.book(d.golf, Desk::at(14), Desk::at(15));
    INFO((booked ? QString() : booked.error().message).toStdString());
    REQUIRE(booked.has_value());
    CHECK(booked->vehicleId == d.golf.id);
    CHECK(booked->leadId == d.lead.id);
    CHECK(booked->customerId == d.lead.customerId);
    CHECK(booked->startsAt == Desk::at(14));
    CHECK(booked->vehicleLabel.contains(QStringLiteral("WVWZZZ1KZAW000001")));
    CHECK(booked->customerName.contains(QStringLiteral("Ohm")));

    for (const auto& [from, to] :
         {std::pair{Desk::at(14, 30), Desk::at(15, 30)},
          std::pair{Desk::at(13, 30), Desk::at(14, 1)}, std::pair{Desk::at(13), Desk::at(16)},
          std::pair{Desk::at(14, 15), Desk::at(14, 45)}}) {
        auto refused = d.book(d.golf, from, to);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Conflict);
        const QString message = refused.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("Golf")));
        CHECK(message.contains(QStringLiteral("WVWZZZ1KZAW000001")));
        CHECK(message.contains(QStringLiteral("from 14:00 to 15:00")));
    }

    // Slots touching the booked one at either edge are free.
    CHECK(d.book(d.golf, Desk::at(13), Desk::at(14)).has_value());
    CHECK(d.book(d.golf, Desk::at(15), Desk::at(16)).has_value());
    // Another car at the same time is fine.
    CHECK(d.book(d.tiguan, Desk::at(14), Desk::at(15)).has_value());

    TestDriveService drives(d.f.context());
    auto golfDay = drives.bookings(d.golf.id, Desk::at(0), Desk::at(23, 59));
    REQUIRE(golfDay.has_value());
    CHECK(golfDay->size() == 3);
    auto allDay = drives.bookings(std::nullopt, Desk::at(0), Desk::at(23, 59));
    REQUIRE(allDay.has_value());
    CHECK(allDay->size() == 4);
    auto forLead = drives.forLead(d.lead.id);
    REQUIRE(forLead.has_value());
    CHECK(forLead->size() == 4);
}

TEST_CASE("a cancelled booking frees its slot and closes its task", "[testdrive]")
{
    Desk d;
    auto booked = d.book(d.golf, Desk::at(14), Desk::at(15));
    REQUIRE(booked.has_value());
    TestDriveService drives(d.f.context());
    REQUIRE(drives.cancel(d.f.reception, booked->id).has_value());
    auto again = drives.cancel(d.f.reception, booked->id);
    REQUIRE_FALSE(again.has_value());

    auto tasks = TaskService(d.f.context()).forLead(d.lead.id);
    REQUIRE(tasks.has_value());
    const auto task = std::find_if(tasks->begin(), tasks->end(),
                                   [&](const Task& t) { return t.id == booked->taskId; });
    REQUIRE(task != tasks->end());
    CHECK(task->done());
    CHECK(task->result == QStringLiteral("Cancelled"));

    auto rebooked = d.book(d.golf, Desk::at(14, 30), Desk::at(15, 30));
    CHECK(rebooked.has_value());
    auto day = drives.bookings(d.golf.id, Desk::at(0), Desk::at(23, 59));
    REQUIRE(day.has_value());
    CHECK(day->size() == 1);
    auto history = drives.forLead(d.lead.id);
    REQUIRE(history.has_value());
    CHECK(history->size() == 2);
    CHECK(history->front().cancelledAt.isValid());
}

TEST_CASE("only test-drive cars, for at most four hours, ending after they start", "[testdrive]")
{
    Desk d;
    auto notMarked = d.book(d.showroomOnly, Desk::at(14), Desk::at(15));
    REQUIRE_FALSE(notMarked.has_value());
    CHECK(notMarked.error().message.contains(QStringLiteral("not a test-drive car")));

    auto backwards = d.book(d.golf, Desk::at(15), Desk::at(14));
    REQUIRE_FALSE(backwards.has_value());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);

    auto tooLong = d.book(d.golf, Desk::at(9), Desk::at(13, 30));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().message.contains(QStringLiteral("4 hours")));
    CHECK(d.book(d.golf, Desk::at(9), Desk::at(13)).has_value());

    auto consultant = d.book(d.tiguan, Desk::at(9), Desk::at(10), &d.f.anna);
    CHECK(consultant.has_value());
}

TEST_CASE("a booking puts a test-drive task on the consultant's day", "[testdrive]")
{
    Desk d;
    auto booked = d.book(d.golf, Desk::at(14), Desk::at(15));
    REQUIRE(booked.has_value());
    REQUIRE(booked->taskId.has_value());
    auto tasks = TaskService(d.f.context()).forLead(d.lead.id);
    REQUIRE(tasks.has_value());
    const auto task = std::find_if(tasks->begin(), tasks->end(),
                                   [&](const Task& t) { return t.id == *booked->taskId; });
    REQUIRE(task != tasks->end());
    CHECK(task->kind == TaskKind::TestDrive);
    CHECK(task->assigneeId == d.f.anna.id);
    CHECK(task->dueAt == Desk::at(14));
    CHECK(task->title == QStringLiteral("Test drive: VW Golf"));
    CHECK(task->createdBy == d.f.reception.id);

    // An unassigned lead's test drive goes to whoever booked it.
    const Customer walkIn = d.f.addCustomer(QStringLiteral("Eva"), QStringLiteral("Kern"),
                                            QStringLiteral("0172 5000002"));
    auto unassigned = LeadService(d.f.context())
                          .create(d.f.reception, newLead(walkIn.id, QStringLiteral("phone")));
    REQUIRE(unassigned.has_value());
    auto own = TestDriveService(d.f.context())
                   .book(d.f.ben, unassigned->id, d.tiguan.id, Desk::at(10), Desk::at(11));
    REQUIRE(own.has_value());
    auto benTasks = TaskService(d.f.context()).forLead(unassigned->id);
    REQUIRE(benTasks.has_value());
    bool found = false;
    for (const Task& t : *benTasks)
        if (t.kind == TaskKind::TestDrive) {
            found = true;
            CHECK(t.assigneeId == d.f.ben.id);
        }
    CHECK(found);
}
