// Follow-ups: the day 1/3/7 calls after a first visit, results and manager comments, and the
// invited customer who never came going back to the queue.
#include "Fixtures.h"
#include "services/ActivityService.h"
#include "services/LeadService.h"
#include "services/NotificationService.h"
#include "services/RuleService.h"
#include "services/TaskService.h"
#include "services/VisitService.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// Open Monday to Friday, 09:00-18:00 UTC.
void weekdaysUtc(Fixture& f)
{
    f.setSetting(QStringLiteral("dealership.time_zone"), QStringLiteral("UTC"));
    f.setSetting(QStringLiteral("business_hours.days"), QStringLiteral("1,2,3,4,5"));
    f.setSetting(QStringLiteral("business_hours.start"), QStringLiteral("09:00"));
    f.setSetting(QStringLiteral("business_hours.end"), QStringLiteral("18:00"));
}

// A walk-in with contact data, served by `consultant`.
VisitOutcome walkIn(Fixture& f, const QString& phone, std::optional<qint64> consultant,
                    std::optional<bool> firstVisit = std::nullopt)
{
    NewVisit visit;
    visit.consultantId = consultant;
    visit.firstVisit = firstVisit;
    visit.contact.firstName = QStringLiteral("Mia");
    visit.contact.lastName = QStringLiteral("Roth");
    visit.contact.phone = phone;
    auto logged = VisitService(f.context()).log(f.reception, visit);
    INFO((logged ? QString() : logged.error().message).toStdString());
    REQUIRE(logged.has_value());
    REQUIRE(logged->leadId.has_value());
    return *logged;
}

std::vector<Task> tasksOf(Fixture& f, qint64 leadId)
{
    auto tasks = TaskService(f.context()).forLead(leadId);
    REQUIRE(tasks.has_value());
    std::sort(tasks->begin(), tasks->end(),
              [](const Task& a, const Task& b) { return a.dueAt < b.dueAt; });
    return *tasks;
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

std::vector<FiredRule> runRules(Fixture& f, const QDateTime& at, const QString& rule)
{
    auto fired = RuleService(f.context()).run(at);
    INFO((fired ? QString() : fired.error().message).toStdString());
    REQUIRE(fired.has_value());
    std::vector<FiredRule> found;
    for (const FiredRule& one : *fired)
        if (one.rule == rule)
            found.push_back(one);
    return found;
}

// Anna's lead with the first contact made, and an invitation to the showroom due in two days.
std::pair<Lead, Task> invited(Fixture& f, const QString& phone)
{
    const Customer customer = f.addCustomer(QStringLiteral("Tom"), QStringLiteral("Berg"), phone);
    auto lead = LeadService(f.context())
                    .create(f.reception, newLead(customer.id, QStringLiteral("phone"), f.anna.id));
    REQUIRE(lead.has_value());
    Activity call;
    call.customerId = customer.id;
    call.leadId = lead->id;
    call.kind = ActivityKind::Call;
    call.body = QStringLiteral("Invited for Thursday");
    REQUIRE(ActivityService(f.context()).log(f.anna, call).has_value());
    NewTask draft;
    draft.leadId = lead->id;
    draft.kind = TaskKind::Appointment;
    draft.title = QStringLiteral("Showroom visit, test drive ID.4");
    draft.dueAt = f.clock.now().addDays(2);
    auto task = TaskService(f.context()).add(f.anna, draft);
    REQUIRE(task.has_value());
    return {*lead, *task};
}
} // namespace

