#include "Fixtures.h"

#include "services/PasswordHasher.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace showroom::test {

Fixture::Fixture(StorageMode mode)
{
    auto created = Database::create(path(), mode);
    REQUIRE(created.has_value());
    db = std::move(*created);
    UserService users(context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    const auto make = [&](const QString& login, const QString& name, Role role) {
        auto user =
            users.createUser(admin, {login, name, role, QStringLiteral("secret-pass"), {}, {}});
        REQUIRE(user.has_value());
        return *user;
    };
    auto first = users.createFirstAdmin({QStringLiteral("admin"),
                                         QStringLiteral("Alex Admin"),
                                         Role::Admin,
                                         QStringLiteral("secret-pass"),
                                         {},
                                         {}});
    INFO((first ? QString() : first.error().message).toStdString());
    REQUIRE(first.has_value());
    admin = *first;
    manager = make(QStringLiteral("manager"), QStringLiteral("Maria Berger"), Role::Manager);
    reception = make(QStringLiteral("reception"), QStringLiteral("Rita Koch"), Role::Receptionist);
    anna = make(QStringLiteral("anna"), QStringLiteral("Anna Schmidt"), Role::Consultant);
    ben = make(QStringLiteral("ben"), QStringLiteral("Ben Walter"), Role::Consultant);
}

std::unique_ptr<Database> Fixture::openAnotherDesk(int busyTimeoutMs)
{
    auto other = Database::open(
        path(), OpenOptions{.integrity = IntegrityCheck::Skip, .busyTimeoutMs = busyTimeoutMs});
    REQUIRE(other.has_value());
    return std::move(*other);
}

Customer Fixture::addCustomer(const QString& first, const QString& last, const QString& phone,
                              const QString& email)
{
    Customer draft;
    draft.firstName = first;
    draft.lastName = last;
    draft.phone = phone;
    draft.email = email;
    auto added = CustomerService(context()).add(reception, draft);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.has_value());
    return *added;
}

void Fixture::setSetting(const QString& key, const QString& value)
{
    auto saved = SettingsService(context()).set(admin, key, value);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.has_value());
}

User Fixture::addConsultant(const QString& login, const QString& name)
{
    UserService users(context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    auto user = users.createUser(
        admin, {login, name, Role::Consultant, QStringLiteral("secret-pass"), {}, {}});
    INFO((user ? QString() : user.error().message).toStdString());
    REQUIRE(user.has_value());
    return *user;
}

NewLead newLead(qint64 customerId, const QString& sourceKey, std::optional<qint64> consultantId)
{
    NewLead draft;
    draft.customerId = customerId;
    draft.sourceKey = sourceKey;
    draft.consultantId = consultantId;
    return draft;
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString& path, const QString& sql)
{
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(handle);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace showroom::test
