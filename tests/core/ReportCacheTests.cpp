// The report's per-day cache (report_day_cache): a report read from cached days must equal the
// report computed from the events, after any kind of write, for every filter; deadlines still to
// come and damaged entries must not leave stale figures.

#include "Clock.h"
#include "reports/ReportJson.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/NativeHandle.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace showroom;

namespace {

const QString kDataset =
    QStringLiteral(SHOWROOM_TEST_DATA "/reports/week-crossing-month/input.sql");

struct CacheFixture {
    CacheFixture()
    {
        REQUIRE(dir.isValid());
        auto created =
            Database::create(dir.filePath(QStringLiteral("showroom.sqlite")), StorageMode::Local);
        REQUIRE(created.has_value());
        db = std::move(*created);
        QFile script(kDataset);
        REQUIRE(script.open(QIODevice::ReadOnly));
        char* message = nullptr;
        const int rc = sqlite3_exec(nativeHandle(db->sql()), script.readAll().constData(), nullptr,
                                    nullptr, &message);
        INFO((message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
        manager.id = 1;
        manager.login = QStringLiteral("manager");
        manager.role = Role::Manager;
    }

    qint64 scalar(const QString& statement)
    {
        auto value = sql::scalar(db->sql(), statement);
        INFO(statement.toStdString());
        REQUIRE(value.has_value());
        return value->toLongLong();
    }
    void exec(const QString& statement)
    {
        auto done = sql::exec(db->sql(), statement);
        INFO(statement.toStdString()
             << ": " << (done ? QString() : done.error().message).toStdString());
        REQUIRE(done.has_value());
    }

    QJsonObject report(const reports::ReportFilter& filter)
    {
        auto computed =
            reports::ReportService(ServiceContext{*db, clock, nullptr}).compute(manager, filter);
        INFO((computed ? QString() : computed.error().message).toStdString());
        REQUIRE(computed.has_value());
        QJsonObject json = reports::toJson(*computed);
        json.remove(QStringLiteral("generated_at"));
        return json;
    }

    // The report from whatever is cached, and the same report with nothing cached.
    std::pair<QJsonObject, QJsonObject> cachedAndFresh(const reports::ReportFilter& filter)
    {
        const QJsonObject cached = report(filter);
        exec(QStringLiteral("DELETE FROM report_day_cache"));
        return {cached, report(filter)};
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    User manager;
};

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

reports::ReportFilter wholeHistory()
{
    return {QDate(2026, 6, 1), QDate(2026, 11, 22), std::nullopt, std::nullopt};
}

} // namespace

TEST_CASE("cached report days equal the figures computed again after every kind of write",
          "[reports][cache]")
{
    CacheFixture c;
    std::vector<reports::ReportFilter> filters{wholeHistory(), wholeHistory(), wholeHistory()};
    filters[1].consultantId = c.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'ben'"));
    filters[2].sourceId = c.scalar(QStringLiteral("SELECT id FROM sources WHERE key = 'web_form'"));
    QJsonObject before = c.report(filters[0]);
    for (const auto& filter : filters)
        c.report(filter);
    REQUIRE(c.scalar(QStringLiteral("SELECT count(*) FROM report_day_cache")) > 0);

    // The lead with the most moves, and one of its moves in the middle.
    const QString busyLead = QStringLiteral(
        "(SELECT lead_id FROM stage_history GROUP BY lead_id ORDER BY count(*) DESC, lead_id "
        "LIMIT 1)");
    const std::vector<std::pair<const char*, QString>> writes{
        {"a move inserted three days before the lead's later moves",
         QStringLiteral("INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, "
                        "changed_at, from_entered_at) SELECT lead_id, from_stage_id, "
                        "to_stage_id, changed_at - 3 * 86400, changed_at - 3 * 86400 - 600 "
                        "FROM stage_history WHERE lead_id = %1 AND from_stage_id IS NOT NULL "
                        "ORDER BY changed_at LIMIT 1")
             .arg(busyLead)},
        {"the lead's earliest move deleted",
         QStringLiteral("DELETE FROM stage_history WHERE id = (SELECT id FROM stage_history "
                        "WHERE lead_id = %1 ORDER BY changed_at LIMIT 1)")
             .arg(busyLead)},
        {"a move 200 days earlier, out of the period",
         QStringLiteral("UPDATE stage_history SET changed_at = changed_at - 200 * 86400 "
                        "WHERE id = (SELECT max(id) FROM stage_history)")},
        {"a lead reassigned",
         QStringLiteral("UPDATE leads SET consultant_id = CASE consultant_id WHEN 3 THEN 2 "
                        "ELSE 3 END WHERE id = %1")
             .arg(busyLead)},
        {"a lead's source changed",
         QStringLiteral("UPDATE leads SET source_id = (SELECT id FROM sources WHERE key = "
                        "'web_form') WHERE id = (SELECT min(id) FROM leads WHERE source_id <> "
                        "(SELECT id FROM sources WHERE key = 'web_form'))")},
        {"a first response recorded in time",
         QStringLiteral("UPDATE leads SET first_response_at = response_due_at - 60, "
                        "first_response_minutes = 999 WHERE id = (SELECT max(id) FROM leads "
                        "WHERE first_response_at IS NULL AND response_due_at IS NOT NULL "
                        "AND consultant_id IS NOT NULL)")},
        {"a lost reason changed",
         QStringLiteral("UPDATE leads SET lost_reason_id = (SELECT max(id) FROM lost_reasons) "
                        "WHERE id = (SELECT max(id) FROM leads WHERE lost_status = 'approved')")},
        {"a walk-in added",
         QStringLiteral("INSERT INTO visits (arrived_at, purpose, first_visit, consultant_id, "
                        "customer_id, test_drive, created_at, channel) SELECT arrived_at + 600, "
                        "'new_car', 1, consultant_id, customer_id, 1, created_at, 'walk_in' "
                        "FROM visits WHERE id = (SELECT max(id) FROM visits "
                        "WHERE channel = 'walk_in')")},
        {"a visitor's phone number and email removed",
         QStringLiteral("UPDATE customers SET phone_e164 = NULL, email = '' WHERE id = "
                        "(SELECT customer_id FROM visits WHERE first_visit = 1 AND channel = "
                        "'walk_in' AND customer_id IN (SELECT id FROM customers WHERE "
                        "phone_e164 IS NOT NULL) ORDER BY id DESC LIMIT 1)")},
        {"an offer recorded",
         QStringLiteral("INSERT INTO activities (customer_id, lead_id, user_id, kind, "
                        "occurred_at, created_at) SELECT customer_id, id, consultant_id, 'offer', "
                        "created_at + 7200, created_at FROM leads WHERE id = (SELECT max(id) "
                        "FROM leads WHERE consultant_id IS NOT NULL)")},
        {"a follow-up done",
         QStringLiteral("UPDATE tasks SET done_at = due_at + 60 WHERE id = (SELECT max(id) "
                        "FROM tasks WHERE done_at IS NULL AND kind IN ('follow_up', "
                        "'call_back'))")},
        {"a deal cancelled",
         QStringLiteral("UPDATE deals SET status = 'cancelled' WHERE id = (SELECT max(id) FROM "
                        "deals WHERE status = 'open')")},
        {"a delivery moved after the period",
         QStringLiteral("UPDATE deals SET delivered_at = delivered_at + 200 * 86400 WHERE id = "
                        "(SELECT max(id) FROM deals WHERE status = 'delivered')")},
        {"an accessory sold",
         QStringLiteral("UPDATE deal_checklist_items SET status = 'sold' WHERE id = (SELECT "
                        "max(id) FROM deal_checklist_items WHERE kind = 'accessories' "
                        "AND status <> 'sold' AND deal_id IN (SELECT id FROM deals "
                        "WHERE status <> 'cancelled'))")},
    };
    for (const auto& [what, statement] : writes) {
        INFO(what);
        c.exec(statement);
        std::vector<QJsonObject> cached;
        for (const auto& filter : filters)
            cached.push_back(c.report(filter));
        c.exec(QStringLiteral("DELETE FROM report_day_cache"));
        for (std::size_t i = 0; i < filters.size(); ++i) {
            INFO("filter " << i);
            const QJsonObject fresh = c.report(filters[i]);
            INFO("cached: " << compact(cached[i]).toStdString());
            INFO("fresh:  " << compact(fresh).toStdString());
            CHECK(cached[i] == fresh);
            if (i == 0) {
                // Each write changes the figures, or the comparison would prove nothing.
                CHECK(fresh != before);
                before = fresh;
            }
        }
    }
}

TEST_CASE("a response deadline still to come keeps its day out of the cache", "[reports][cache]")
{
    CacheFixture c;
    const reports::ReportFilter filter = wholeHistory();
    const qint64 lead = c.scalar(QStringLiteral(
        "SELECT min(id) FROM leads WHERE consultant_id IS NOT NULL AND created_at < 1795000000"));
    const qint64 due = c.clock.now().toSecsSinceEpoch() + 3600;
    c.exec(QStringLiteral("UPDATE leads SET first_response_at = NULL, first_response_minutes = "
                          "NULL, response_due_at = %1 WHERE id = %2")
               .arg(due)
               .arg(lead));
    const auto breaches = [](const QJsonObject& report) {
        int sum = 0;
        for (const QJsonValue& row : report.value(QStringLiteral("consultants")).toArray())
            sum += row.toObject().value(QStringLiteral("response_breaches")).toInt();
        return sum;
    };
    const int early = breaches(c.report(filter));
    c.clock.advanceSecs(2 * 3600);
    const QJsonObject later = c.report(filter);
    CHECK(breaches(later) == early + 1);
    const auto [cached, fresh] = c.cachedAndFresh(filter);
    CHECK(cached == fresh);
    CHECK(later == fresh);
}

TEST_CASE("a damaged or foreign cache entry is computed again", "[reports][cache]")
{
    CacheFixture c;
    const reports::ReportFilter filter = wholeHistory();
    const QJsonObject expected = c.report(filter);
    REQUIRE(c.scalar(QStringLiteral("SELECT count(*) FROM report_day_cache")) > 0);

    c.exec(QStringLiteral("UPDATE report_day_cache SET figures = x'01ff'"));
    CHECK(c.report(filter) == expected);
    c.exec(QStringLiteral("UPDATE report_day_cache SET context = 'Mars/Olympus'"));
    CHECK(c.report(filter) == expected);

    // A cached day is read as it is: one day's figures written over every other day's show.
    c.exec(QStringLiteral("UPDATE report_day_cache SET figures = (SELECT figures FROM "
                          "report_day_cache ORDER BY length(figures) DESC LIMIT 1)"));
    CHECK(c.report(filter) != expected);
}