TEST_CASE("a first visit plans the day 1, 3 and 7 calls at the business day's opening",
          "[rules][follow-up]")
{
    Fixture f;
    weekdaysUtc(f);
    f.clock.set(utc(11, 25, 10, 0)); // Wednesday
    const VisitOutcome visit = walkIn(f, QStringLiteral("0173 6000001"), f.anna.id);
    REQUIRE(visit.visit.firstVisit);

    const std::vector<Task> tasks = tasksOf(f, *visit.leadId);
    REQUIRE(tasks.size() == 3);
    // Thursday; Saturday is closed, so Monday; the Wednesday after.
    CHECK(tasks[0].dueAt == utc(11, 26, 9, 0));
    CHECK(tasks[1].dueAt == utc(11, 30, 9, 0));
    CHECK(tasks[2].dueAt == utc(12, 2, 9, 0));
    CHECK(tasks[0].rule == QStringLiteral("first_visit_day_1"));
    CHECK(tasks[1].rule == QStringLiteral("first_visit_day_3"));
    CHECK(tasks[2].rule == QStringLiteral("first_visit_day_7"));
    for (const Task& task : tasks) {
        CHECK(task.kind == TaskKind::FollowUp);
        CHECK(task.assigneeId == f.anna.id);
        CHECK_FALSE(task.done());
    }
    const Lead lead = LeadService(f.context()).get(*visit.leadId).value();
    CHECK(lead.nextFollowUpAt == tasks[0].dueAt);
    CHECK(lead.consultantId == f.anna.id);
    CHECK(lead.firstResponseAt == visit.visit.arrivedAt); // meeting in person is the first contact

    // Her second visit plans nothing again.
    f.clock.set(utc(11, 27, 11, 0));
    walkIn(f, QStringLiteral("0173 6000001"), f.anna.id);
    CHECK(tasksOf(f, *visit.leadId).size() == 3);

    // Anna's day on Thursday: the first call is due today.
    f.clock.set(utc(11, 26, 8, 0));
    auto today = TaskService(f.context()).today(f.anna.id);
    REQUIRE(today.has_value());
    REQUIRE(today->dueToday.size() == 1);
    CHECK(today->dueToday[0].task.id == tasks[0].id);
    CHECK(today->overdue.empty());
}

TEST_CASE("a repeat walk-in and a visit without a consultant plan no first-visit calls",
          "[rules][follow-up]")
{
    Fixture f;
    weekdaysUtc(f);
    // The receptionist knows the customer from before the CRM: not a first visit.
    const VisitOutcome repeat = walkIn(f, QStringLiteral("0173 6000002"), f.anna.id, false);
    CHECK_FALSE(repeat.visit.firstVisit);
    CHECK(tasksOf(f, *repeat.leadId).empty());
    CHECK_FALSE(LeadService(f.context()).get(*repeat.leadId)->nextFollowUpAt.isValid());

    const VisitOutcome alone = walkIn(f, QStringLiteral("0173 6000003"), std::nullopt);
    CHECK(alone.visit.firstVisit);
    CHECK(tasksOf(f, *alone.leadId).empty());
}

