// Vehicles, deals with their delivery checklists, and writing a planned lead with all its rows.
#include "storage/demo/DemoInternal.h"

#include <algorithm>

namespace showroom::demo {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

qint64 roundedEur(qint64 eur, qint64 step)
{
    return eur / step * step * 100;
}

// "S" + number, written so that GCC 12 does not warn (-Wrestrict false positive).
std::string stockNumber(std::string_view number)
{
    std::string out;
    out.reserve(number.size() + 1);
    out += 'S';
    out += number;
    return out;
}

qint64 usedPrice(const CarModel& model, Rng& rng, int age)
{
    const double factor = std::max(0.3, 1.0 - 0.11 * age);
    return roundedEur(static_cast<qint64>(rng.range(model.priceFromEur, model.priceToEur) * factor),
                      10);
}
} // namespace

void Generator::stockVehicles(qint64 count)
{
    Rng rng(m_seed, 0xC0FFEE0000000000ULL);
    const qint64 now = m_calendar.now();
    const int year = std::stoi(m_calendar.date(m_calendar.today()).substr(0, 4));
    for (qint64 i = 0; i < count; ++i) {
        const CarModel& model = rng.pick(carModels());
        // The first cars are the demonstrators customers test-drive.
        const int condition = i < 8 ? 2 : rng.weighted({55, 35, 10});
        const bool testDrive = condition == 2 || (condition == 0 && rng.chance(0.04));
        const int status = testDrive ? 0 : rng.weighted({62, condition == 0 ? 18 : 0, 10});
        const int age = condition == 1 ? static_cast<int>(rng.range(1, 7)) : 0;
        const qint64 price = condition == 1
                                 ? usedPrice(model, rng, age)
                                 : roundedEur(rng.range(model.priceFromEur, model.priceToEur) *
                                                  (condition == 2 ? 88 : 100) / 100,
                                              10);
        const qint64 created = condition == 2 ? m_calendar.at(0, 9 * 3600)
                               : status == 1  ? now - rng.range(1, 30) * kDay
                                              : now - rng.range(1, 200) * kDay;
        const quint64 serial = ++m_vehicleSerial;
        Statement& row = m_sql->vehicle;
        row.text(makeVin(rng, model, serial, year - age))
            .text(model.make)
            .text(model.model)
            .text(model.trims[rng.below(3)])
            .text(rng.pick(colours()))
            .i64(year - age)
            .text(condition == 0   ? "new"
                  : condition == 1 ? "used"
                                   : "demo")
            .text(status == 0   ? "in_stock"
                  : status == 1 ? "in_transit"
                                : "reserved");
        if (status == 1)
            row.text(m_calendar.date(m_calendar.today() + static_cast<int>(rng.range(3, 60))));
        else
            row.null();
        const qint64 id = row.i64(price)
                              .text(stockNumber(zeroPadded(serial, 6)))
                              .i64(testDrive ? 1 : 0)
                              .null()
                              .i64(created)
                              .insert();
        if (testDrive)
            m_testDriveCars.push_back(id);
    }
    m_summary.vehicles += count;
}

