#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace showroom {

// local: one desk, WAL journal. shared: a file on a network share used by several desks, where
// WAL cannot work, so a rollback journal with short BEGIN IMMEDIATE write transactions.
enum class StorageMode { Local, Shared };

QString storageModeName(StorageMode mode);
std::optional<StorageMode> storageModeFromName(const QString& name);

// PRAGMA quick_check reads every page: about 1.4 s per GiB. Auto runs it on open for files up to
// kAutoIntegrityCheckBytes (about 90,000 customers, under 0.3 s) and always before a schema
// upgrade; larger files are checked with `showroom-cli check`, and damage met while working is
// reported as CorruptDatabase with the write rolled back.
enum class IntegrityCheck { Auto, Always, Skip };
inline constexpr qint64 kAutoIntegrityCheckBytes = 192LL * 1024 * 1024;

struct OpenOptions {
    IntegrityCheck integrity = IntegrityCheck::Auto;
    qint64 autoCheckMaxBytes = kAutoIntegrityCheckBytes;
    int busyTimeoutMs = 5000;
};

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 ApplicationId = 0x53524d31; // "SRM1"

    // Creates a new database file; refuses when `path` already holds data.
    static Result<std::unique_ptr<Database>> create(const QString& path, StorageMode mode);
    // Opens an existing database: validates it read-only first, then upgrades its schema.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenOptions options = {});
    static Result<std::unique_ptr<Database>>
    openOrCreate(const QString& path, StorageMode modeIfNew, OpenOptions options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_sql; }
    const QString& path() const { return m_path; }
    StorageMode mode() const { return m_mode; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT. When the file is busy (another desk is
    // writing), the whole unit is rolled back and retried with backoff. Nested calls join the
    // outer transaction. Because of the retry, `work` may run more than once: it must not change
    // state it captured from outside (copy it, then change the copy).
    Result<void> writeTransaction(const std::function<Result<void>()>& work);

    // Runs `work` as a write and then undoes it: what it would do, with nothing written (dry
    // runs). Nested write() calls inside join it.
    Result<void> rehearse(const std::function<Result<void>()>& work);

    template <typename Work> auto write(Work&& work) -> decltype(work())
    {
        using R = decltype(work());
        std::optional<R> out;
        auto status = writeTransaction([&]() -> Result<void> {
            out.emplace(work());
            if (!*out)
                return std::unexpected(out->error());
            return {};
        });
        if (!status)
            return std::unexpected(status.error());
        return std::move(*out);
    }

private:
    Database(QString path, QString connectionName);
    Result<void> configure(StorageMode mode, int busyTimeoutMs);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_sql;
    StorageMode m_mode = StorageMode::Local;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    int m_maxWriteAttempts = 8;
};

} // namespace showroom