TEST_CASE("a follow-up is done only with a result and the manager's comment reaches the consultant",
          "[rules][follow-up]")
{
    Fixture f;
    weekdaysUtc(f);
    f.clock.set(utc(11, 25, 10, 0));
    const VisitOutcome visit = walkIn(f, QStringLiteral("0173 6000004"), f.anna.id);
    const std::vector<Task> tasks = tasksOf(f, *visit.leadId);
    REQUIRE(tasks.size() == 3);
    TaskService service(f.context());

    f.clock.set(utc(11, 26, 9, 30));
    for (const QString& empty : {QString(), QStringLiteral("   ")}) {
        auto refused = service.complete(f.anna, tasks[0].id, empty);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
    auto byBen = service.complete(f.ben, tasks[0].id, QStringLiteral("Called"));
    REQUIRE_FALSE(byBen.has_value());
    CHECK(byBen.error().code == ErrorCode::PermissionDenied);

    auto done = service.complete(f.anna, tasks[0].id, QStringLiteral("Reached, offer by email"));
    REQUIRE(done.has_value());
    CHECK(done->done());
    CHECK(done->doneAt == f.clock.now());
    CHECK(done->doneBy == f.anna.id);
    CHECK(done->result == QStringLiteral("Reached, offer by email"));
    // The next follow-up moves on to the day-3 call.
    CHECK(LeadService(f.context()).get(*visit.leadId)->nextFollowUpAt == tasks[1].dueAt);
    CHECK_FALSE(service.complete(f.anna, tasks[0].id, QStringLiteral("again")).has_value());

    // Comments are the manager's; an empty one says nothing.
    CHECK_FALSE(service.comment(f.anna, tasks[0].id, QStringLiteral("fine")).has_value());
    CHECK_FALSE(service.comment(f.manager, tasks[0].id, QStringLiteral(" ")).has_value());
    const QString comment = QStringLiteral("Ask about her trade-in too");
    auto commented = service.comment(f.manager, tasks[0].id, comment);
    REQUIRE(commented.has_value());
    CHECK(commented->managerComment == comment);
    CHECK(commented->managerCommentBy == f.manager.id);
    const auto told = notifications(f, f.anna, NotificationKind::ManagerComment);
    REQUIRE(told.size() == 1);
    CHECK(told[0].leadId == *visit.leadId);
    CHECK(told[0].body.contains(comment));
    CHECK(told[0].body.contains(f.manager.displayName));
}

TEST_CASE("an invited customer who does not come for 30 days sends the lead back to the queue",
          "[rules][follow-up]")
{
    Fixture f;
    const auto [lead, appointment] = invited(f, QStringLiteral("0173 6000005"));
    CHECK(LeadService(f.context()).get(lead.id)->nextFollowUpAt == appointment.dueAt);

    CHECK(runRules(f, appointment.dueAt.addDays(29), QStringLiteral("requeued")).empty());
    const QDateTime later = appointment.dueAt.addDays(31);
    f.clock.set(later);
    const auto fired = runRules(f, later, QStringLiteral("requeued"));
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].leadId == lead.id);
    std::vector<qint64> notified = fired[0].notified;
    std::sort(notified.begin(), notified.end());
    std::vector<qint64> expected{f.manager.id, f.anna.id};
    std::sort(expected.begin(), expected.end());
    CHECK(notified == expected);

    const Lead requeued = LeadService(f.context()).get(lead.id).value();
    CHECK(requeued.stageKey == QStringLiteral("unassigned"));
    CHECK_FALSE(requeued.consultantId.has_value());
    CHECK(LeadService(f.context()).history(lead.id)->back().toStageId == requeued.stageId);
    const auto told = notifications(f, f.anna, NotificationKind::Requeued);
    REQUIRE(told.size() == 1);
    CHECK(told[0].body.contains(QStringLiteral("30")));
    CHECK(notifications(f, f.manager, NotificationKind::Requeued).size() == 1);
    // The invitation is closed by the rule, so the lead has no follow-up left.
    const Task closed = TaskService(f.context()).forLead(lead.id)->front();
    CHECK(closed.done());
    CHECK_FALSE(closed.result.isEmpty());
    CHECK_FALSE(requeued.nextFollowUpAt.isValid());

    CHECK(runRules(f, later, QStringLiteral("requeued")).empty());
    CHECK(runRules(f, later.addDays(5), QStringLiteral("requeued")).empty());
}

TEST_CASE("a customer who walked in after the invitation keeps his consultant",
          "[rules][follow-up]")
{
    Fixture f;
    const auto [lead, appointment] = invited(f, QStringLiteral("0173 6000006"));

    // He came a day late, without anyone logging it on the appointment.
    f.clock.set(appointment.dueAt.addDays(1));
    NewVisit visit;
    visit.contact.customerId = lead.customerId;
    visit.firstVisit = true;
    REQUIRE(VisitService(f.context()).log(f.reception, visit).has_value());

    const QDateTime later = appointment.dueAt.addDays(31);
    CHECK(runRules(f, later, QStringLiteral("requeued")).empty());
    const Lead kept = LeadService(f.context()).get(lead.id).value();
    CHECK(kept.consultantId == f.anna.id);
    CHECK(kept.stageKey == QStringLiteral("assigned"));
    CHECK(notifications(f, f.anna, NotificationKind::Requeued).empty());
}