DealPlan Generator::planDeal(Rng& rng, const LeadPlan& p, bool company)
{
    const qint64 now = m_calendar.now();
    DealPlan d;
    d.model = p.model;
    d.signedAt = p.closedAt;
    const int signedDay = m_calendar.dayOf(d.signedAt);
    const int year = std::stoi(m_calendar.date(signedDay).substr(0, 4));
    const int condition = rng.weighted({65, 28, 7});
    d.condition = condition == 0 ? "new" : condition == 1 ? "used" : "demo";
    const int age = condition == 1 ? static_cast<int>(rng.range(1, 6)) : 0;
    d.modelYear = year - age;
    d.trim = p.model->trims[rng.below(3)];
    d.colour = rng.pick(colours());
    d.priceCents = condition == 1
                       ? usedPrice(*p.model, rng, age)
                       : roundedEur(rng.range(p.model->priceFromEur, p.model->priceToEur) *
                                        (condition == 2 ? 88 : 100) / 100,
                                    10);
    d.discountCents =
        roundedEur(d.priceCents / 100 * rng.range(0, condition == 0 ? 9 : 4) / 100, 50);
    const int payment = company ? rng.weighted({25, 20, 55}) : rng.weighted({35, 35, 30});
    d.payment = payment == 0 ? "cash" : payment == 1 ? "credit" : "lease";
    d.depositCents = payment == 2 && rng.chance(0.5) ? 0 : roundedEur(rng.range(500, 5000), 100);
    if (rng.chance(0.3)) {
        const CarModel& old = rng.pick(carModels());
        d.tradeInCents = roundedEur(rng.range(3000, 18000), 100);
        d.tradeInText = std::to_string(year - rng.range(4, 12)) + " " + old.make + " " + old.model +
                        ", " + std::to_string(rng.range(40, 220)) + ",000 km";
    }
    d.promisedDay = m_calendar.openDay(
        signedDay + static_cast<int>(condition == 0 ? rng.range(21, 120) : rng.range(3, 14)));
    const qint64 handover = m_calendar.showroomTime(
        rng, m_calendar.openDay(d.promisedDay + static_cast<int>(rng.range(-2, 4))));
    if (handover > d.signedAt && handover <= now)
        d.deliveredAt = handover;
    d.vehicleCreatedAt =
        condition == 0 ? std::min(now, d.signedAt + kDay) : d.signedAt - rng.range(10, 200) * kDay;
    d.vin = makeVin(rng, *p.model, ++m_vehicleSerial, d.modelYear);
    return d;
}

qint64 Generator::writeDealVehicle(qint64 customerId, const DealPlan& d)
{
    ++m_summary.vehicles;
    return m_sql->vehicle.text(d.vin)
        .text(d.model->make)
        .text(d.model->model)
        .text(d.trim)
        .text(d.colour)
        .i64(d.modelYear)
        .text(d.condition)
        .text(d.deliveredAt ? "delivered" : "sold")
        .null()
        .i64(d.priceCents)
        .text(stockNumber(d.vin.substr(11)))
        .i64(0)
        .i64(customerId)
        .i64(d.vehicleCreatedAt)
        .insert();
}

void Generator::writeDeal(qint64 customerId, qint64 leadId, qint64 vehicleId, const LeadPlan& p,
                          bool company)
{
    const DealPlan& d = *p.deal;
    const qint64 now = m_calendar.now();
    Statement& row = m_sql->deal;
    row.i64(leadId)
        .i64(customerId)
        .i64(vehicleId)
        .i64(p.consultant)
        .text(company ? "company" : "private")
        .i64(d.priceCents)
        .i64(d.discountCents);
    if (d.tradeInCents)
        row.i64(d.tradeInCents);
    else
        row.null();
    const qint64 dealId = row.text(d.tradeInText)
                              .text(d.payment)
                              .i64(d.depositCents)
                              .text(m_calendar.date(d.promisedDay))
                              .text(d.deliveredAt ? "delivered" : "open")
                              .i64(d.signedAt)
                              .id(d.deliveredAt)
                              .i64(d.signedAt)
                              .insert();
    ++m_summary.deals;

    // Checklists copied from the templates; all done once the car is handed over, partly done
    // while the deal is open.
    Rng rng(m_seed, 0x1000000000ULL + static_cast<quint64>(leadId));
    const bool loan = d.payment[0] != 'c';
    const std::string loanKind = company ? "loan_company" : "loan_private";
    const int signedDay = m_calendar.dayOf(d.signedAt);
    const qint64 end = d.deliveredAt ? d.deliveredAt : m_calendar.at(d.promisedDay, 12 * 3600);
    const double progress =
        std::clamp(static_cast<double>(now - d.signedAt) /
                       static_cast<double>(std::max<qint64>(kDay, end - d.signedAt)),
                   0.0, 1.0);
    static const char* const notSold[] = {"too_expensive", "already_has", "not_needed", "later"};
    for (const TemplateItem& t : m_ids.templateItems) {
        const bool isLoan = t.kind.rfind("loan_", 0) == 0;
        if (isLoan && (!loan || t.kind != loanKind))
            continue;
        const bool accessory = t.kind == "accessories";
        const double share = isLoan                 ? 0.3 * t.position / 5.0
                             : t.kind == "delivery" ? t.position / 8.0
                             : accessory            ? 0.5
                                                    : 1.0;
        const bool done = d.deliveredAt || (share < 1.0 && progress >= share && rng.chance(0.9));
        const qint64 doneAt =
            done ? std::min(now, d.signedAt + static_cast<qint64>(share * (end - d.signedAt)) +
                                     rng.range(0, 4 * kHour))
                 : 0;
        const bool sold = accessory && rng.chance(0.35);
        const int dueDay = isLoan                 ? signedDay + 7
                           : t.kind == "delivery" ? d.promisedDay - (8 - t.position)
                                                  : d.promisedDay;
        Statement& item = m_sql->item;
        item.i64(dealId)
            .i64(t.id)
            .text(t.kind)
            .i64(t.position)
            .text(t.title)
            .i64(t.required)
            .i64(t.requiresDocument)
            .text(!done        ? "open"
                  : !accessory ? "done"
                  : sold       ? "sold"
                               : "not_sold")
            .text(done && accessory && !sold ? notSold[rng.below(4)] : "")
            .opt(t.priceCents);
        if (accessory)
            item.null();
        else
            item.text(m_calendar.date(dueDay));
        item.id(done ? p.consultant : 0).id(doneAt).insert();
    }
}

