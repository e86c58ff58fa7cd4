// The life of a lead: stage walk, activities, visits, follow-up tasks.
#include "storage/demo/DemoInternal.h"

#include <algorithm>

namespace showroom::demo {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

int partySize(Rng& rng)
{
    return 1 + rng.weighted({45, 38, 12, 5});
}

const char* const kLostNotes[] = {"Found a cheaper offer elsewhere.",
                                  "The bank declined the loan.",
                                  "Did not like the test drive.",
                                  "Bought at another dealer.",
                                  "Colour not available in time.",
                                  "Delivery time too long.",
                                  "Trade-in offer too low.",
                                  "No answer after several attempts.",
                                  "Only looking around.",
                                  "Plans postponed."};
} // namespace

LeadPlan Generator::planLead(Rng& rng, int source, qint64 created, bool company, bool firstLead,
                             qint64 previousConsultant)
{
    const qint64 now = m_calendar.now();
    const auto& models = carModels();
    LeadPlan p;
    p.source = source;
    p.created = created;
    p.stageEntered = created;
    do {
        p.model = &rng.pick(models);
    } while (company && !p.model->fleet && rng.chance(0.7));
    p.interest = std::string(p.model->make) + " " + p.model->model;
    p.estimateCents = rng.range(p.model->priceFromEur, p.model->priceToEur) / 100 * 10000;
    bool visited = false;

    if (source == WalkIn) {
        // `created` is the arrival; the receptionist logs the lead a minute later.
        const qint64 arrived = created;
        created = std::min(now, arrived + rng.range(30, 110));
        p.created = p.stageEntered = created;
        p.consultant = pickConsultant(rng, created);
        p.history.push_back({-1, Assigned, m_ids.reception, created});
        p.stage = Assigned;
        addVisit(rng, p, arrived, firstLead, "Showroom visit: ", 0.35);
        visited = true;
        p.firstResponse = p.activities.front().at;
        p.history.push_back({Assigned, Contacted, p.consultant, p.firstResponse});
        p.stage = Contacted;
        p.stageEntered = p.firstResponse;
    } else if (source == Event || source == Referral || source == Repurchase) {
        p.consultant = source == Repurchase && previousConsultant ? previousConsultant
                                                                  : pickConsultant(rng, created);
        p.history.push_back({-1, Assigned, p.consultant, created});
        p.stage = Assigned;
        respond(rng, p, created);
    } else {
        p.history.push_back({-1, Unassigned, source == Phone ? m_ids.reception : 0, created});
        p.stage = Unassigned;
        if (source != Phone)
            p.activities.push_back(
                activity(0, "email", "in", created, -1, "Web enquiry: " + p.interest));
        // A few enquiries wait in the unassigned queue: the newest ones, and some forgotten.
        const bool waiting = (created > now - 3 * kDay && rng.chance(0.5)) || rng.chance(0.002);
        qint64 assignedAt = created + rng.range(60, 15 * 60);
        int day = m_calendar.dayOf(assignedAt);
        const qint64 second = assignedAt - m_calendar.at(day, 0);
        if (second < 9 * kHour || second >= 19 * kHour || m_calendar.weekday(day) == 7) {
            day = m_calendar.openDay(second >= 19 * kHour ? day + 1 : day);
            assignedAt = m_calendar.at(day, static_cast<int>(9 * kHour + rng.range(0, 2700)));
        }
        if (waiting || assignedAt > now) {
            p.updatedAt = created;
            p.activities.clear(); // nobody has read the enquiry yet
            return p;
        }
        p.consultant = pickConsultant(rng, assignedAt);
        for (ActivityRow& a : p.activities)
            a.user = p.consultant;
        p.history.push_back({Unassigned, Assigned, m_ids.manager, assignedAt});
        p.stage = Assigned;
        p.stageEntered = assignedAt;
        respond(rng, p, assignedAt);
    }
    advance(rng, p, company, visited, firstLead);
    followUps(rng, p, visited);
    extras(rng, p);
    p.updatedAt = std::max({p.created, p.stageEntered, p.lostRequestedAt});
    return p;
}

int Generator::visitDay(Rng& rng, int day, int earliest) const
{
    // The showroom is closed on Sundays: the Saturday before or the Monday after.
    if (m_calendar.weekday(day) != 7)
        return day;
    return day - 1 >= earliest && rng.chance(0.6) ? day - 1 : day + 1;
}

void Generator::addVisit(Rng& rng, LeadPlan& p, qint64 arrived, bool first, const char* subject,
                         double testDrive)
{
    const qint64 now = m_calendar.now();
    VisitRow visit{
        arrived,        static_cast<int>(rng.range(20, 90)),
        partySize(rng), p.model->priceFromEur < 25000 && rng.chance(0.4) ? "used_car" : "new_car",
        first,          rng.chance(testDrive),
        p.consultant,   p.interest};
    const qint64 talk = std::min(now, arrived + rng.range(120, 400));
    if (subject) // the contract signing is recorded by the won stage and the deal
        p.activities.push_back(
            activity(p.consultant, "visit", "in", talk, visit.minutes, subject + p.interest));
    if (visit.testDrive) {
        visit.minutes += 30;
        ActivityRow drive = activity(p.consultant, "test_drive", "", std::min(now, talk + 1200),
                                     static_cast<int>(rng.range(20, 45)), "Test drive");
        drive.vehicle = testDriveCar(rng);
        p.activities.push_back(std::move(drive));
    }
    p.visits.push_back(std::move(visit));
}

