#pragma once

// Internals of the demo data generator: a small deterministic PRNG, the calendar of the generated
// period, the name and car catalogues, and a thin wrapper over prepared sqlite3 statements.
#include "storage/demo/DemoGenerator.h"

#include <QString>
#include <array>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace showroom::demo {

// Thrown inside the generation only; generateDemoData turns it into an Error.
struct Failure {
    QString message;
};

// xoshiro256** seeded through splitmix64; one independent stream per customer keeps the output
// deterministic whatever order the rows are written in.
class Rng {
public:
    Rng(quint64 seed, quint64 stream);
    quint64 next();
    quint32 below(quint32 n);           // [0, n)
    qint64 range(qint64 lo, qint64 hi); // [lo, hi]
    double unit();                      // [0, 1)
    bool chance(double p) { return unit() < p; }
    double normal(); // approximately N(0, 1)
    int weighted(std::initializer_list<int> weights);
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[below(static_cast<quint32>(items.size()))];
    }

private:
    quint64 m_s[4];
};

// Local days of the showroom (Europe/Berlin) from 24 months before `now` to some months after.
class Calendar {
public:
    Calendar(qint64 nowEpoch, int historyDays, int futureDays);

    qint64 now() const { return m_now; }
    int today() const { return m_today; }
    int size() const { return static_cast<int>(m_days.size()); }
    qint64 at(int day, int secondOfDay) const;
    int dayOf(qint64 epoch) const;
    int weekday(int day) const { return m_days[clampDay(day)].weekday; } // 1 = Monday
    const std::string& date(int day) const { return m_days[clampDay(day)].text; }
    // Arrival in the showroom: 9-19 h with peaks around 11 and 16 h.
    qint64 showroomTime(Rng& rng, int day) const;
    // Desk work: 9-19 h, evenly.
    qint64 officeTime(Rng& rng, int day) const;
    // Web forms and portals: 7-23 h.
    qint64 anyTime(Rng& rng, int day) const;
    // The same day or the next one the showroom is open (not Sunday).
    int openDay(int day) const { return weekday(day) == 7 ? day + 1 : day; }

private:
    struct Day {
        qint64 midnight; // epoch seconds of the local midnight
        int weekday;
        std::string text; // YYYY-MM-DD
    };
    int clampDay(int day) const;

    qint64 m_now;
    int m_today;
    std::vector<Day> m_days;
};

struct PersonName {
    std::string text;  // as written, UTF-8
    std::string lower; // QString::toLower of text
    std::string ascii; // lower-case ASCII transliteration for email addresses
};

struct NameGroup {
    const char* language;
    int weight;
    std::vector<PersonName> first;
    std::vector<PersonName> last;
};

const std::vector<NameGroup>& nameGroups();
PersonName makeName(std::string_view utf8);
std::string companyName(Rng& rng, const std::vector<NameGroup>& groups);

struct CarModel {
    const char* make;
    const char* model;
    const char* wmi; // world manufacturer identifier, VIN positions 1-3
    std::array<const char*, 3> trims;
    int priceFromEur;
    int priceToEur;
    bool fleet; // typical company car
};
const std::vector<CarModel>& carModels();
const std::vector<std::string>& colours();

// A VIN valid under ISO 3779 with the North-American check digit in position 9; unique per serial.
std::string makeVin(Rng& rng, const CarModel& model, quint64 serial, int modelYear);
bool vinIsValid(std::string_view vin);

struct MobilePhone {
    std::string national; // as typed: "0151 23456789"
    std::string e164;     // "+4915123456789"
};
// A bijection of `index` onto 15 German mobile prefixes × 10^8 subscriber numbers: distinct
// indices give distinct numbers.
MobilePhone mobilePhone(quint64 index, quint64 seed);

struct Address {
    std::string street, postalCode, city;
};
Address address(Rng& rng);
const std::vector<std::string>& customerNotes();

// A prepared statement reused for every row; throws Failure on an SQLite error.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& i64(qint64 value);
    Statement& id(qint64 value) { return value > 0 ? i64(value) : null(); } // 0 = NULL
    Statement& opt(std::optional<qint64> value) { return value ? i64(*value) : null(); }
    Statement& text(std::string_view value);
    Statement& null();
    qint64 insert(); // runs the statement, resets it; returns the new rowid

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_index = 0;
};

void execute(sqlite3* db, const char* sql);
std::string zeroPadded(quint64 value, int width);

// ---- The history generator (DemoHistory.cpp, DemoDeals.cpp) ----

enum Source { WalkIn, Phone, WebForm, Portal, Event, Referral, Repurchase, SourceCount };
enum StageIndex {
    Unassigned,
    Assigned,
    Contacted,
    Needs,
    Offer,
    Negotiation,
    Won,
    Lost,
    StageCount
};
inline constexpr const char* kLostReasonKeys[] = {
    "price",         "credit_terms",   "test_drive",  "bought_elsewhere", "no_stock",
    "delivery_time", "trade_in_value", "unreachable", "just_browsing",    "other"};

