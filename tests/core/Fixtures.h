#pragma once

#include "Clock.h"
#include "domain/Lead.h"
#include "domain/User.h"
#include "services/CustomerService.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace showroom::test {

// A new database in a temporary folder with one user per role and a settable clock.
struct Fixture {
    explicit Fixture(StorageMode mode = StorageMode::Local);

    QString path() const { return dir.filePath(QStringLiteral("showroom.sqlite")); }
    ServiceContext context() { return ServiceContext{*db, clock, nullptr}; }
    // A second, independent connection to the same file: another desk.
    std::unique_ptr<Database> openAnotherDesk(int busyTimeoutMs = 5000);
    Customer addCustomer(const QString& first, const QString& last, const QString& phone,
                         const QString& email = {});
    // Changes a setting as the administrator (checked like in Settings).
    void setSetting(const QString& key, const QString& value);
    // Another consultant, e.g. for assignment rules.
    User addConsultant(const QString& login, const QString& name);

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    User admin, manager, reception, anna, ben;
};

// A lead draft for `customerId` from `sourceKey`, with or without a consultant.
NewLead newLead(qint64 customerId, const QString& sourceKey,
                std::optional<qint64> consultantId = std::nullopt);

// SHA-256 of a file, to prove a refused file was not written to.
QByteArray fileDigest(const QString& path);

// Runs SQL on the file through the sqlite3 C API, outside our storage layer.
void rawExec(const QString& path, const QString& sql);

} // namespace showroom::test