void Generator::respond(Rng& rng, LeadPlan& p, qint64 assignedAt)
{
    const qint64 now = m_calendar.now();
    const int speed = rng.weighted({78, 15, 4, 3});
    if (speed == 3)
        return; // never reached
    // On time: within the 30 minutes when the assignment leaves room for it.
    const qint64 onTime = std::max<qint64>(120, p.created + 29 * 60 - assignedAt);
    qint64 at =
        speed == 0 ? assignedAt + rng.range(60, onTime)
        : speed == 1
            ? p.created + rng.range(1860, 6 * kHour)
            : m_calendar.officeTime(rng, m_calendar.openDay(m_calendar.dayOf(p.created) +
                                                            static_cast<int>(rng.range(1, 3))));
    if (speed != 0)
        at = std::max(at, assignedAt + rng.range(60, 600));
    if (at > now)
        return;
    const bool written = p.source == WebForm || p.source == Portal;
    const char* kind = written && rng.chance(0.6) ? "email" : rng.chance(0.15) ? "sms" : "call";
    const bool call = kind[0] == 'c';
    p.activities.push_back(
        activity(p.consultant, kind, "out", at, call ? static_cast<int>(rng.range(2, 15)) : -1,
                 call ? "Call about the " + p.interest : "Your enquiry: " + p.interest));
    p.firstResponse = at;
    p.history.push_back({p.stage, Contacted, p.consultant, at});
    p.stage = Contacted;
    p.stageEntered = at;
}

void Generator::advance(Rng& rng, LeadPlan& p, bool company, bool& visited, bool firstLead)
{
    const qint64 now = m_calendar.now();
    static constexpr int fates[][3] = {{30, 42, 28}, {18, 50, 32}, {18, 50, 32}, {18, 50, 32},
                                       {25, 45, 30}, {28, 42, 30}, {45, 30, 25}};
    const int* w = fates[p.source];
    const int fate = rng.weighted({w[0], w[1], w[2] + (company ? 5 : 0)}); // won, lost, stalled
    if (p.stage != Contacted) {
        // Nobody reached them: most are closed as unreachable, and none stays open for a month.
        if (p.stage == Assigned && (rng.chance(0.7) || p.stageEntered + 30 * kDay <= now))
            loseLead(rng, p, false);
        return;
    }
    const int target = fate == 0 ? Won : Contacted + rng.weighted({30, 30, 25, 15});
    qint64 t = p.stageEntered;
    for (int s = Needs; s <= std::min(target, static_cast<int>(Negotiation)); ++s) {
        const bool visit = rng.chance(s == Needs         ? (p.source == WalkIn ? 0.3 : 0.5)
                                      : s == Negotiation ? 0.3
                                                         : 0.0);
        const int gap = static_cast<int>(s == Needs && p.source == WalkIn && rng.chance(0.5) ? 0
                                         : s == Needs ? rng.range(1, 6)
                                         : s == Offer ? rng.range(1, 10)
                                                      : rng.range(2, 12));
        const int day = visitDay(rng, m_calendar.dayOf(t) + gap, m_calendar.dayOf(t) + 1);
        qint64 next = gap == 0 ? t + rng.range(1200, 3600)
                      : visit  ? m_calendar.showroomTime(rng, day)
                               : m_calendar.officeTime(rng, day);
        if (next <= t)
            next = t + rng.range(600, 3600);
        if (next > now)
            return;
        if (visit) {
            addVisit(
                rng, p, next, firstLead && !visited,
                s == Needs ? "Needs analysis: " : "Price negotiation: ", s == Needs ? 0.4 : 0.1);
            visited = true;
        } else if (s == Offer) {
            p.activities.push_back(
                activity(p.consultant, "offer", "out", next, -1,
                         "Offer: " + p.interest + " " + p.model->trims[rng.below(3)]));
        } else if (gap != 0 && rng.chance(0.6)) { // else settled in earlier talks
            p.activities.push_back(activity(
                p.consultant, "call", "out", next, static_cast<int>(rng.range(3, 20)),
                s == Needs ? "Needs analysis: " + p.interest : "Price negotiation: " + p.interest));
        }
        p.history.push_back({p.stage, s, p.consultant, next});
        p.stage = s;
        p.stageEntered = next;
        t = next;
    }
    if (fate == 0 && p.stage == Negotiation) {
        const int day = visitDay(rng, m_calendar.dayOf(t) + static_cast<int>(rng.range(1, 10)),
                                 m_calendar.dayOf(t) + 1);
        const qint64 wonAt = m_calendar.showroomTime(rng, day);
        if (wonAt <= t || wonAt > now)
            return;
        addVisit(rng, p, wonAt, false, nullptr, 0.0);
        p.history.push_back({p.stage, Won, p.consultant, wonAt});
        p.stage = Won;
        p.stageEntered = wonAt;
        p.closedAt = wonAt;
        p.deal = planDeal(rng, p, company);
    } else if (fate == 1 && p.stage == target) {
        loseLead(rng, p, true);
    } else if (fate == 2 && p.stageEntered + 120 * kDay <= now) {
        loseLead(rng, p, true); // a stalled lead is given up after a few months
    }
}

