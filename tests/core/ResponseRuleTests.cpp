// The response-time rule: deadlines in business hours, the reminder at the deadline, the
// escalation after it, and a contact stopping the clock.
#include "Fixtures.h"
#include "rules/BusinessHours.h"
#include "rules/ResponseTime.h"
#include "services/ActivityService.h"
#include "services/LeadService.h"
#include "services/NotificationService.h"
#include "services/RuleService.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kBerlin);
}

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// Weekdays 09:00-18:00 in UTC, so that the expected times read plainly.
void officeHoursUtc(Fixture& f)
{
    f.setSetting(QStringLiteral("dealership.time_zone"), QStringLiteral("UTC"));
    f.setSetting(QStringLiteral("business_hours.days"), QStringLiteral("1,2,3,4,5"));
    f.setSetting(QStringLiteral("business_hours.start"), QStringLiteral("09:00"));
    f.setSetting(QStringLiteral("business_hours.end"), QStringLiteral("18:00"));
}

std::vector<FiredRule> runRules(Fixture& f, const QDateTime& at)
{
    auto fired = RuleService(f.context()).run(at);
    INFO((fired ? QString() : fired.error().message).toStdString());
    REQUIRE(fired.has_value());
    return *fired;
}

std::vector<FiredRule> firedFor(const std::vector<FiredRule>& fired, qint64 leadId)
{
    std::vector<FiredRule> mine;
    for (const FiredRule& rule : fired)
        if (rule.leadId == leadId)
            mine.push_back(rule);
    return mine;
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

Lead createLead(Fixture& f, const QString& phone, std::optional<qint64> consultant)
{
    const Customer customer =
        f.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Kraft"), phone);
    auto lead =
        LeadService(f.context())
            .create(f.reception, newLead(customer.id, QStringLiteral("web_form"), consultant));
    INFO((lead ? QString() : lead.error().message).toStdString());
    REQUIRE(lead.has_value());
    return *lead;
}
} // namespace

TEST_CASE("business hours count only opening time, across a weekend and a time zone",
          "[rules][response]")
{
    const BusinessHours hours =
        BusinessHours::fromSettings(QStringLiteral("09:00"), QStringLiteral("18:00"),
                                    QStringLiteral("1,2,3,4,5"), QStringLiteral("Europe/Berlin"));
    REQUIRE_FALSE(hours.alwaysOpen());
    CHECK(hours.zone() == kBerlin);

    // Friday 17:50 in Berlin: ten minutes on Friday, twenty on Monday morning.
    const QDateTime friday = berlin(2026, 11, 27, 17, 50);
    const QDateTime monday = berlin(2026, 11, 30, 9, 20);
    CHECK(responseDeadline(friday, 30, hours) == monday);
    CHECK(hours.businessSecondsBetween(friday, monday) == 30 * 60);
    CHECK(hours.businessSecondsBetween(monday, friday) == -30 * 60);
    // Friday 17:00 to Monday 10:00: one hour each side of the weekend.
    CHECK(hours.businessSecondsBetween(berlin(2026, 11, 27, 17, 0), berlin(2026, 11, 30, 10, 0)) ==
          2 * 3600);
    // A lead on Saturday (or Sunday night) waits for Monday's opening.
    CHECK(responseDeadline(berlin(2026, 11, 28, 12, 0), 30, hours) == berlin(2026, 11, 30, 9, 30));
    CHECK(responseDeadline(berlin(2026, 11, 29, 23, 0), 30, hours) == berlin(2026, 11, 30, 9, 30));
    CHECK(hours.businessSecondsBetween(berlin(2026, 11, 28, 8, 0), berlin(2026, 11, 29, 20, 0)) ==
          0);

    CHECK(hours.isOpen(berlin(2026, 11, 27, 17, 59)));
    CHECK_FALSE(hours.isOpen(berlin(2026, 11, 27, 18, 0)));
    CHECK_FALSE(hours.isOpen(berlin(2026, 11, 28, 12, 0)));
    CHECK_FALSE(hours.isOpen(berlin(2026, 11, 30, 8, 59)));
    // 09:00 in Berlin is 08:00 UTC in winter: the zone matters, not the UTC clock.
    CHECK(hours.isOpen(utc(11, 30, 8, 30)));
    CHECK(hours.nextOpening(berlin(2026, 11, 28, 12, 0)) == berlin(2026, 11, 30, 9, 0));

    // Over the switch to summer time (Sunday 28 March 2027) local opening times stay 09:00.
    CHECK(responseDeadline(berlin(2027, 3, 26, 17, 50), 30, hours) == berlin(2027, 3, 29, 9, 20));
    CHECK(responseDeadline(berlin(2027, 3, 26, 17, 50), 30, hours) ==
          QDateTime(QDate(2027, 3, 29), QTime(7, 20), Qt::UTC));
}

