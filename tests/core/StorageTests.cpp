#include "Fixtures.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
QString pragma(Database& db, const QString& name)
{
    auto value = sql::scalar(db.sql(), QStringLiteral("PRAGMA %1").arg(name));
    REQUIRE(value.has_value());
    return value->toString();
}

qint64 count(Database& db, const QString& table)
{
    auto value = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(value.has_value());
    return value->toLongLong();
}
} // namespace

TEST_CASE("a local database uses WAL with synchronous=NORMAL", "[storage]")
{
    Fixture f(StorageMode::Local);
    CHECK(pragma(*f.db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(*f.db, QStringLiteral("synchronous")) == QStringLiteral("1"));
    CHECK(pragma(*f.db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(*f.db, QStringLiteral("application_id")).toInt() == Database::ApplicationId);
    CHECK(pragma(*f.db, QStringLiteral("user_version")).toInt() == latestSchemaVersion());
}

TEST_CASE(
    "a shared database uses a rollback journal with synchronous=FULL, and every desk opens it so",
    "[storage]")
{
    Fixture f(StorageMode::Shared);
    CHECK(pragma(*f.db, QStringLiteral("journal_mode")) == QStringLiteral("delete"));
    CHECK(pragma(*f.db, QStringLiteral("synchronous")) == QStringLiteral("2"));
    CHECK(pragma(*f.db, QStringLiteral("busy_timeout")).toInt() > 0);

    auto desk = f.openAnotherDesk();
    CHECK(desk->mode() == StorageMode::Shared);
    CHECK(pragma(*desk, QStringLiteral("journal_mode")) == QStringLiteral("delete"));
    CHECK(pragma(*desk, QStringLiteral("synchronous")) == QStringLiteral("2"));
}

TEST_CASE("the schema has the default stages, sources and lost reasons", "[storage]")
{
    Fixture f;
    CHECK(count(*f.db, QStringLiteral("stages")) == 8);
    CHECK(count(*f.db, QStringLiteral("sources")) == 7);
    CHECK(count(*f.db, QStringLiteral("lost_reasons")) >= 9);
    auto won =
        sql::scalar(f.db->sql(), QStringLiteral("SELECT kind FROM stages WHERE key = 'won'"));
    CHECK(won->toString() == QStringLiteral("won"));
}

TEST_CASE("create refuses to overwrite an existing file", "[storage]")
{
    Fixture f;
    f.db.reset();
    const QByteArray before = fileDigest(f.path());
    auto again = Database::create(f.path(), StorageMode::Local);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Duplicate);
    CHECK(fileDigest(f.path()) == before);
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are my notes, not a database.\n").repeated(100));
    file.close();
    const QByteArray before = fileDigest(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::ForeignDatabase);
    CHECK(opened.error().message.contains(path));
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(Database::openOrCreate(path, StorageMode::Local).has_value());
    CHECK(fileDigest(path) == before);
}

TEST_CASE("another program's SQLite database is refused and never written", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawExec(path, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                                 "INSERT INTO invoices VALUES (1, 99.5);"));
    const QByteArray before = fileDigest(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::ForeignDatabase);
    CHECK(fileDigest(path) == before);
}

TEST_CASE("a database from a newer Showroom is refused and never written", "[storage]")
{
    Fixture f;
    f.db.reset();
    rawExec(f.path(), QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 7));
    const QByteArray before = fileDigest(f.path());

    auto opened = Database::open(f.path());
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(opened.error().message.contains(QString::number(latestSchemaVersion() + 7)));
    CHECK(fileDigest(f.path()) == before);
}