void Generator::loseLead(Rng& rng, LeadPlan& p, bool responded)
{
    const qint64 now = m_calendar.now();
    const int day = m_calendar.openDay(m_calendar.dayOf(p.stageEntered) +
                                       static_cast<int>(rng.range(responded ? 3 : 7, 25)));
    const qint64 requested = std::max(p.stageEntered + 600, m_calendar.officeTime(rng, day));
    if (requested > now)
        return;
    p.lostReason = responded ? rng.weighted({20, 6, 4, 18, 8, 8, 7, 12, 12, 5}) : 7; // unreachable
    if (rng.chance(0.5))
        p.lostNote = kLostNotes[p.lostReason];
    p.lostRequestedBy = p.consultant;
    p.lostRequestedAt = requested;
    const qint64 decided = requested + rng.range(1800, 3 * kDay);
    if (decided > now) {
        p.lostStatus = "pending";
        return;
    }
    p.lostStatus = "approved";
    p.lostDecidedBy = m_ids.manager;
    p.lostDecidedAt = decided;
    p.history.push_back({p.stage, Lost, m_ids.manager, decided});
    p.stage = Lost;
    p.stageEntered = decided;
    p.closedAt = decided;
}

void Generator::followUps(Rng& rng, LeadPlan& p, bool visited)
{
    if (p.stage == Won || p.stage == Lost || !p.consultant)
        return;
    const qint64 now = m_calendar.now();
    static const char* const kResults[] = {
        "Reached, wants to think it over", "Reached, asked for an offer",
        "No answer, left a message", "Reached, will come by on Saturday"};
    const auto add = [&](const char* kind, std::string title, qint64 due, qint64 createdAt,
                         std::string rule) {
        TaskRow task{kind, std::move(title), due, 0, 0, std::min(now, createdAt), std::move(rule),
                     {}};
        // Most calls happen on time; a few slip, but none stays open for more than two weeks.
        if (due + kHour <= now && (rng.chance(0.8) || due + 14 * kDay <= now)) {
            task.doneAt = std::min(now, due + rng.range(0, 4 * kHour));
            task.doneBy = p.consultant;
            task.result = kResults[rng.below(4)];
            if (rng.chance(0.15))
                p.activities.push_back(activity(p.consultant, "call", "out", task.doneAt,
                                                static_cast<int>(rng.range(2, 10)),
                                                "Follow-up: " + p.interest));
        } else if (!p.nextFollowUp || due < p.nextFollowUp) {
            p.nextFollowUp = due;
        }
        p.tasks.push_back(std::move(task));
    };
    if (visited) {
        const qint64 visit = p.visits.front().arrived;
        const int first = m_calendar.dayOf(visit);
        for (int days : {1, 3, 7}) {
            const int day = m_calendar.openDay(first + days);
            add("follow_up", "Follow-up call (day " + std::to_string(days) + ")",
                m_calendar.at(day, static_cast<int>(10 * kHour + rng.range(0, 2 * kHour))),
                visit + 600, "first_visit_day_" + std::to_string(days));
        }
    } else {
        const int day = m_calendar.openDay(m_calendar.dayOf(p.stageEntered) +
                                           static_cast<int>(rng.range(1, 4)));
        add("call_back", "Call back about the " + p.interest, m_calendar.officeTime(rng, day),
            p.stageEntered, {});
    }
}

void Generator::extras(Rng& rng, LeadPlan& p)
{
    if (!p.consultant)
        return;
    const qint64 end =
        p.closedAt ? p.closedAt : std::min(m_calendar.now(), p.stageEntered + 21 * kDay);
    if (rng.chance(0.1)) {
        const int kind = rng.weighted({40, 30, 30});
        p.activities.push_back(activity(
            p.consultant,
            kind == 0   ? "call"
            : kind == 1 ? "sms"
                        : "email",
            "out", rng.range(p.created, end), kind == 0 ? static_cast<int>(rng.range(2, 12)) : -1,
            kind == 0 ? "Checking in" : "Information on the " + p.interest));
    }
    if (rng.chance(0.04)) {
        static const std::vector<std::string> comments = {
            "Please call back today.", "Offer a test drive.",
            "Check the trade-in value with the workshop.", "Good work, keep in touch."};
        p.activities.push_back(activity(m_ids.manager, "manager_comment", "",
                                        rng.range(p.created, end), -1, rng.pick(comments)));
    }
}

} // namespace showroom::demo
