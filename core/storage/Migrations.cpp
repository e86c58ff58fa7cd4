#include "Migrations.h"

#include "Database.h"
#include "NativeHandle.h"
#include "Sql.h"
#include "storage/MigrationScripts.h"

#include <sqlite3.h>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

struct Migration {
    int version;
    const char* script;
};

constexpr Migration kMigrations[] = {
    {1, migration_scripts::k001_initial},
    {2, migration_scripts::k002_reference_data},
    {3, migration_scripts::k003_visits_and_merging},
    {4, migration_scripts::k004_pipeline_rules},
    {5, migration_scripts::k005_deals},
    {6, migration_scripts::k006_reports},
    {7, migration_scripts::k007_report_indexes},
    {8, migration_scripts::k008_report_day_cache},
    {9, migration_scripts::k009_lead_intake},
    {10, migration_scripts::k010_intake_channels},
};

Result<void> runScript(Database& db, const char* script, int version)
{
    sqlite3* handle = nativeHandle(db.sql());
    if (!handle)
        return fail(ErrorCode::StorageFailure, Tr::tr("The SQLite driver is not available."));
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, script, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const int primary = rc & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return fail(ErrorCode::Busy, Tr::tr("The database is busy: another desk is saving."));
        return fail(
            ErrorCode::StorageFailure,
            Tr::tr("Upgrading the database to version %1 failed: %2").arg(version).arg(text));
    }
    return {};
}
} // namespace

int latestSchemaVersion()
{
    return std::end(kMigrations)[-1].version;
}

Result<void> applyMigrations(Database& db, int fromVersion)
{
    for (const Migration& migration : kMigrations) {
        if (migration.version <= fromVersion)
            continue;
        auto applied = db.writeTransaction([&]() -> Result<void> {
            if (auto ran = runScript(db, migration.script, migration.version); !ran)
                return ran;
            auto bumped = sql::exec(
                db.sql(), QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            if (!bumped)
                return std::unexpected(bumped.error());
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace showroom