void Generator::writeLead(qint64 customerId, const LeadPlan& p, bool company)
{
    const qint64 vehicleId = p.deal ? writeDealVehicle(customerId, *p.deal) : 0;
    // The response rule ran back then: late first contacts were reminded and escalated.
    const qint64 now = m_calendar.now();
    const qint64 due = p.created + 30 * 60;
    const qint64 escalation = due + 30 * 60;
    const auto lateAt = [&](qint64 at) {
        return at <= now && (!p.firstResponse || p.firstResponse > at) ? at : 0;
    };
    Statement& row = m_sql->lead;
    row.i64(customerId)
        .i64(m_ids.stages[static_cast<size_t>(p.stage)])
        .id(p.consultant)
        .i64(m_ids.sources[static_cast<size_t>(p.source)])
        .text(tierFor(p.source))
        .text(p.interest)
        .id(vehicleId)
        .i64(p.estimateCents)
        .i64(p.created)
        .i64(p.stageEntered)
        .i64(p.created + 30 * 60)
        .id(p.firstResponse)
        .id(p.nextFollowUp)
        .id(p.lostReason >= 0 ? m_ids.lostReasons[static_cast<size_t>(p.lostReason)] : 0)
        .text(p.lostNote)
        .text(p.lostStatus)
        .id(p.lostRequestedBy)
        .id(p.lostRequestedAt)
        .id(p.lostDecidedBy)
        .id(p.lostDecidedAt)
        .id(p.closedAt)
        .i64(p.updatedAt)
        .i64(static_cast<qint64>(p.history.size()) + (p.lostStatus[0] == 'p' ? 1 : 0))
        .id(lateAt(due))
        .id(lateAt(escalation))
        .opt(p.firstResponse ? std::optional<qint64>((p.firstResponse - p.created + 59) / 60)
                             : std::nullopt);
    const qint64 leadId = row.insert();
    ++m_summary.leads;

    // The generator writes when the lead entered the stage it leaves (its latest earlier change)
    // itself: the schema's trigger would look it up without the index, which is dropped during
    // the bulk load, and take quadratic time.
    qint64 enteredAt = 0;
    for (const HistoryRow& h : p.history) {
        m_sql->history.i64(leadId)
            .id(h.from >= 0 ? m_ids.stages[static_cast<size_t>(h.from)] : 0)
            .i64(m_ids.stages[static_cast<size_t>(h.to)])
            .id(h.by)
            .i64(h.at)
            .id(h.from >= 0 ? enteredAt : 0)
            .insert();
        enteredAt = std::max(enteredAt, h.at);
    }
    for (const ActivityRow& a : p.activities) {
        Statement& activity = m_sql->activity;
        activity.i64(customerId).i64(leadId).id(a.user).text(a.kind).text(a.direction).i64(a.at);
        if (a.minutes >= 0)
            activity.i64(a.minutes);
        else
            activity.null();
        activity.text(a.subject).id(a.vehicle).i64(a.at).insert();
    }
    m_summary.activities += static_cast<qint64>(p.activities.size());
    const auto visit = [&](const VisitRow& v, qint64 lead) {
        const qint64 left = v.arrived + v.minutes * 60;
        Statement& row = m_sql->visit;
        row.i64(v.arrived).id(left <= now ? left : 0).i64(v.party).text(v.purpose);
        row.i64(v.first ? 1 : 0).id(v.consultant).id(customerId).id(lead).text(v.model);
        row.i64(v.testDrive ? 1 : 0).i64(m_ids.reception).i64(std::min(now, v.arrived + 30));
        row.insert();
        ++m_summary.visits;
    };
    for (const VisitRow& v : p.visits) {
        visit(v, leadId);
        if (v.first)
            ++m_walkInVisits;
    }
    for (const TaskRow& t : p.tasks)
        m_sql->task.i64(leadId)
            .i64(customerId)
            .i64(p.consultant)
            .text(t.kind)
            .text(t.title)
            .i64(t.due)
            .id(t.doneAt)
            .id(t.doneBy)
            .id(t.rule.empty() ? p.consultant : 0) // the rule planned it, not a person
            .i64(t.createdAt)
            .text(t.rule)
            .text(t.result)
            .insert();
    if (p.deal) {
        writeDeal(customerId, leadId, vehicleId, p, company);
        if (p.deal->deliveredAt)
            visit({p.deal->deliveredAt, 60, 2, "pickup", false, false, p.consultant, p.interest},
                  leadId);
    }
}