TEST_CASE("a damaged database fails quick_check and is refused", "[storage]")
{
    Fixture f(StorageMode::Shared); // rollback journal: every page is in the main file
    for (int i = 0; i < 300; ++i)
        f.addCustomer(QStringLiteral("Anna%1").arg(i), QStringLiteral("Berg"),
                      QStringLiteral("+49 151 2%1").arg(1000000 + i, 7, 10, QLatin1Char('0')));
    f.db.reset();
    {
        QFile file(f.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 40 * 4096);
        // Scribble over index and table pages in the middle of the file, keeping the header.
        for (qint64 offset = 8 * 4096; offset < size - 4096; offset += 3 * 4096) {
            file.seek(offset + 100);
            file.write(QByteArray(600, '\x5a'));
        }
    }
    const QByteArray before = fileDigest(f.path());
    auto opened = Database::open(f.path());
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::CorruptDatabase);
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().message.contains(f.path()));
    CHECK(fileDigest(f.path()) == before);

    SECTION("Always checks any file; Auto checks large files before a schema upgrade")
    {
        const OpenOptions always{.integrity = IntegrityCheck::Always, .autoCheckMaxBytes = 1};
        auto checked = Database::open(f.path(), always);
        REQUIRE_FALSE(checked.has_value());
        CHECK(checked.error().code == ErrorCode::CorruptDatabase);

        rawExec(f.path(), QStringLiteral("PRAGMA user_version = 1"));
        const QByteArray oldSchema = fileDigest(f.path());
        const OpenOptions autoLarge{.integrity = IntegrityCheck::Auto, .autoCheckMaxBytes = 1};
        auto upgrade = Database::open(f.path(), autoLarge);
        REQUIRE_FALSE(upgrade.has_value());
        CHECK(upgrade.error().code == ErrorCode::CorruptDatabase);
        CHECK(fileDigest(f.path()) == oldSchema);
    }
}

TEST_CASE("an older schema is upgraded by the numbered migrations", "[storage]")
{
    Fixture f;
    f.db.reset();
    // Turn the file back into a version-1 database: no reference data, no visit channel, none of
    // the pipeline rules' columns yet.
    rawExec(f.path(),
            QStringLiteral(
                "DELETE FROM checklist_template_items; DELETE FROM checklist_templates;"
                "DELETE FROM settings; DELETE FROM lost_reasons; DELETE FROM stages;"
                "DELETE FROM sources; DROP INDEX visits_lead; DROP INDEX tasks_customer;"
                "DROP INDEX customers_merged_into;"
                // 009
                "DROP TABLE lead_imports;"
                // 008
                "DROP TABLE report_day_cache; DROP TABLE report_day_versions;"
                "DROP TRIGGER report_day_visit_insert; DROP TRIGGER report_day_visit_update;"
                "DROP TRIGGER report_day_visit_delete; DROP TRIGGER report_day_customer_contact;"
                "DROP TRIGGER report_day_lead_insert; DROP TRIGGER report_day_lead_update;"
                "DROP TRIGGER report_day_lead_owner; DROP TRIGGER report_day_lead_delete;"
                "DROP TRIGGER report_day_move_insert; DROP TRIGGER report_day_move_update;"
                "DROP TRIGGER report_day_move_delete; DROP TRIGGER report_day_activity_insert;"
                "DROP TRIGGER report_day_activity_update;"
                "DROP TRIGGER report_day_activity_delete; DROP TRIGGER report_day_task_insert;"
                "DROP TRIGGER report_day_task_update; DROP TRIGGER report_day_task_delete;"
                "DROP TRIGGER report_day_deal_insert; DROP TRIGGER report_day_deal_update;"
                "DROP TRIGGER report_day_deal_delete; DROP TRIGGER report_day_accessory_insert;"
                "DROP TRIGGER report_day_accessory_update;"
                "DROP TRIGGER report_day_accessory_delete;"
                // 007
                "DROP INDEX customers_contact; DROP INDEX visits_arrived;"
                "CREATE INDEX visits_arrived ON visits(arrived_at);"
                // 006
                "DROP TRIGGER stage_history_from_entered; DROP INDEX stage_history_report;"
                "DROP INDEX deals_bank_sent; DROP INDEX deals_bank_approved;"
                "DROP INDEX activities_kind; DROP INDEX tasks_due; DROP INDEX leads_lost_closed;"
                "ALTER TABLE stage_history DROP COLUMN from_entered_at;"
                "ALTER TABLE deals DROP COLUMN bank_approved_at;"
                "ALTER TABLE deals DROP COLUMN bank_approved_by;"
                // 005
                "DROP TABLE test_drive_bookings; DROP TABLE accessory_reasons;"
                "DROP INDEX deals_vehicle; DROP INDEX vehicles_stock;"
                "DROP TABLE vehicle_search; DROP INDEX deals_delivered;"
                "DROP INDEX deal_checklist_items_progress;"
                "DROP TRIGGER vehicle_search_insert; DROP TRIGGER vehicle_search_update;"
                "DROP TRIGGER vehicle_search_delete;"
                "ALTER TABLE deals DROP COLUMN factory_order;"
                "ALTER TABLE deals DROP COLUMN ordered_vehicle;"
                "ALTER TABLE deals DROP COLUMN trade_in_make;"
                "ALTER TABLE deals DROP COLUMN trade_in_model;"
                "ALTER TABLE deals DROP COLUMN trade_in_year;"
                "ALTER TABLE deals DROP COLUMN trade_in_mileage_km;"
                "ALTER TABLE deals DROP COLUMN offer_valid_until;"
                "ALTER TABLE deals DROP COLUMN bank_sent_at;"
                "ALTER TABLE deals DROP COLUMN bank_sent_by;"
                "ALTER TABLE deals DROP COLUMN delivered_by;"
                "ALTER TABLE deals DROP COLUMN notes;"
                "ALTER TABLE checklist_template_items DROP COLUMN due_days_before;"
                "ALTER TABLE checklist_template_items DROP COLUMN due_days_after_signing;"
                "ALTER TABLE deal_checklist_items DROP COLUMN sales_argument;"
                "ALTER TABLE deal_checklist_items DROP COLUMN note;"
                // 004
                "DROP TABLE assignment_state; DROP INDEX notifications_rule;"
                "DROP INDEX notifications_unread; DROP INDEX leads_closed;"
                "DROP INDEX tasks_appointments;"
                "ALTER TABLE notifications DROP COLUMN details;"
                "ALTER TABLE notifications DROP COLUMN rule_key;"
                "ALTER TABLE sources DROP COLUMN assignment_mode;"
                "ALTER TABLE lost_reasons DROP COLUMN needs_comment;"
                "ALTER TABLE leads DROP COLUMN response_reminded_at;"
                "ALTER TABLE leads DROP COLUMN response_escalated_at;"
                "ALTER TABLE leads DROP COLUMN first_response_minutes;"
                "ALTER TABLE leads DROP COLUMN lost_return_note;"
                "ALTER TABLE visits DROP COLUMN channel; PRAGMA user_version = 1;"));
    auto opened = Database::open(f.path());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.has_value());
    CHECK((*opened)->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(**opened, QStringLiteral("user_version")).toInt() == latestSchemaVersion());
    CHECK(count(**opened, QStringLiteral("stages")) == 8);
    CHECK(count(**opened, QStringLiteral("users")) == 5); // existing data kept
}

