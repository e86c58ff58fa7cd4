// Search as the customer list runs it, duplicate lookup while typing, and the merge preview.
#include "BenchSupport.h"
#include "Clock.h"
#include "Measurements.h"
#include "services/CustomerMergeService.h"
#include "services/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSet>

namespace bench {

using namespace showroom;

namespace {

// The statements of CustomerRepository::page, copied verbatim for the floor figures.
constexpr char kSearchSql[] =
    "SELECT c.id, c.display_name, c.sort_key, c.company_name, c.phone, c.email, c.city "
    "FROM customer_search s JOIN customers c ON c.id = s.rowid WHERE customer_search MATCH ? "
    "AND s.rowid > ? AND c.merged_into_id IS NULL ORDER BY s.rowid LIMIT ?";
constexpr char kPrefixSql[] =
    "SELECT c.id, c.display_name, c.sort_key, c.company_name, c.phone, c.email, c.city "
    "FROM customers c WHERE (c.sort_key, c.id) > (?, ?) AND c.sort_key < ? "
    "AND c.merged_into_id IS NULL ORDER BY c.sort_key, c.id LIMIT ?";

// A search as typed; `owner` is the customer it was taken from (0: none), who should be found.
struct Query {
    QString text;
    qint64 owner = 0;
};

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar ch : text)
        if (ch.isDigit())
            digits += ch;
    return digits;
}

// The floor of a search: what CustomerRepository::page runs, through the sqlite3 C API.
void rawPage(RawDb& raw, const QString& text)
{
    const QString trimmed = text.trimmed();
    const QString match = customerSearchMatch(trimmed);
    if (!match.isEmpty()) {
        raw.query(kSearchSql, {match, qint64(0), qint64(kUiPageSize)});
        return;
    }
    const QString prefix = trimmed.toLower();
    raw.query(kPrefixSql,
              {prefix, qint64(0), QString(prefix + QChar(0xFFFF)), qint64(kUiPageSize)});
}

// First pages through CustomerService::page with the customer list's page size, like the list
// does for every pause in typing. Extra fields are appended to the JSON line by `extra`.
bool runSearches(const BenchConfig& config, Database& db, RawDb& raw, const QString& name,
                 const std::vector<Query>& queries,
                 const std::function<void(JsonLine&)>& extra = {})
{
    if (queries.empty()) {
        note(QStringLiteral("%1: nothing to search for").arg(name));
        return false;
    }
    const SystemClock clock;
    CustomerService customers(ServiceContext{db, clock});
    qint64 withOwner = 0, found = 0;
    for (const Query& q : queries) { // warm both connections' caches; is the owner found?
        auto page = customers.page(q.text, std::nullopt, kUiPageSize);
        rawPage(raw, q.text);
        if (page && q.owner > 0) {
            ++withOwner;
            found +=
                std::ranges::any_of(*page, [&](const CustomerRow& r) { return r.id == q.owner; });
        }
    }
    std::vector<double> ms, floorMs;
    qint64 rows = 0;
    for (int i = 0; i < std::max(config.iterations, static_cast<int>(queries.size())); ++i) {
        const QString& text = queries[static_cast<size_t>(i) % queries.size()].text;
        Result<std::vector<CustomerRow>> page;
        ms.push_back(timeMs([&] { page = customers.page(text, std::nullopt, kUiPageSize); }));
        if (!page) {
            note(QStringLiteral("search failed: %1").arg(page.error().message));
            return false;
        }
        rows += static_cast<qint64>(page->size());
        floorMs.push_back(timeMs([&] { rawPage(raw, text); }));
    }
    JsonLine line(name);
    line.add("customers", config.customers)
        .samples(ms, floorMs)
        .add("max_ms", percentile(ms, 100))
        .target(ms, kSearchTargetMs)
        .add("limit", qint64(kUiPageSize))
        .add("queries", static_cast<qint64>(queries.size()))
        .add("avg_rows", static_cast<double>(rows) / static_cast<double>(ms.size()), 1);
    if (withOwner > 0)
        line.add("found_pct", 100.0 * static_cast<double>(found) / static_cast<double>(withOwner),
                 1);
    if (extra)
        extra(line);
    line.print();
    return true;
}

