#include "Fixtures.h"
#include "services/UserService.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

TEST_CASE("passwords are stored as argon2id hashes and checked at sign-in", "[services][users]")
{
    Fixture f;
    UserService users(f.context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    auto stored = UserRepository(f.db->sql()).byLoginWithHash(QStringLiteral("anna"));
    REQUIRE(stored.has_value());
    CHECK(stored->second.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored->second.contains(QStringLiteral("secret-pass")));

    auto signedIn = users.authenticate(QStringLiteral("anna"), QStringLiteral("secret-pass"));
    REQUIRE(signedIn.has_value());
    CHECK(signedIn->role == Role::Consultant);

    auto wrong = users.authenticate(QStringLiteral("anna"), QStringLiteral("secret-pasS"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);
    auto unknown = users.authenticate(QStringLiteral("nobody"), QStringLiteral("secret-pass"));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message == wrong.error().message); // no hint which part was wrong
}

TEST_CASE("only administrators create users, the first admin only on an empty database",
          "[services][users]")
{
    Fixture f;
    UserService users(f.context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    const NewUser draft{QStringLiteral("carl"),
                        QStringLiteral("Carl Neu"),
                        Role::Consultant,
                        QStringLiteral("long-enough"),
                        {},
                        {}};
    auto byManager = users.createUser(f.manager, draft);
    REQUIRE_FALSE(byManager.has_value());
    CHECK(byManager.error().code == ErrorCode::PermissionDenied);

    auto secondFirstAdmin = users.createFirstAdmin(draft);
    REQUIRE_FALSE(secondFirstAdmin.has_value());
    CHECK(secondFirstAdmin.error().code == ErrorCode::PermissionDenied);

    REQUIRE(users.createUser(f.admin, draft).has_value());
    auto again = users.createUser(f.admin, draft);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Duplicate);

    NewUser weak = draft;
    weak.login = QStringLiteral("dora");
    weak.password = QStringLiteral("short");
    CHECK(users.createUser(f.admin, weak).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a consultant marks himself busy and a password change takes effect", "[services][users]")
{
    Fixture f;
    UserService users(f.context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    auto busy = users.setAvailability(f.anna, f.anna.id, true, true);
    REQUIRE(busy.has_value());
    CHECK(busy->busy);
    CHECK(users.setAvailability(f.anna, f.ben.id, false, false).error().code ==
          ErrorCode::PermissionDenied);

    REQUIRE(users.changePassword(f.anna, f.anna.id, QStringLiteral("new-password-1")).has_value());
    CHECK_FALSE(
        users.authenticate(QStringLiteral("anna"), QStringLiteral("secret-pass")).has_value());
    CHECK(users.authenticate(QStringLiteral("anna"), QStringLiteral("new-password-1")).has_value());
}
