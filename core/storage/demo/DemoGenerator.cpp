#include "storage/demo/DemoGenerator.h"

#include "services/PasswordHasher.h"
#include "storage/CustomerSearchBatch.h"
#include "storage/Database.h"
#include "storage/NativeHandle.h"
#include "storage/Sql.h"
#include "storage/demo/DemoInternal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr qint64 kMaxCustomers = 100'000'000;
constexpr int kHistoryDays = 730; // 24 months
constexpr qint64 kDay = 86400;

struct DemoUser {
    const char* login;
    const char* name;
    const char* role;
    int joinedDay; // relative to the start of the history
};
constexpr DemoUser kUsers[] = {
    {"admin", "Alex Admin", "admin", -30},
    {"manager", "Maria Berger", "manager", -30},
    {"reception", "Rita Koch", "receptionist", -30},
    {"anna", "Anna Schmidt", "consultant", -30},
    {"ben", "Ben Walter", "consultant", -30},
    {"chen", "Chen Li", "consultant", -30},
    {"dmitri", "Dmitri Petrov", "consultant", -30},
    {"elena", "Elena Kovalenko", "consultant", 300},
};

template <size_t N>
Result<std::array<qint64, N>> idsByKey(QSqlDatabase& db, const QString& table,
                                       const std::array<const char*, N>& keys)
{
    std::array<qint64, N> ids{};
    for (size_t i = 0; i < N; ++i) {
        auto id = sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(table),
                              {QString::fromLatin1(keys[i])});
        if (!id)
            return std::unexpected(id.error());
        if (!id->isValid())
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("The database lacks the default entry “%1” in %2 that the demo "
                               "data needs.")
                            .arg(QString::fromLatin1(keys[i]), table));
        ids[i] = id->toLongLong();
    }
    return ids;
}

Result<demo::ReferenceIds> loadReference(QSqlDatabase& db)
{
    demo::ReferenceIds ids;
    auto stages = idsByKey<demo::StageCount>(
        db, QStringLiteral("stages"),
        {"unassigned", "assigned", "contacted", "needs", "offer", "negotiation", "won", "lost"});
    auto sources = idsByKey<demo::SourceCount>(
        db, QStringLiteral("sources"),
        {"walk_in", "phone", "web_form", "portal", "event", "referral", "repurchase"});
    std::array<const char*, std::size(demo::kLostReasonKeys)> reasonKeys{};
    std::copy(std::begin(demo::kLostReasonKeys), std::end(demo::kLostReasonKeys),
              reasonKeys.begin());
    auto reasons = idsByKey(db, QStringLiteral("lost_reasons"), reasonKeys);
    if (!stages || !sources || !reasons)
        return std::unexpected(!stages ? stages.error()
                                       : (!sources ? sources.error() : reasons.error()));
    ids.stages = *stages;
    ids.sources = *sources;
    ids.lostReasons.assign(reasons->begin(), reasons->end());
    auto items = sql::select(
        db,
        QStringLiteral("SELECT i.id, t.kind, i.position, i.title, i.required, "
                       "i.requires_document, i.price_cents FROM checklist_template_items i "
                       "JOIN checklist_templates t ON t.id = i.template_id "
                       "WHERE t.active = 1 AND t.model = '' ORDER BY t.id, i.position"),
        {}, [&](const QSqlQuery& q) {
            demo::TemplateItem item;
            item.id = q.value(0).toLongLong();
            item.kind = q.value(1).toString().toStdString();
            item.position = q.value(2).toInt();
            item.title = q.value(3).toString().toStdString();
            item.required = q.value(4).toBool();
            item.requiresDocument = q.value(5).toBool();
            if (!q.value(6).isNull())
                item.priceCents = q.value(6).toLongLong();
            ids.templateItems.push_back(std::move(item));
        });
    if (!items)
        return std::unexpected(items.error());
    return ids;
}