// Walk-in = high value; remote interactive (call, web form, portal) = value; others general.
inline const char* tierFor(int source)
{
    switch (source) {
    case WalkIn:
        return "high";
    case Phone:
    case WebForm:
    case Portal:
        return "value";
    default:
        return "general";
    }
}

struct TemplateItem {
    qint64 id = 0;
    std::string kind, title;
    int position = 0;
    bool required = true, requiresDocument = false;
    std::optional<qint64> priceCents;
};

struct ReferenceIds {
    qint64 admin = 0, manager = 0, reception = 0;
    std::vector<qint64> consultants;
    std::vector<qint64> consultantsSince; // epoch from which each consultant takes leads
    std::array<qint64, StageCount> stages{};
    std::array<qint64, SourceCount> sources{};
    std::vector<qint64> lostReasons; // in the order of kLostReasonKeys
    std::vector<TemplateItem> templateItems;
};

struct HistoryRow {
    int from; // StageIndex, -1 for the creation row
    int to;
    qint64 by, at;
};
struct ActivityRow {
    qint64 user;
    const char* kind;
    const char* direction;
    qint64 at;
    int minutes; // -1: no duration
    std::string subject;
    qint64 vehicle = 0;
};
struct VisitRow {
    qint64 arrived;
    int minutes, party;
    const char* purpose;
    bool first, testDrive;
    qint64 consultant;
    std::string model;
};
struct TaskRow {
    const char* kind;
    std::string title;
    qint64 due, doneAt, doneBy, createdAt;
    std::string rule; // "first_visit_day_N" when the follow-up rule planned it
    std::string result;
};
struct DealPlan {
    const CarModel* model = nullptr;
    std::string trim, colour, tradeInText, vin;
    const char* condition = "new";
    const char* payment = "cash";
    int modelYear = 0, promisedDay = 0;
    qint64 priceCents = 0, discountCents = 0, depositCents = 0, tradeInCents = 0;
    qint64 signedAt = 0, deliveredAt = 0, vehicleCreatedAt = 0;
};
struct LeadPlan {
    int source = WalkIn, stage = Unassigned;
    qint64 consultant = 0, estimateCents = 0;
    const CarModel* model = nullptr;
    std::string interest, lostNote;
    qint64 created = 0, stageEntered = 0, firstResponse = 0, nextFollowUp = 0, closedAt = 0;
    qint64 updatedAt = 0, lostRequestedBy = 0, lostRequestedAt = 0, lostDecidedBy = 0;
    qint64 lostDecidedAt = 0;
    int lostReason = -1;
    const char* lostStatus = "none";
    std::vector<HistoryRow> history;
    std::vector<ActivityRow> activities;
    std::vector<VisitRow> visits;
    std::vector<TaskRow> tasks;
    std::optional<DealPlan> deal;
};

struct Statements {
    explicit Statements(sqlite3* db);
    Statement customer, contact, consent, lead, history, activity, task, visit, vehicle, deal, item;
};

class Generator {
public:
    Generator(sqlite3* db, const ReferenceIds& ids, const Calendar& calendar, quint64 seed,
              const std::function<void(const QString&)>& progress);
    ~Generator();

    void stockVehicles(qint64 count);
    void customers(qint64 count);
    void anonymousVisits();
    const DemoSummary& summary() const { return m_summary; }

private:
    void customer(qint64 index, int day, qint64 count);
    LeadPlan planLead(Rng& rng, int source, qint64 created, bool company, bool firstLead,
                      qint64 previousConsultant);
    void respond(Rng& rng, LeadPlan& p, qint64 assignedAt);
    void advance(Rng& rng, LeadPlan& p, bool company, bool& visited, bool firstLead);
    void followUps(Rng& rng, LeadPlan& p, bool visited);
    void extras(Rng& rng, LeadPlan& p);
    void loseLead(Rng& rng, LeadPlan& p, bool responded);
    void addVisit(Rng& rng, LeadPlan& p, qint64 arrived, bool first, const char* subject,
                  double testDrive);
    void writeLead(qint64 customerId, const LeadPlan& p, bool company);
    qint64 pickConsultant(Rng& rng, qint64 at) const;
    int visitDay(Rng& rng, int day, int earliest) const;
    qint64 testDriveCar(Rng& rng) const;
    ActivityRow activity(qint64 user, const char* kind, const char* direction, qint64 at,
                         int minutes, std::string subject) const;

    DealPlan planDeal(Rng& rng, const LeadPlan& p, bool company);
    qint64 writeDealVehicle(qint64 customerId, const DealPlan& deal);
    void writeDeal(qint64 customerId, qint64 leadId, qint64 vehicleId, const LeadPlan& p,
                   bool company);

    sqlite3* m_db;
    const ReferenceIds& m_ids;
    const Calendar& m_calendar;
    quint64 m_seed;
    std::function<void(const QString&)> m_progress;
    std::unique_ptr<Statements> m_sql;
    std::vector<qint64> m_testDriveCars;
    std::vector<double> m_dayWeights;
    quint64 m_vehicleSerial = 0;
    qint64 m_walkInVisits = 0;
    DemoSummary m_summary;
};

} // namespace showroom::demo
