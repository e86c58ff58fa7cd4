#include "Measurements.h"

#include "BenchSupport.h"
#include "Clock.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "services/UserService.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/demo/DemoGenerator.h"

#include <QFileInfo>
#include <QSet>
#include <sqlite3.h>

namespace bench {

using namespace showroom;

std::unique_ptr<Database> openForWork(const BenchConfig& config)
{
    auto db = Database::open(config.path, OpenOptions{.integrity = IntegrityCheck::Skip});
    if (!db) {
        note(QStringLiteral("cannot open %1: %2").arg(config.path, db.error().message));
        return nullptr;
    }
    return std::move(*db);
}

namespace {
std::optional<User> signIn(Database& db, const SystemClock& clock, const QString& login)
{
    UserService users(ServiceContext{db, clock}, PasswordHasher(PasswordHasher::Strength::Minimal));
    auto user = users.authenticate(login, QString::fromLatin1(kDemoPassword));
    if (!user) {
        note(QStringLiteral("cannot sign in as %1: %2").arg(login, user.error().message));
        return std::nullopt;
    }
    return *user;
}

} // namespace

bool measureOpen(const BenchConfig& config)
{
    const int samples = 10;
    struct Variant {
        QString name;
        IntegrityCheck integrity;
    };
    const Variant variants[] = {{QStringLiteral("open"), OpenOptions{}.integrity},
                                {QStringLiteral("open_check"), IntegrityCheck::Always},
                                {QStringLiteral("open_no_check"), IntegrityCheck::Skip}};
    const qint64 size = QFileInfo(config.path).size();
    for (const Variant& variant : variants) {
        // Whether Database::open runs quick_check (the schema is current: no upgrade).
        const bool checks =
            variant.integrity == IntegrityCheck::Always ||
            (variant.integrity == IntegrityCheck::Auto && size <= OpenOptions{}.autoCheckMaxBytes);
        std::vector<double> ms, floorMs;
        for (int i = 0; i < samples; ++i) {
            bool ok = true;
            ms.push_back(timeMs([&] {
                auto db = Database::open(config.path, OpenOptions{.integrity = variant.integrity});
                ok = db.has_value();
                if (!ok)
                    note(db.error().message);
            }));
            if (!ok)
                return false;
            // The floor: the same two connections Database::open makes (a read-only look at the
            // file, then the working connection) with the same statements.
            floorMs.push_back(timeMs([&] {
                {
                    RawDb inspect(config.path, config.shared, true);
                    inspect.query("PRAGMA application_id");
                    inspect.query("PRAGMA user_version");
                    inspect.query("SELECT count(*) FROM sqlite_schema");
                    if (checks)
                        inspect.query("PRAGMA quick_check(20)");
                    inspect.query("SELECT value FROM meta WHERE key = 'storage_mode'");
                }
                RawDb work(config.path, config.shared);
            }));
        }
        JsonLine(variant.name)
            .add("customers", config.customers)
            .samples(ms, floorMs)
            .add("quick_check", QString::fromLatin1(checks ? "yes" : "no"))
            .print();
    }
    return true;
}

bool measureQuickCheck(const BenchConfig& config)
{
    // Database::open checks on a read-only connection; Database::quickCheck on an open database
    // runs on the working (read-write) one, which SQLite makes slower.
    for (const bool readOnly : {true, false}) {
        RawDb raw(config.path, config.shared, readOnly);
        if (!raw.ok())
            return false;
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i)
            ms.push_back(timeMs([&] { raw.query("PRAGMA quick_check(20)"); }));
        JsonLine(readOnly ? QStringLiteral("quick_check") : QStringLiteral("quick_check_rw"))
            .add("customers", config.customers)
            .samples(ms)
            .print();
    }
    return true;
}