// Query text of the first column, as a string.
QString pragmaValue(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

// Drops schema objects for the bulk load and returns their stored SQL, so that they are recreated
// exactly as the migrations wrote them: the search triggers (the search index is filled in one
// statement afterwards), the report cache's triggers (a new file has nothing cached) and the
// secondary indexes of the tables the generator fills (building an index once is much faster than
// updating it row by row).
std::vector<std::string> takeSchemaObjects(sqlite3* db, const char* type, const char* where)
{
    const std::string query = std::string("SELECT name, sql FROM sqlite_schema WHERE type = '") +
                              type + "' AND sql IS NOT NULL AND " + where + " ORDER BY rowid";
    std::vector<std::pair<std::string, std::string>> objects;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, query.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw demo::Failure{QString::fromUtf8(sqlite3_errmsg(db))};
    while (sqlite3_step(stmt) == SQLITE_ROW)
        objects.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                             reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    sqlite3_finalize(stmt);
    std::vector<std::string> definitions;
    for (const auto& [name, definition] : objects) {
        demo::execute(db, (std::string("DROP ") + type + " \"" + name + "\"").c_str());
        definitions.push_back(definition);
    }
    return definitions;
}

void generate(sqlite3* db, demo::ReferenceIds& ids, const QStringList& hashes,
              const demo::Calendar& calendar, const DemoOptions& options,
              const std::function<void(const QString&)>& progress, DemoSummary& summary)
{
    const auto report = [&](const QString& text) {
        if (progress)
            progress(text);
    };
    const std::vector<std::string> triggers = takeSchemaObjects(
        db, "trigger", "(sql LIKE '%customer_search%' OR name LIKE 'report_day_%')");
    const std::vector<std::string> indexes = takeSchemaObjects(
        db, "index",
        "tbl_name IN ('customers', 'consent_events', 'contact_persons', 'vehicles', 'leads', "
        "'stage_history', 'activities', 'tasks', 'visits', 'deals', 'deal_checklist_items', "
        "'audit_log')");

    report(Tr::tr("users"));
    demo::Statement user(db, "INSERT INTO users (login, display_name, role, password_hash, "
                             "email, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < std::size(kUsers); ++i) {
        const DemoUser& u = kUsers[i];
        const qint64 joined = calendar.at(0, 8 * 3600) + u.joinedDay * kDay;
        const qint64 id = user.text(u.login)
                              .text(u.name)
                              .text(u.role)
                              .text(hashes[static_cast<qsizetype>(i)].toStdString())
                              .text(std::string(u.login) + "@showroom.example")
                              .i64(joined)
                              .insert();
        if (i == 0)
            ids.admin = id;
        else if (i == 1)
            ids.manager = id;
        else if (i == 2)
            ids.reception = id;
        else {
            ids.consultants.push_back(id);
            ids.consultantsSince.push_back(joined);
        }
    }

    demo::Generator generator(db, ids, calendar, options.seed, progress);
    report(Tr::tr("vehicles"));
    generator.stockVehicles(std::max<qint64>(50, options.customers / 50));
    generator.customers(options.customers);
    report(Tr::tr("anonymous visits"));
    generator.anonymousVisits();
    summary = generator.summary();
    summary.users = static_cast<qint64>(std::size(kUsers));
    report(Tr::tr("indexes"));
    for (const std::string& definition : indexes)
        demo::execute(db, definition.c_str());
    // Set-based touches of what was loaded: after the indexes, since each one looks up a deal's
    // checklist items. Financed deals whose required loan items are all done went to the bank
    // the day after the last one (unless that day is still to come).
    demo::Statement send(db, "UPDATE deals SET bank_sent_by = consultant_id, "
                             "bank_sent_at = loan.done_at + 86400 "
                             "FROM (SELECT deal_id, max(done_at) AS done_at, "
                             "  sum(required = 1 AND status = 'open') AS missing "
                             "  FROM deal_checklist_items WHERE kind LIKE 'loan_%' "
                             "  GROUP BY deal_id) AS loan "
                             "WHERE loan.deal_id = deals.id AND deals.payment <> 'cash' "
                             "AND loan.missing = 0 AND loan.done_at + 86400 <= ?");
    send.i64(calendar.now()).insert();
    // The bank approved most of them 1 to 5 days after sending, every delivered one before the
    // handover; about one open deal in six still waits for the bank.
    demo::Statement approve(
        db, "UPDATE deals SET bank_approved_by = bank_sent_by, bank_approved_at = answer.at "
            "FROM (SELECT id, min(bank_sent_at + (1 + id % 4) * 86400 + (id * 7919) % 72000, "
            "      coalesce((bank_sent_at + delivered_at) / 2, bank_sent_at + 5 * 86400)) AS at "
            "  FROM deals WHERE bank_sent_at IS NOT NULL AND status <> 'cancelled' "
            "  AND (delivered_at > bank_sent_at OR (delivered_at IS NULL AND id % 6 <> 0))) "
            "  AS answer "
            "WHERE answer.id = deals.id AND answer.at <= ?");
    approve.i64(calendar.now()).insert();
    demo::execute(db, "UPDATE deals SET delivered_by = consultant_id WHERE status = 'delivered'");
    demo::execute(db, "UPDATE deal_checklist_items SET sales_argument = (SELECT t.sales_argument "
                      "FROM checklist_template_items t WHERE t.id = template_item_id) "
                      "WHERE kind = 'accessories'");

    report(Tr::tr("search index"));
    demo::execute(db, (std::string(kIndexCustomersStatement) + " ORDER BY c.id").c_str());
    demo::execute(db, "INSERT INTO customer_search (customer_search) VALUES ('optimize')");
    for (const std::string& definition : triggers)
        demo::execute(db, definition.c_str());

    const QJsonObject details{{QStringLiteral("seed"), QString::number(options.seed)},
                              {QStringLiteral("customers"), summary.customers},
                              {QStringLiteral("leads"), summary.leads},
                              {QStringLiteral("activities"), summary.activities},
                              {QStringLiteral("visits"), summary.visits},
                              {QStringLiteral("vehicles"), summary.vehicles},
                              {QStringLiteral("deals"), summary.deals}};
    demo::Statement audit(db, "INSERT INTO audit_log (at, user_id, action, entity, details) "
                              "VALUES (?, ?, 'demo.generate', 'database', ?)");
    audit.i64(calendar.now())
        .i64(ids.admin)
        .text(QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString())
        .insert();
    report(Tr::tr("saving"));
}
} // namespace