struct Sample {
    qint64 id;
    QString lastName, phone;
};

// People spread over the whole id range, with their stored phone numbers.
std::vector<Sample> sampleCustomers(const BenchConfig& config, Database& db, int count)
{
    std::vector<Sample> samples;
    auto ok = sql::select(
        db.sql(),
        QStringLiteral("SELECT id, last_name, phone FROM customers WHERE kind = 'person' AND "
                       "phone_e164 IS NOT NULL AND merged_into_id IS NULL AND id % ? = 0 "
                       "ORDER BY id LIMIT ?"),
        {std::max<qint64>(1, config.customers / count), count}, [&](const QSqlQuery& q) {
            samples.push_back(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        });
    if (!ok)
        note(ok.error().message);
    return samples;
}

} // namespace

bool measureSearch(const BenchConfig& config)
{
    auto db = openForWork(config);
    RawDb raw(config.path, config.shared);
    if (!db || !raw.ok())
        return false;
    const std::vector<Sample> people = sampleCustomers(config, *db, 400);

    // (a) Names as a user types them, letter by letter, taken from the database.
    QStringList lastNames{QStringLiteral("Müller")};
    for (const Sample& s : people)
        if (!lastNames.contains(s.lastName) && lastNames.size() < 13)
            lastNames << s.lastName;
    std::vector<Query> names;
    for (const QString& name : lastNames)
        for (int length = 1; length <= std::min<qsizetype>(6, name.size()); ++length)
            names.push_back({name.left(length)});

    // Digits as typed from the start: the prefix, more of it, and a part from its middle.
    std::vector<Query> digits;
    for (size_t i = 0; i < people.size() && i < 40; ++i) {
        const QString& phone = people[i].phone; // "0151 23456789"
        for (const QString& typed : {phone.left(4), phone.left(7), phone.left(9), phone.mid(7, 6)})
            digits.push_back({typed});
    }

    // (b) Four digits from the middle of stored numbers, e.g. a number read out in parts.
    std::vector<Query> middle;
    qint64 leadingZero = 0;
    for (size_t i = 0; i < people.size() && middle.size() < 200; ++i) {
        const QString all = digitsOf(people[i].phone);
        const QString part = all.mid(all.size() / 2 - 2, 4);
        leadingZero += part.startsWith(QLatin1Char('0'));
        middle.push_back({part, people[i].id});
    }

    // (c) Six characters from the middle of VINs of cars that customers own.
    std::vector<Query> vins;
    qint64 digitsOnly = 0;
    const qint64 lastVehicle =
        sql::scalar(db->sql(), QStringLiteral("SELECT max(id) FROM vehicles"))
            .value_or(QVariant())
            .toLongLong();
    auto sampled = sql::select(
        db->sql(),
        QStringLiteral("SELECT v.vin, v.owner_customer_id FROM vehicles v JOIN customers c ON "
                       "c.id = v.owner_customer_id WHERE c.merged_into_id IS NULL AND "
                       "v.id % ? = 0 ORDER BY v.id LIMIT 200"),
        {std::max<qint64>(1, lastVehicle / 400)}, [&](const QSqlQuery& q) {
            const QString vin = q.value(0).toString();
            const QString part = vin.mid((vin.size() - 6) / 2, 6);
            digitsOnly += digitsOf(part) == part;
            vins.push_back({part, q.value(1).toLongLong()});
        });
    if (!sampled)
        note(sampled.error().message);

    note(QStringLiteral("search: %1 name prefixes, %2 phone starts, %3 phone middles, %4 VIN parts")
             .arg(names.size())
             .arg(digits.size())
             .arg(middle.size())
             .arg(vins.size()));
    // The expensive kind: words that each match many customers but not together, text that
    // matches nothing, very common fragments.
    std::vector<Query> hard;
    for (const char* text :
         {"Schneider Weber", "Meyer Wagner", "Müller Jürgen", "Lena Zimmermann", "Müllerin",
          "Kowalski", "0151 000", "+49 151 000", "example.com", "WVW"})
        hard.push_back({QString::fromUtf8(text)});
    return runSearches(config, *db, raw, QStringLiteral("search_name_prefix"), names) &&
           runSearches(config, *db, raw, QStringLiteral("search_phone_digits"), digits) &&
           runSearches(config, *db, raw, QStringLiteral("search_phone_middle4"), middle,
                       [&](JsonLine& line) {
                           // The search drops a leading 0 (a national prefix), so these
                           // look for three digits.
                           line.add("leading_zero", leadingZero);
                       }) &&
           runSearches(config, *db, raw, QStringLiteral("search_vin_middle6"), vins,
                       [&](JsonLine& line) {
                           // Digits only: searched as a phone number, not as a VIN.
                           line.add("digits_only", digitsOnly);
                       }) &&
           runSearches(config, *db, raw, QStringLiteral("search_hard"), hard);
}

