#pragma once

#include "Error.h"
#include "domain/User.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

class UserRepository {
public:
    explicit UserRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const User& user, const QString& passwordHash);
    Result<User> byId(qint64 id);
    // The user and the stored password hash, for sign-in.
    Result<std::pair<User, QString>> byLoginWithHash(const QString& login);
    Result<std::vector<User>> all();
    Result<qint64> count();
    Result<int> update(const User& user);
    Result<int> setPasswordHash(qint64 id, int expectedVersion, const QString& hash);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