TEST_CASE("a lead's deadline follows the dealership's business hours", "[rules][response]")
{
    Fixture f;
    f.setSetting(QStringLiteral("dealership.time_zone"), QStringLiteral("Europe/Berlin"));
    f.setSetting(QStringLiteral("business_hours.days"), QStringLiteral("1,2,3,4,5"));
    f.setSetting(QStringLiteral("business_hours.start"), QStringLiteral("09:00"));
    f.setSetting(QStringLiteral("business_hours.end"), QStringLiteral("18:00"));
    f.clock.set(berlin(2026, 11, 27, 17, 50).toUTC());
    const Lead lead = createLead(f, QStringLiteral("0170 2000001"), f.anna.id);
    CHECK(lead.responseDueAt == berlin(2026, 11, 30, 9, 20));

    // Saturday and Sunday pass without a reminder; Monday 09:20 local time brings it.
    CHECK(runRules(f, berlin(2026, 11, 29, 20, 0)).empty());
    CHECK(runRules(f, berlin(2026, 11, 30, 9, 19)).empty());
    const auto fired = runRules(f, berlin(2026, 11, 30, 9, 20));
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].rule == QStringLiteral("response_reminder"));
}

TEST_CASE("at the deadline the consultant is reminded once, managers after the escalation time",
          "[rules][response]")
{
    Fixture f;
    officeHoursUtc(f);
    f.clock.set(utc(11, 23, 17, 20)); // Monday
    const Lead lead = createLead(f, QStringLiteral("0170 2000002"), f.anna.id);
    REQUIRE(lead.responseDueAt == utc(11, 23, 17, 50));
    const ResponseRule rule{
        BusinessHours(QTime(9, 0), QTime(18, 0), {1, 2, 3, 4, 5}, QTimeZone::utc()), 30};
    const QDateTime escalateAt =
        responseStatus(lead.responseDueAt, {}, lead.responseDueAt, rule).escalateAt;
    // Ten minutes left on Monday, twenty on Tuesday morning.
    REQUIRE(escalateAt == utc(11, 24, 9, 20));

    CHECK(runRules(f, lead.responseDueAt.addSecs(-1)).empty());
    auto fired = runRules(f, lead.responseDueAt);
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].rule == QStringLiteral("response_reminder"));
    CHECK(fired[0].leadId == lead.id);
    CHECK(fired[0].notified == std::vector<qint64>{f.anna.id});

    const auto reminders = notifications(f, f.anna, NotificationKind::ResponseReminder);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].leadId == lead.id);
    const QString due = QLocale().toString(lead.responseDueAt.toLocalTime(), QLocale::ShortFormat);
    CHECK(reminders[0].body.contains(due));
    CHECK(NotificationService::reason(reminders[0]).contains(due));
    CHECK(fired[0].reason.contains(due));
    CHECK(notifications(f, f.manager, NotificationKind::ResponseEscalation).empty());
    CHECK(NotificationService(f.context()).unreadCount(f.manager).value() == 0);

    // Overnight is closed: no escalation until 20 minutes into Tuesday.
    CHECK(runRules(f, lead.responseDueAt).empty());
    CHECK(runRules(f, utc(11, 24, 8, 0)).empty());
    CHECK(runRules(f, escalateAt.addSecs(-60)).empty());
    fired = runRules(f, escalateAt);
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].rule == QStringLiteral("response_escalation"));
    CHECK(fired[0].notified == std::vector<qint64>{f.manager.id});
    const auto escalations = notifications(f, f.manager, NotificationKind::ResponseEscalation);
    REQUIRE(escalations.size() == 1);
    CHECK(escalations[0].body.contains(f.anna.displayName));
    CHECK(notifications(f, f.anna, NotificationKind::ResponseReminder).size() == 1);
    CHECK(LeadService(f.context()).get(lead.id)->responseEscalatedAt == escalateAt);

    // Later runs, and a second desk running the rules, fire nothing new.
    CHECK(runRules(f, escalateAt).empty());
    CHECK(runRules(f, escalateAt.addDays(3)).empty());
    auto other = f.openAnotherDesk();
    auto again = RuleService(ServiceContext{*other, f.clock, nullptr}).run(escalateAt.addDays(3));
    REQUIRE(again.has_value());
    CHECK(again->empty());
    CHECK(notifications(f, f.manager, NotificationKind::ResponseEscalation).size() == 1);
}