bool measureDuplicatesTyping(const BenchConfig& config)
{
    auto db = openForWork(config);
    if (!db)
        return false;
    const SystemClock clock;
    CustomerService customers(ServiceContext{*db, clock});
    const std::vector<Sample> people = sampleCustomers(config, *db, 60);
    if (people.empty()) {
        note(QStringLiteral("no phone numbers to type"));
        return false;
    }
    // The reception form asks after every character typed into the phone field.
    (void)customers.findDuplicates(people.front().phone, QString()); // warm up
    std::vector<double> ms;
    qint64 numbers = 0, found = 0;
    for (int pass = 0; static_cast<int>(ms.size()) < config.iterations || pass == 0; ++pass) {
        for (const Sample& person : people) {
            ++numbers;
            for (int length = 1; length <= person.phone.size(); ++length) {
                Result<DuplicateCandidates> candidates;
                const QString typed = person.phone.left(length);
                ms.push_back(
                    timeMs([&] { candidates = customers.findDuplicates(typed, QString()); }));
                if (!candidates) {
                    note(QStringLiteral("duplicate lookup failed: %1")
                             .arg(candidates.error().message));
                    return false;
                }
                if (length == person.phone.size())
                    found += std::ranges::any_of(candidates->samePhone, [&](const CustomerRow& r) {
                        return r.id == person.id;
                    });
            }
        }
    }
    JsonLine(QStringLiteral("duplicates_typing"))
        .add("customers", config.customers)
        .samples(ms)
        .add("max_ms", percentile(ms, 100))
        .target(ms, kDuplicateTargetMs)
        .add("numbers", numbers)
        .add("found_pct", 100.0 * static_cast<double>(found) / static_cast<double>(numbers), 1)
        .print();
    return true;
}

bool measureMergePreview(const BenchConfig& config)
{
    auto db = openForWork(config);
    if (!db)
        return false;
    const SystemClock clock;
    CustomerMergeService merges(ServiceContext{*db, clock});
    const std::vector<Sample> people = sampleCustomers(config, *db, 50);
    std::vector<double> ms;
    qint64 rows = 0;
    for (const Sample& person : people) {
        Result<MergeCounts> counts;
        ms.push_back(timeMs([&] { counts = merges.attachedTo(person.id); }));
        if (!counts) {
            note(QStringLiteral("merge preview failed: %1").arg(counts.error().message));
            return false;
        }
        rows += counts->total();
    }
    // What the merge dialog reads per record when it opens; no target, for information.
    JsonLine(QStringLiteral("merge_preview"))
        .add("customers", config.customers)
        .samples(ms)
        .add("max_ms", percentile(ms, 100))
        .add("avg_attached", static_cast<double>(rows) / std::max<double>(1, ms.size()), 1)
        .print();
    return true;
}

} // namespace bench