TEST_CASE("an empty file becomes a new database", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    auto opened = Database::openOrCreate(path, StorageMode::Shared);
    REQUIRE(opened.has_value());
    CHECK((*opened)->mode() == StorageMode::Shared);
    CHECK(count(**opened, QStringLiteral("stages")) == 8);
}

TEST_CASE("backup writes a complete, openable copy and replaces an older backup", "[storage]")
{
    Fixture f;
    f.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                  QStringLiteral("0151 23456789"));
    const QString target = f.dir.filePath(QStringLiteral("backup.sqlite"));
    QFile old(target);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("an old backup");
    old.close();

    REQUIRE(backupDatabase(*f.db, target).has_value());
    auto copy = Database::open(target);
    REQUIRE(copy.has_value());
    CHECK(count(**copy, QStringLiteral("customers")) == 1);
    CHECK(count(**copy, QStringLiteral("users")) == 5);
    CHECK(QDir(f.dir.path())
              .entryList({QStringLiteral("*.partial-*")}, QDir::Hidden | QDir::Files)
              .isEmpty());

    auto missingFolder =
        backupDatabase(*f.db, f.dir.filePath(QStringLiteral("no/such/dir/b.sqlite")));
    REQUIRE_FALSE(missingFolder.has_value());
    CHECK(missingFolder.error().code == ErrorCode::Io);
    CHECK_FALSE(backupDatabase(*f.db, f.path()).has_value());
}
