#include "UserService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace showroom {

Result<User> UserService::insertUser(const User* actor, const NewUser& draft)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(draft.login).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or "
                       "underscores.")
                        .arg(draft.login));
    if (draft.password.size() < 8)
        return fail(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."));
    auto hash = m_hasher.hash(draft.password);
    if (!hash)
        return std::unexpected(hash.error());

    User user;
    user.login = draft.login;
    user.displayName = draft.displayName.isEmpty() ? draft.login : draft.displayName;
    user.role = draft.role;
    user.email = draft.email;
    user.language = draft.language;
    user.createdAt = m_context.clock.now();

    auto created = m_context.db.write([&]() -> Result<User> {
        UserRepository users(m_context.db.sql());
        if (!actor) {
            auto count = users.count();
            if (!count)
                return std::unexpected(count.error());
            if (*count > 0)
                return fail(ErrorCode::PermissionDenied,
                            tr("This database already has users; sign in as an administrator."));
        }
        if (users.byLoginWithHash(user.login))
            return fail(ErrorCode::Duplicate, tr("The login “%1” is taken.").arg(user.login));
        auto id = users.insert(user, *hash);
        if (!id)
            return std::unexpected(id.error());
        User created = user; // the work may be retried: leave the captured draft as it was
        created.id = *id;
        if (auto logged = audit(m_context, actor ? actor : &created, QStringLiteral("user.create"),
                                QStringLiteral("users"), created.id,
                                {{QStringLiteral("login"), created.login},
                                 {QStringLiteral("role"), roleKey(created.role)}});
            !logged)
            return std::unexpected(logged.error());
        return created;
    });
    if (created && m_context.changes)
        Q_EMIT m_context.changes->userChanged(created->id);
    return created;
}

Result<User> UserService::createFirstAdmin(const NewUser& admin)
{
    NewUser draft = admin;
    draft.role = Role::Admin;
    return insertUser(nullptr, draft);
}

Result<User> UserService::createUser(const User& actor, const NewUser& user)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    return insertUser(&actor, user);
}

Result<User> UserService::authenticate(const QString& login, const QString& password)
{
    auto found = UserRepository(m_context.db.sql()).byLoginWithHash(login.trimmed());
    const auto refused = [] {
        return fail(ErrorCode::AuthenticationFailed, tr("Wrong login or password."));
    };
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return refused();
        return std::unexpected(found.error());
    }
    if (!m_hasher.verify(password, found->second))
        return refused();
    if (!found->first.active)
        return fail(ErrorCode::AuthenticationFailed,
                    tr("The account %1 is deactivated. Ask an administrator.").arg(login));
    return found->first;
}

Result<void> UserService::changePassword(const User& actor, qint64 userId,
                                         const QString& newPassword)
{
    if (actor.id != userId) {
        if (auto allowed = require(actor, Permission::ManageUsers); !allowed)
            return allowed;
    }
    if (newPassword.size() < 8)
        return fail(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."));
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return std::unexpected(hash.error());
    return m_context.db.writeTransaction([&]() -> Result<void> {
        UserRepository users(m_context.db.sql());
        auto user = users.byId(userId);
        if (!user)
            return std::unexpected(user.error());
        if (auto saved = users.setPasswordHash(userId, user->version, *hash); !saved)
            return std::unexpected(saved.error());
        return audit(m_context, &actor, QStringLiteral("user.password"), QStringLiteral("users"),
                     userId);
    });
}

Result<User> UserService::setAvailability(const User& actor, qint64 userId, bool onDuty, bool busy)
{
    if (actor.id != userId) {
        if (auto allowed = require(actor, Permission::AssignLeads); !allowed)
            return std::unexpected(allowed.error());
    }
    auto changed = m_context.db.write([&]() -> Result<User> {
        UserRepository users(m_context.db.sql());
        auto user = users.byId(userId);
        if (!user)
            return std::unexpected(user.error());
        user->onDuty = onDuty;
        user->busy = busy;
        auto version = users.update(*user);
        if (!version)
            return std::unexpected(version.error());
        user->version = *version;
        if (auto logged = audit(
                m_context, &actor, QStringLiteral("user.availability"), QStringLiteral("users"),
                userId, {{QStringLiteral("on_duty"), onDuty}, {QStringLiteral("busy"), busy}});
            !logged)
            return std::unexpected(logged.error());
        return *user;
    });
    if (changed && m_context.changes)
        Q_EMIT m_context.changes->userChanged(userId);
    return changed;
}

Result<User> UserService::setAssignmentWeight(const User& actor, qint64 userId, int weight)
{
    if (auto allowed = require(actor, Permission::AssignLeads); !allowed)
        return std::unexpected(allowed.error());
    if (weight < 0 || weight > 1000)
        return fail(ErrorCode::InvalidInput, tr("A share is a whole number from 0 to 1000."));
    auto changed = m_context.db.write([&]() -> Result<User> {
        UserRepository users(m_context.db.sql());
        auto user = users.byId(userId);
        if (!user)
            return std::unexpected(user.error());
        const int previous = user->assignmentWeight;
        user->assignmentWeight = weight;
        auto version = users.update(*user);
        if (!version)
            return std::unexpected(version.error());
        user->version = *version;
        if (auto logged =
                audit(m_context, &actor, QStringLiteral("user.assignment_weight"),
                      QStringLiteral("users"), userId,
                      {{QStringLiteral("from"), previous}, {QStringLiteral("to"), weight}});
            !logged)
            return std::unexpected(logged.error());
        return *user;
    });
    if (changed && m_context.changes)
        Q_EMIT m_context.changes->userChanged(userId);
    return changed;
}

Result<std::vector<User>> UserService::users()
{
    return UserRepository(m_context.db.sql()).all();
}

} // namespace showroom