void Generator::anonymousVisits()
{
    // Visitors who left no contact data: about a quarter of all first-time visitors.
    Rng rng(m_seed, 0xA110000000000000ULL);
    const qint64 now = m_calendar.now();
    const qint64 count = m_walkInVisits / 3;
    const auto& models = carModels();
    for (qint64 i = 0; i < count;) {
        const int day = static_cast<int>(rng.below(static_cast<quint32>(m_calendar.today() + 1)));
        const int weekday = m_calendar.weekday(day);
        if (weekday == 7 || (weekday != 6 && !rng.chance(1.0 / 1.6)))
            continue;
        const qint64 arrived = m_calendar.showroomTime(rng, day);
        if (arrived > now)
            continue;
        ++i;
        const int purpose = rng.weighted({40, 25, 20, 5, 10});
        const bool sales = purpose < 2;
        VisitRow v{arrived,
                   static_cast<int>(rng.range(10, 60)),
                   static_cast<int>(1 + rng.weighted({55, 33, 9, 3})),
                   purpose == 0   ? "new_car"
                   : purpose == 1 ? "used_car"
                   : purpose == 2 ? "service"
                   : purpose == 3 ? "pickup"
                                  : "other",
                   rng.chance(0.75),
                   sales && rng.chance(0.05),
                   sales && rng.chance(0.85) ? pickConsultant(rng, arrived) : 0,
                   {}};
        if (sales && rng.chance(0.5)) {
            const CarModel& model = rng.pick(models);
            v.model = std::string(model.make) + " " + model.model;
        }
        const qint64 left = v.arrived + v.minutes * 60;
        Statement& row = m_sql->visit;
        row.i64(v.arrived).id(left <= now ? left : 0).i64(v.party).text(v.purpose);
        row.i64(v.first ? 1 : 0).id(v.consultant).null().null().text(v.model);
        row.i64(v.testDrive ? 1 : 0).i64(m_ids.reception).i64(std::min(now, v.arrived + 30));
        row.insert();
        ++m_summary.visits;
    }
}

} // namespace showroom::demo
