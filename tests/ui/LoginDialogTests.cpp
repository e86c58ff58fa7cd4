#include "TestSupport.h"
#include "common/AppSettings.h"
#include "shell/LoginDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

TEST_CASE("Login dialog refuses a wrong password and accepts the right one", "[ui][login]")
{
    TestDatabase data;
    data.addUser(QStringLiteral("reception"), QStringLiteral("Rita Empfang"), Role::Receptionist,
                 QStringLiteral("front-desk-1"));
    AppSettings().remove(QStringLiteral("login/last"));

    LoginDialog dialog(data.context());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.loginField()->text().isEmpty());
    CHECK(dialog.errorText().isEmpty());

    QTest::keyClicks(dialog.loginField(), QStringLiteral("reception"));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("wrong-password"));
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return); // Enter submits
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.user().has_value());
    CHECK(dialog.errorText() == "Wrong login or password.");
    CHECK(dialog.passwordField()->text().isEmpty());

    QTest::keyClicks(dialog.passwordField(), QStringLiteral("front-desk-1"));
    QTest::keyClick(dialog.passwordField(), Qt::Key_Enter);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.user()->login == "reception");
    CHECK(dialog.user()->role == Role::Receptionist);

    SECTION("the next dialog remembers the login")
    {
        LoginDialog next(data.context());
        CHECK(next.loginField()->text() == "reception");
    }
}

TEST_CASE("Login dialog asks for the login before checking", "[ui][login]")
{
    TestDatabase data;
    LoginDialog dialog(data.context());
    dialog.loginField()->clear();
    dialog.submit();
    CHECK(dialog.errorText() == "Enter your login.");
    CHECK_FALSE(dialog.user().has_value());
}