Result<DemoSummary> generateDemoData(Database& db, const DemoOptions& options,
                                     const std::function<void(const QString&)>& progress)
{
    if (options.customers < 0 || options.customers > kMaxCustomers)
        return fail(
            ErrorCode::InvalidInput,
            Tr::tr("The number of demo customers must be between 0 and %1.").arg(kMaxCustomers));
    auto existing = sql::scalar(db.sql(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM users) OR "
                                                         "EXISTS (SELECT 1 FROM customers)"));
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toBool())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 already holds users or customers. Demo data is only generated "
                           "into a new, empty database; the file was left untouched.")
                        .arg(db.path()));
    auto reference = loadReference(db.sql());
    if (!reference)
        return std::unexpected(reference.error());
    sqlite3* handle = nativeHandle(db.sql());
    if (!handle)
        return fail(ErrorCode::StorageFailure,
                    Tr::tr("Demo data can only be generated into an SQLite database."));

    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    QStringList hashes;
    for (size_t i = 0; i < std::size(kUsers); ++i) {
        auto hash = hasher.hash(QString::fromLatin1(kDemoPassword));
        if (!hash)
            return std::unexpected(hash.error());
        hashes << *hash;
    }

    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const demo::Calendar calendar(now.toSecsSinceEpoch(), kHistoryDays, 200);

    // Bulk-load settings for this connection, restored afterwards. A local file leaves WAL for
    // the load: the rows then go straight into the file instead of through a WAL just as large.
    const QString foreignKeys = pragmaValue(handle, "PRAGMA foreign_keys");
    const QString cacheSize = pragmaValue(handle, "PRAGMA cache_size");
    const QString threads = pragmaValue(handle, "PRAGMA threads");
    const QString journal = pragmaValue(handle, "PRAGMA journal_mode");
    sqlite3_exec(handle,
                 "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; PRAGMA threads = 2",
                 nullptr, nullptr, nullptr);
    if (journal == QLatin1String("wal"))
        sqlite3_exec(handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);

    DemoSummary summary;
    auto written = db.writeTransaction([&]() -> Result<void> {
        try {
            demo::ReferenceIds ids = *reference;
            generate(handle, ids, hashes, calendar, options, progress, summary);
        } catch (const demo::Failure& failure) {
            return fail(ErrorCode::StorageFailure,
                        Tr::tr("Generating the demo data failed: %1").arg(failure.message));
        }
        return {};
    });
    const std::string restore = "PRAGMA foreign_keys = " + foreignKeys.toStdString() +
                                "; PRAGMA cache_size = " + cacheSize.toStdString() +
                                "; PRAGMA threads = " + threads.toStdString() +
                                "; PRAGMA journal_mode = " + journal.toStdString();
    sqlite3_exec(handle, restore.c_str(), nullptr, nullptr, nullptr);
    if (!written)
        return std::unexpected(written.error());

    if (progress)
        progress(Tr::tr("statistics"));
    sqlite3_exec(handle, "PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA optimize;", nullptr,
                 nullptr, nullptr);
    return summary;
}

} // namespace showroom
