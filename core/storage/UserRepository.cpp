#include "UserRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kColumns = QStringLiteral(
    "id, login, display_name, role, email, language, active, on_duty, busy, assignment_weight, "
    "created_at, version, password_hash");

User readUser(const QSqlQuery& q)
{
    User user;
    user.id = q.value(0).toLongLong();
    user.login = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.role = roleFromKey(q.value(3).toString()).value_or(Role::Receptionist);
    user.email = q.value(4).toString();
    user.language = q.value(5).toString();
    user.active = q.value(6).toBool();
    user.onDuty = q.value(7).toBool();
    user.busy = q.value(8).toBool();
    user.assignmentWeight = q.value(9).toInt();
    user.createdAt = values::dateTime(q.value(10));
    user.version = q.value(11).toInt();
    return user;
}
} // namespace

Result<qint64> UserRepository::insert(const User& user, const QString& passwordHash)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                       "email, language, active, on_duty, busy, assignment_weight, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.login, user.displayName, roleKey(user.role), passwordHash, user.email, user.language,
         user.active, user.onDuty, user.busy, user.assignmentWeight,
         values::epoch(user.createdAt)});
}

Result<std::pair<User, QString>> UserRepository::byLoginWithHash(const QString& login)
{
    std::optional<std::pair<User, QString>> found;
    auto ok = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(kColumns), {login},
        [&](const QSqlQuery& q) { found.emplace(readUser(q), q.value(12).toString()); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no user %1.").arg(login));
    return *found;
}

Result<User> UserRepository::byId(qint64 id)
{
    std::optional<User> found;
    auto ok = sql::select(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns),
                          {id}, [&](const QSqlQuery& q) { found = readUser(q); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no user #%1.").arg(id));
    return *found;
}

Result<std::vector<User>> UserRepository::all()
{
    std::vector<User> users;
    auto ok = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM users ORDER BY display_name").arg(kColumns), {},
        [&](const QSqlQuery& q) { users.push_back(readUser(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return users;
}

Result<qint64> UserRepository::count()
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users"));
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

Result<int> UserRepository::update(const User& user)
{
    return versionedUpdate(
        m_db, QStringLiteral("users"), user.id, user.version,
        QStringLiteral("display_name = ?, role = ?, email = ?, language = ?, "
                       "active = ?, on_duty = ?, busy = ?, assignment_weight = ?"),
        {user.displayName, roleKey(user.role), user.email, user.language, user.active, user.onDuty,
         user.busy, user.assignmentWeight},
        [&] { return Tr::tr("User %1").arg(user.login); });
}

Result<int> UserRepository::setPasswordHash(qint64 id, int expectedVersion, const QString& hash)
{
    return versionedUpdate(m_db, QStringLiteral("users"), id, expectedVersion,
                           QStringLiteral("password_hash = ?"), {hash},
                           [&] { return Tr::tr("User #%1").arg(id); });
}

} // namespace showroom
