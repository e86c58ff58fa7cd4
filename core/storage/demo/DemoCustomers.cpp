// The customers of the demo dealership: names, contact data, consents, contact persons.
#include "storage/demo/DemoInternal.h"

#include <QCoreApplication>
#include <algorithm>

namespace showroom::demo {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
} // namespace

Statements::Statements(sqlite3* db)
    : customer(db, "INSERT INTO customers (kind, first_name, last_name, company_name, "
                   "display_name, sort_key, phone, phone_e164, email, street, postal_code, city, "
                   "language, tier, owner_id, consent_email, consent_email_at, consent_sms, "
                   "consent_sms_at, consent_phone, consent_phone_at, notes, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?, ?)"),
      contact(db, "INSERT INTO contact_persons (customer_id, role, first_name, last_name, "
                  "position, phone, phone_e164, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      consent(db, "INSERT INTO consent_events (customer_id, channel, granted, at, user_id) "
                  "VALUES (?, ?, 1, ?, ?)"),
      lead(db, "INSERT INTO leads (customer_id, stage_id, consultant_id, source_id, tier, "
               "vehicle_interest, vehicle_id, estimated_value_cents, created_at, "
               "stage_entered_at, response_due_at, first_response_at, next_follow_up_at, "
               "lost_reason_id, lost_note, lost_status, lost_requested_by, lost_requested_at, "
               "lost_decided_by, lost_decided_at, closed_at, updated_at, version, "
               "response_reminded_at, response_escalated_at, first_response_minutes) VALUES (?, "
               "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      history(db, "INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, "
                  "changed_at, from_entered_at) VALUES (?, ?, ?, ?, ?, ?)"),
      activity(db, "INSERT INTO activities (customer_id, lead_id, user_id, kind, direction, "
                   "occurred_at, duration_min, subject, vehicle_id, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      task(db, "INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, "
               "done_at, done_by, created_by, created_at, rule, result) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      visit(db, "INSERT INTO visits (arrived_at, left_at, party_size, purpose, first_visit, "
                "consultant_id, customer_id, lead_id, model_interest, test_drive, created_by, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      vehicle(db, "INSERT INTO vehicles (vin, make, model, trim, colour, model_year, condition, "
                  "status, expected_on, price_cents, stock_number, test_drive_car, "
                  "owner_customer_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?)"),
      deal(db, "INSERT INTO deals (lead_id, customer_id, vehicle_id, consultant_id, buyer_kind, "
               "list_price_cents, discount_cents, trade_in_value_cents, trade_in_description, "
               "payment, deposit_cents, promised_delivery_on, status, signed_at, delivered_at, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      item(db, "INSERT INTO deal_checklist_items (deal_id, template_item_id, kind, position, "
               "title, required, requires_document, status, not_sold_reason, price_cents, "
               "due_on, done_by, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
{
}

Generator::Generator(sqlite3* db, const ReferenceIds& ids, const Calendar& calendar, quint64 seed,
                     const std::function<void(const QString&)>& progress)
    : m_db(db), m_ids(ids), m_calendar(calendar), m_seed(seed), m_progress(progress),
      m_sql(std::make_unique<Statements>(db))
{
    // Leads per day: busier on Saturdays, hardly any on Sundays (web forms only), a spring and
    // autumn season, and a business that grows slowly over the two years.
    static constexpr double season[] = {0.8, 0.9,  1.15, 1.2,  1.15, 1.0,
                                        0.9, 0.85, 1.1,  1.05, 0.95, 0.75};
    const int today = m_calendar.today();
    for (int day = 0; day <= today; ++day) {
        const int weekday = m_calendar.weekday(day);
        const double week = weekday == 7 ? 0.15 : weekday == 6 ? 1.6 : 1.0;
        const int month = std::stoi(m_calendar.date(day).substr(5, 2));
        m_dayWeights.push_back(week * season[month - 1] * (0.85 + 0.3 * day / std::max(1, today)));
    }
}

Generator::~Generator() = default;

qint64 Generator::pickConsultant(Rng& rng, qint64 at) const
{
    for (;;) {
        const int i = rng.weighted({12, 10, 10, 9, 9});
        if (m_ids.consultantsSince[static_cast<size_t>(i)] <= at)
            return m_ids.consultants[static_cast<size_t>(i)];
    }
}

qint64 Generator::testDriveCar(Rng& rng) const
{
    return m_testDriveCars.empty() ? 0 : rng.pick(m_testDriveCars);
}

ActivityRow Generator::activity(qint64 user, const char* kind, const char* direction, qint64 at,
                                int minutes, std::string subject) const
{
    return {user, kind, direction, at, minutes, std::move(subject), 0};
}

void Generator::customers(qint64 count)
{
    double total = 0;
    for (double w : m_dayWeights)
        total += w;
    const qint64 step = std::max<qint64>(1000, count / 20);
    int day = 0;
    double cumulative = m_dayWeights.empty() ? 0 : m_dayWeights[0];
    for (qint64 i = 0; i < count; ++i) {
        // Customer i arrives on the day where the cumulative weight passes its share: sorted
        // creation dates, so customer ids grow with time as in a real database.
        const double target = (static_cast<double>(i) + 0.5) / static_cast<double>(count) * total;
        while (cumulative < target && day + 1 < static_cast<int>(m_dayWeights.size()))
            cumulative += m_dayWeights[static_cast<size_t>(++day)];
        customer(i, day, count);
        if ((i + 1) % step == 0 || i + 1 == count)
            if (m_progress)
                m_progress(Tr::tr("customers %1/%2").arg(i + 1).arg(count));
    }
}

void Generator::customer(qint64 index, int day, qint64 count)
{
    Rng rng(m_seed, static_cast<quint64>(index) + 1);
    const qint64 now = m_calendar.now();
    const auto& groups = nameGroups();
    const bool company = rng.chance(0.05);
    const NameGroup& group = groups[static_cast<size_t>(
        rng.weighted({groups[0].weight, groups[1].weight, groups[2].weight, groups[3].weight,
                      groups[4].weight, groups[5].weight, groups[6].weight, groups[7].weight}))];
    const PersonName& first = rng.pick(group.first);
    const PersonName& last = rng.pick(group.last);

    const auto sourceOn = [&](int onDay, bool later) {
        if (m_calendar.weekday(onDay) == 7)
            return rng.chance(0.6) ? static_cast<int>(WebForm) : static_cast<int>(Portal);
        const int pick = company ? rng.weighted({15, 30, 25, 5, 10, 15})
                                 : rng.weighted({35, 20, 18, 12, 5, later ? 10 : 6});
        return pick;
    };
    const auto timeFor = [&](int source, int onDay) {
        qint64 t = source == WalkIn || source == Event ? m_calendar.showroomTime(rng, onDay)
                   : (source == WebForm || source == Portal) && rng.chance(0.3)
                       ? m_calendar.anyTime(rng, onDay) // evenings and weekends
                       : m_calendar.officeTime(rng, onDay);
        return t < now ? t : now - rng.range(300, 4 * kHour);
    };

    std::vector<LeadPlan> plans;
    const int leadCount = rng.weighted({8, 62, 22, 8});
    int source = sourceOn(day, false);
    qint64 at = timeFor(source, day);
    qint64 consultant = 0;
    for (int k = 0; k < leadCount; ++k) {
        plans.push_back(planLead(rng, source, at, company, k == 0, consultant));
        const LeadPlan& p = plans.back();
        if (p.consultant)
            consultant = p.consultant;
        const qint64 end = p.closedAt ? p.closedAt : p.created + 60 * kDay;
        const int next = m_calendar.dayOf(end) + static_cast<int>(rng.range(30, 400));
        if (next > m_calendar.today())
            break;
        source = p.stage == Won && rng.chance(0.5) ? Repurchase : sourceOn(next, true);
        at = timeFor(source, next);
        if (at <= end)
            break;
    }

    const qint64 created =
        plans.empty() ? timeFor(Phone, day) : plans[0].created - rng.range(20, 90);
    const MobilePhone phone = mobilePhone(static_cast<quint64>(index), m_seed);
    const std::string number = std::to_string(index + 1);
    static const char* const domains[] = {"@example.com", "@example.org", "@example.net"};
    std::string companyText, display, sortKey, email;
    if (company) {
        companyText = companyName(rng, groups);
        const PersonName parts = makeName(companyText);
        display = companyText;
        sortKey = parts.lower;
        if (rng.chance(0.8))
            email = "kontakt." + parts.ascii.substr(0, 24) + number + domains[rng.below(3)];
    } else {
        display = last.text + ", " + first.text;
        sortKey = last.lower + ", " + first.lower;
        if (rng.chance(0.7))
            email = first.ascii + "." + last.ascii + number + domains[rng.below(3)];
    }
    const Address where = rng.chance(0.85) ? address(rng) : Address{};
    qint64 owner = 0;
    for (const LeadPlan& p : plans)
        if (p.consultant)
            owner = p.consultant;
    const auto consentAt = [&](bool granted) -> qint64 {
        if (!granted)
            return 0;
        return rng.chance(0.7) ? created : std::min(now, created + rng.range(1, 120) * kDay);
    };
    const qint64 emailAt = consentAt(!email.empty() && rng.chance(0.45));
    const qint64 smsAt = consentAt(rng.chance(0.3));
    const qint64 phoneAt = consentAt(rng.chance(0.35));
    const std::string& notes = rng.chance(0.04) ? rng.pick(customerNotes()) : std::string();
    const qint64 updated = std::max({created, emailAt, smsAt, phoneAt});

    Statement& row = m_sql->customer;
    row.text(company ? "company" : "person")
        .text(company ? std::string_view() : first.text)
        .text(company ? std::string_view() : last.text)
        .text(companyText)
        .text(display)
        .text(sortKey)
        .text(phone.national)
        .text(phone.e164)
        .text(email)
        .text(where.street)
        .text(where.postalCode)
        .text(where.city)
        .text(company ? "de" : group.language)
        .text(plans.empty() ? "general" : tierFor(plans[0].source))
        .id(owner)
        .i64(emailAt ? 1 : 0)
        .id(emailAt)
        .i64(smsAt ? 1 : 0)
        .id(smsAt)
        .i64(phoneAt ? 1 : 0)
        .id(phoneAt)
        .text(notes)
        .i64(created)
        .i64(updated);
    const qint64 customerId = row.insert();
    ++m_summary.customers;

    const qint64 consentBy = owner ? owner : m_ids.reception;
    const std::pair<const char*, qint64> consents[] = {
        {"email", emailAt}, {"sms", smsAt}, {"phone", phoneAt}};
    for (const auto& [channel, when] : consents)
        if (when)
            m_sql->consent.i64(customerId).text(channel).i64(when).i64(consentBy).insert();

    if (company) {
        static const char* const roles[] = {"decision_maker", "vehicle_user", "driver"};
        static const char* const positions[] = {"Geschäftsführung", "Fuhrparkleitung",
                                                "Außendienst", "Fahrer"};
        const int persons = 1 + rng.weighted({50, 35, 15});
        for (int j = 0; j < persons; ++j) {
            const PersonName& f = rng.pick(groups[0].first);
            const PersonName& l = rng.pick(groups[0].last);
            const MobilePhone mobile =
                mobilePhone(static_cast<quint64>(count + 3 * index + j), m_seed);
            m_sql->contact.i64(customerId)
                .text(roles[j])
                .text(f.text)
                .text(l.text)
                .text(positions[j == 0 ? rng.below(2) : j + 1])
                .text(mobile.national)
                .text(mobile.e164)
                .text(rng.chance(0.7) ? f.ascii + "." + l.ascii + ".c" + number + domains[0]
                                      : std::string())
                .insert();
        }
    }
    for (const LeadPlan& p : plans)
        writeLead(customerId, p, company);
}

} // namespace showroom::demo
