#include "Database.h"

#include "Migrations.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

namespace showroom {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("showroom-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<QSqlDatabase> openConnection(const QString& name, const QString& path, bool readOnly,
                                    int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return std::unexpected(sql::toError(db.lastError()));
    return db;
}

// Looks at the first bytes without SQLite, so that a foreign file is refused before any driver
// touches it.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

struct TrDatabase {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

Result<void> quickCheck(QSqlDatabase& db, const QString& path)
{
    QStringList problems;
    auto checked = sql::select(db, QStringLiteral("PRAGMA quick_check(20)"), {},
                               [&](const QSqlQuery& row) { problems << row.value(0).toString(); });
    if (!checked) {
        if (checked.error().code == ErrorCode::Busy)
            return checked;
        return fail(ErrorCode::CorruptDatabase,
                    TrDatabase::tr("%1 is damaged and was not opened: %2")
                        .arg(path, checked.error().message));
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return fail(ErrorCode::CorruptDatabase,
                TrDatabase::tr("%1 is damaged and was not opened (integrity check: %2). Restore it "
                               "from a backup.")
                    .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
}

struct FileFacts {
    qint32 applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    std::optional<StorageMode> mode;
};

// Reads what kind of file this is through a read-only connection, so that nothing is written to
// a file we have not recognised; runs quick_check as `options` asks.
Result<FileFacts> inspectFile(const QString& path, qint64 size, const OpenOptions& options)
{
    const QString name = nextConnectionName();
    Result<FileFacts> result = [&]() -> Result<FileFacts> {
        auto connection = openConnection(name, path, true, options.busyTimeoutMs);
        if (!connection)
            return std::unexpected(connection.error());
        QSqlDatabase& db = *connection;
        FileFacts facts;
        auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
        if (!appId)
            return std::unexpected(appId.error());
        auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!version)
            return std::unexpected(version.error());
        auto objects = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!objects)
            return std::unexpected(objects.error());
        facts.applicationId = appId->toInt();
        facts.userVersion = version->toInt();
        facts.objectCount = objects->toInt();
        if (facts.applicationId != Database::ApplicationId)
            return facts;

        const bool upgrade = facts.userVersion < latestSchemaVersion();
        const bool check = options.integrity == IntegrityCheck::Always ||
                           (options.integrity == IntegrityCheck::Auto &&
                            (upgrade || size <= options.autoCheckMaxBytes));
        if (check) {
            if (auto healthy = quickCheck(db, path); !healthy)
                return std::unexpected(healthy.error());
        }
        if (facts.userVersion >= 1) {
            auto mode = sql::scalar(
                db, QStringLiteral("SELECT value FROM meta WHERE key = 'storage_mode'"));
            if (!mode)
                return std::unexpected(mode.error());
            if (mode->isValid())
                facts.mode = storageModeFromName(mode->toString());
        }
        return facts;
    }();
    sql::forgetStatements(name);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    // Damage may already show while reading the schema: name the file like the check does.
    if (!result && result.error().code == ErrorCode::CorruptDatabase &&
        !result.error().message.contains(path))
        return fail(ErrorCode::CorruptDatabase,
                    TrDatabase::tr("%1 is damaged and was not opened: %2")
                        .arg(path, result.error().message));
    return result;
}

} // namespace

QString storageModeName(StorageMode mode)
{
    return mode == StorageMode::Shared ? QStringLiteral("shared") : QStringLiteral("local");
}

std::optional<StorageMode> storageModeFromName(const QString& name)
{
    if (name == QLatin1String("local"))
        return StorageMode::Local;
    if (name == QLatin1String("shared"))
        return StorageMode::Shared;
    return std::nullopt;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    sql::forgetStatements(m_connectionName);
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, StorageMode mode)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return fail(ErrorCode::Duplicate,
                    tr("A file already exists at %1; it was left untouched.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName()));
    auto connection = openConnection(db->m_connectionName, db->m_path, false, 5000);
    if (!connection)
        return std::unexpected(connection.error());
    db->m_sql = *connection;
    if (auto configured = db->configure(mode, 5000); !configured)
        return std::unexpected(configured.error());
    if (auto stamped =
            sql::exec(db->m_sql, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        !stamped)
        return std::unexpected(stamped.error());
    if (auto migrated = applyMigrations(*db, 0); !migrated)
        return std::unexpected(migrated.error());
    auto recorded = db->writeTransaction([&]() -> Result<void> {
        auto inserted = sql::exec(db->m_sql,
                                  QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                                 "('storage_mode', ?), ('created_by', ?)"),
                                  {storageModeName(mode), QStringLiteral(PROJECT_VERSION_STRING)});
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    db->m_schemaVersion = latestSchemaVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenOptions options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("There is no database at %1.").arg(path));
    if (info.size() > 0 && !hasSqliteHeader(path))
        return fail(ErrorCode::ForeignDatabase,
                    tr("%1 is not a Showroom database (it is not an SQLite file). "
                       "It was left untouched.")
                        .arg(path));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName()));
    auto inspected = inspectFile(db->m_path, info.size(), options);
    if (!inspected)
        return std::unexpected(inspected.error());
    const FileFacts facts = *inspected;

    const bool emptySqliteFile =
        facts.applicationId == 0 && facts.userVersion == 0 && facts.objectCount == 0;
    if (facts.applicationId != ApplicationId && !emptySqliteFile)
        return fail(
            ErrorCode::ForeignDatabase,
            tr("%1 belongs to another program, not Showroom. It was left untouched.").arg(path));
    if (facts.userVersion > latestSchemaVersion())
        return fail(ErrorCode::NewerSchema,
                    tr("%1 was written by a newer Showroom (database version %2; this version "
                       "understands up to %3). Please update Showroom. The file was left "
                       "untouched.")
                        .arg(path)
                        .arg(facts.userVersion)
                        .arg(latestSchemaVersion()));

    // A schema without a recorded mode is treated as shared: safe on every kind of disk.
    const StorageMode mode = facts.mode.value_or(StorageMode::Shared);
    auto connection =
        openConnection(db->m_connectionName, db->m_path, false, options.busyTimeoutMs);
    if (!connection)
        return std::unexpected(connection.error());
    db->m_sql = *connection;
    if (auto configured = db->configure(mode, options.busyTimeoutMs); !configured)
        return std::unexpected(configured.error());

    if (facts.userVersion < latestSchemaVersion()) {
        if (emptySqliteFile) {
            if (auto stamped = sql::exec(
                    db->m_sql, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
                !stamped)
                return std::unexpected(stamped.error());
        }
        if (auto migrated = applyMigrations(*db, facts.userVersion); !migrated)
            return std::unexpected(migrated.error());
        if (!facts.mode) {
            auto recorded = sql::exec(db->m_sql,
                                      QStringLiteral("INSERT OR IGNORE INTO meta (key, value) "
                                                     "VALUES ('storage_mode', ?)"),
                                      {storageModeName(mode)});
            if (!recorded)
                return std::unexpected(recorded.error());
        }
    }
    db->m_schemaVersion = latestSchemaVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::openOrCreate(const QString& path, StorageMode modeIfNew,
                                                         OpenOptions options)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return create(path, modeIfNew);
    return open(path, options);
}

Result<void> Database::configure(StorageMode mode, int busyTimeoutMs)
{
    m_mode = mode;
    const bool shared = mode == StorageMode::Shared;
    const QString statements[] = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"),
        shared ? QStringLiteral("PRAGMA synchronous = FULL")
               : QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString& statement : statements) {
        if (auto done = sql::exec(m_sql, statement); !done)
            return std::unexpected(done.error());
    }
    const QString wanted = shared ? QStringLiteral("delete") : QStringLiteral("wal");
    auto journal = sql::scalar(m_sql, QStringLiteral("PRAGMA journal_mode = %1").arg(wanted));
    if (!journal)
        return std::unexpected(journal.error());
    if (journal->toString().toLower() != wanted)
        return fail(ErrorCode::StorageFailure,
                    tr("Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom "
                       "on the other desks and try again.")
                        .arg(m_path, wanted, journal->toString()));
    return {};
}

Result<void> Database::writeTransaction(const std::function<Result<void>()>& work)
{
    if (m_transactionDepth > 0)
        return work();

    for (int attempt = 1;; ++attempt) {
        Error error;
        if (auto begun = sql::exec(m_sql, QStringLiteral("BEGIN IMMEDIATE")); !begun) {
            error = begun.error();
        } else {
            ++m_transactionDepth;
            Result<void> result = work();
            --m_transactionDepth;
            if (result) {
                auto committed = sql::exec(m_sql, QStringLiteral("COMMIT"));
                if (committed)
                    return {};
                error = committed.error();
            } else {
                error = result.error();
            }
            (void)sql::exec(m_sql, QStringLiteral("ROLLBACK"));
        }
        if (error.code != ErrorCode::Busy || attempt >= m_maxWriteAttempts)
            return std::unexpected(error);
        const int backoffMs = std::min(20 << attempt, 500);
        QThread::msleep(backoffMs + QRandomGenerator::global()->bounded(backoffMs));
    }
}

Result<void> Database::rehearse(const std::function<Result<void>()>& work)
{
    if (auto begun = sql::exec(m_sql, QStringLiteral("SAVEPOINT rehearsal")); !begun)
        return std::unexpected(begun.error());
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    (void)sql::exec(m_sql, QStringLiteral("ROLLBACK TO rehearsal"));
    (void)sql::exec(m_sql, QStringLiteral("RELEASE rehearsal"));
    return result;
}

} // namespace showroom