bool measureLeadMove(const BenchConfig& config)
{
    auto db = openForWork(config);
    RawDb raw(config.path, config.shared);
    if (!db || !raw.ok())
        return false;
    const SystemClock clock;
    const auto manager = signIn(*db, clock, QStringLiteral("manager"));
    if (!manager)
        return false;

    struct OpenLead {
        qint64 id;
        QString stage;
    };
    std::vector<OpenLead> leads;
    const int perPass = std::max(100, config.iterations / 2);
    auto found = sql::select(
        db->sql(),
        QStringLiteral("SELECT l.id, s.key FROM leads l JOIN stages s ON s.id = l.stage_id "
                       "WHERE s.key IN ('contacted', 'needs') AND l.consultant_id IS NOT NULL "
                       "ORDER BY l.id DESC LIMIT ?"),
        {2 * perPass}, [&](const QSqlQuery& q) {
            leads.push_back({q.value(0).toLongLong(), q.value(1).toString()});
        });
    if (!found || leads.size() < 2 * static_cast<size_t>(perPass)) {
        note(QStringLiteral("not enough open leads to move"));
        return false;
    }

    // Through LeadService: the first half of the leads, there and back again.
    LeadService service(ServiceContext{*db, clock});
    std::vector<double> ms;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < perPass; ++i) {
            OpenLead& lead = leads[static_cast<size_t>(i)];
            const QString to = lead.stage == QLatin1String("contacted")
                                   ? QStringLiteral("needs")
                                   : QStringLiteral("contacted");
            Result<Lead> moved;
            ms.push_back(timeMs([&] { moved = service.moveStage(*manager, lead.id, to); }));
            if (!moved) {
                note(QStringLiteral("move failed: %1").arg(moved.error().message));
                return false;
            }
            lead.stage = to;
        }
    }

    // The floor: the same writes as plain statements in one BEGIN IMMEDIATE ... COMMIT.
    auto stageId = [&](const char* key) {
        return sql::scalar(db->sql(), QStringLiteral("SELECT id FROM stages WHERE key = ?"),
                           {QString::fromLatin1(key)})
            .value_or(QVariant())
            .toLongLong();
    };
    const qint64 contacted = stageId("contacted"), needs = stageId("needs");
    RawStatement begin(raw, "BEGIN IMMEDIATE"), commit(raw, "COMMIT");
    RawStatement update(raw, "UPDATE leads SET stage_id = ?, consultant_id = consultant_id, "
                             "stage_entered_at = ?, closed_at = NULL, updated_at = ?, "
                             "version = version + 1 WHERE id = ?");
    RawStatement history(raw, "INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, "
                              "changed_by, changed_at) VALUES (?, ?, ?, ?, ?)");
    RawStatement audit(raw, "INSERT INTO audit_log (at, user_id, action, entity, entity_id, "
                            "details) VALUES (?, ?, 'lead.move', 'leads', ?, ?)");
    std::vector<double> floorMs;
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = static_cast<size_t>(perPass); i < leads.size(); ++i) {
            OpenLead& lead = leads[i];
            const bool toNeeds = lead.stage == QLatin1String("contacted");
            const qint64 from = toNeeds ? contacted : needs, to = toNeeds ? needs : contacted;
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            floorMs.push_back(timeMs([&] {
                begin.run();
                update.run({to, now, now, lead.id});
                history.run({lead.id, from, to, manager->id, now});
                audit.run(
                    {now, manager->id, lead.id,
                     QStringLiteral(R"({"from":"%1","to":"%2"})")
                         .arg(toNeeds ? "contacted" : "needs", toNeeds ? "needs" : "contacted")});
                commit.run();
            }));
            lead.stage = toNeeds ? QStringLiteral("needs") : QStringLiteral("contacted");
        }
    }
    JsonLine line(config.shared ? QStringLiteral("lead_move_shared") : QStringLiteral("lead_move"));
    line.add("customers", config.customers).samples(ms, floorMs).add("max_ms", percentile(ms, 100));
    if (!config.shared) // the target is for local mode
        line.add("target_ms", kMoveTargetMs, 0);
    line.print();
    return true;
}

bool measureCustomerAdd(const BenchConfig& config)
{
    auto db = openForWork(config);
    RawDb raw(config.path, config.shared);
    if (!db || !raw.ok())
        return false;
    const SystemClock clock;
    const auto reception = signIn(*db, clock, QStringLiteral("reception"));
    if (!reception)
        return false;
    // 0163 numbers are never generated by the demo data; earlier runs added some already.
    qint64 next =
        sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM customers WHERE phone_e164 "
                                              ">= '+49163' AND phone_e164 < '+49164'"))
            .value_or(QVariant())
            .toLongLong();
    const int samples = std::max(100, config.iterations / 2);
    CustomerService service(ServiceContext{*db, clock});
    std::vector<double> ms;
    for (int i = 0; i < samples; ++i, ++next) {
        Customer draft;
        draft.firstName = QStringLiteral("Bench");
        draft.lastName = QStringLiteral("Kunde %1").arg(next);
        draft.phone = QStringLiteral("0163 %1").arg(next, 8, 10, QLatin1Char('0'));
        draft.email = QStringLiteral("bench.kunde%1@example.com").arg(next);
        Result<Customer> added;
        ms.push_back(timeMs([&] { added = service.add(*reception, draft); }));
        if (!added) {
            note(QStringLiteral("adding a customer failed: %1").arg(added.error().message));
            return false;
        }
    }

    // The floor: duplicate check, insert (search triggers included) and audit entry.
    RawStatement begin(raw, "BEGIN IMMEDIATE"), commit(raw, "COMMIT");
    RawStatement byPhone(raw, "SELECT c.id, c.display_name, c.sort_key, c.company_name, c.phone, "
                              "c.email, c.city FROM customers c WHERE c.phone_e164 = ? "
                              "AND c.merged_into_id IS NULL ORDER BY c.id LIMIT ?");
    RawStatement insert(raw, "INSERT INTO customers (kind, first_name, last_name, display_name, "
                             "sort_key, phone, phone_e164, email, created_at, updated_at) "
                             "VALUES ('person', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement audit(raw, "INSERT INTO audit_log (at, user_id, action, entity, entity_id, "
                            "details) VALUES (?, ?, 'customer.create', 'customers', "
                            "last_insert_rowid(), ?)");
    std::vector<double> floorMs;
    for (int i = 0; i < samples; ++i, ++next) {
        const QString last = QStringLiteral("Kunde %1").arg(next);
        const QString number = QStringLiteral("%1").arg(next, 8, 10, QLatin1Char('0'));
        const QString e164 = QStringLiteral("+49163") + number;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        floorMs.push_back(timeMs([&] {
            begin.run();
            byPhone.run({e164, qint64(1)});
            insert.run({QStringLiteral("Bench"), last, last + QStringLiteral(", Bench"),
                        (last + QStringLiteral(", Bench")).toLower(),
                        QStringLiteral("0163 ") + number, e164,
                        QStringLiteral("bench.kunde%1@example.com").arg(next), now, now});
            audit.run({now, reception->id, QStringLiteral(R"({"phone":"%1"})").arg(e164)});
            commit.run();
        }));
    }
    JsonLine(QStringLiteral("customer_add"))
        .add("customers", config.customers)
        .samples(ms, floorMs)
        .add("max_ms", percentile(ms, 100))
        .print();
    return true;
}

} // namespace bench
