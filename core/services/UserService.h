#pragma once

#include "Error.h"
#include "domain/User.h"
#include "services/PasswordHasher.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(ServiceContext context, PasswordHasher hasher = PasswordHasher(
                                                     PasswordHasher::Strength::Interactive))
        : m_context(context), m_hasher(hasher)
    {
    }

    // The first administrator of a new database; refused once any user exists.
    Result<User> createFirstAdmin(const NewUser& admin);
    Result<User> createUser(const User& actor, const NewUser& user);
    Result<User> authenticate(const QString& login, const QString& password);
    Result<void> changePassword(const User& actor, qint64 userId, const QString& newPassword);
    Result<User> setAvailability(const User& actor, qint64 userId, bool onDuty, bool busy);
    // The consultant's share under weighted assignment (e.g. 40 and 60); 0 takes no leads.
    Result<User> setAssignmentWeight(const User& actor, qint64 userId, int weight);
    Result<std::vector<User>> users();

private:
    Result<User> insertUser(const User* actor, const NewUser& user);

    ServiceContext m_context;
    PasswordHasher m_hasher;
};

} // namespace showroom