TEST_CASE("an unassigned lead's reminder goes to the queue owner or the managers",
          "[rules][response]")
{
    Fixture f;
    officeHoursUtc(f);
    const Lead toManagers = createLead(f, QStringLiteral("0170 2000003"), std::nullopt);
    REQUIRE(toManagers.stageKey == QStringLiteral("unassigned"));
    auto fired = runRules(f, toManagers.responseDueAt);
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].rule == QStringLiteral("response_reminder"));
    CHECK(fired[0].notified == std::vector<qint64>{f.manager.id});
    CHECK(notifications(f, f.manager, NotificationKind::ResponseReminder).size() == 1);

    f.setSetting(QStringLiteral("assignment.queue_owner"), QStringLiteral("reception"));
    const Lead toReception = createLead(f, QStringLiteral("0170 2000004"), std::nullopt);
    fired = runRules(f, toReception.responseDueAt);
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].leadId == toReception.id);
    CHECK(fired[0].notified == std::vector<qint64>{f.reception.id});
    CHECK(notifications(f, f.manager, NotificationKind::ResponseReminder).size() == 1);

    // The escalation goes to the managers in any case.
    fired = runRules(f, toReception.responseDueAt.addSecs(30 * 60));
    REQUIRE(firedFor(fired, toReception.id).size() == 1);
    CHECK(firedFor(fired, toReception.id)[0].rule == QStringLiteral("response_escalation"));
    CHECK(firedFor(fired, toReception.id)[0].notified == std::vector<qint64>{f.manager.id});
}

TEST_CASE("a contact before the deadline stops the clock in business minutes", "[rules][response]")
{
    Fixture f;
    officeHoursUtc(f);
    f.clock.set(utc(11, 23, 17, 50)); // Monday, ten minutes before closing
    const Lead called = createLead(f, QStringLiteral("0170 2000005"), f.anna.id);
    const Lead noted = createLead(f, QStringLiteral("0170 2000006"), f.anna.id);
    REQUIRE(called.responseDueAt == utc(11, 24, 9, 20));

    // Tuesday 09:10: a call on one lead, only a note on the other.
    f.clock.set(utc(11, 24, 9, 10));
    ActivityService activities(f.context());
    Activity call;
    call.customerId = called.customerId;
    call.leadId = called.id;
    call.kind = ActivityKind::Call;
    call.direction = Direction::Outbound;
    call.body = QStringLiteral("Reached, comes on Friday");
    REQUIRE(activities.log(f.anna, call).has_value());
    Activity note;
    note.customerId = noted.customerId;
    note.leadId = noted.id;
    note.kind = ActivityKind::Note;
    note.body = QStringLiteral("Tried to find the number");
    REQUIRE(activities.log(f.anna, note).has_value());

    const Lead answered = LeadService(f.context()).get(called.id).value();
    CHECK(answered.firstResponseAt == utc(11, 24, 9, 10));
    // 15 h 20 min on the clock, but only 10 + 10 minutes of opening time.
    REQUIRE(answered.firstResponseMinutes.has_value());
    CHECK(*answered.firstResponseMinutes == 20);
    CHECK_FALSE(LeadService(f.context()).get(noted.id)->firstResponseAt.isValid());

    const auto fired = runRules(f, utc(11, 24, 12, 0));
    CHECK(firedFor(fired, called.id).empty());
    REQUIRE(firedFor(fired, noted.id).size() == 2); // the reminder and the escalation
    CHECK(notifications(f, f.anna, NotificationKind::ResponseReminder).size() == 1);
    CHECK(notifications(f, f.anna, NotificationKind::ResponseReminder)[0].leadId == noted.id);
}
