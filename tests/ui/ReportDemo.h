#pragma once

// A demo dealership (core/storage/demo) for the Reports page tests and screenshots: two years of
// history ending Monday 23 November 2026, 10:00 UTC, on a fixed seed.
#include "Clock.h"
#include "services/ChangeBus.h"
#include "services/UserService.h"
#include "shell/Session.h"
#include "storage/Database.h"
#include "storage/demo/DemoGenerator.h"

#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

namespace showroom::test {

struct ReportDemo {
    explicit ReportDemo(qint64 customers)
    {
        REQUIRE(dir.isValid());
        auto created =
            Database::create(dir.filePath(QStringLiteral("demo.sqlite")), StorageMode::Local);
        REQUIRE(created.has_value());
        database = std::move(*created);
        REQUIRE(generateDemoData(*database, DemoOptions{customers, 11, now()}).has_value());
    }

    static QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC); }

    User user(const QString& login)
    {
        auto users = UserService(context()).users();
        REQUIRE(users.has_value());
        const auto found = std::ranges::find(*users, login, &User::login);
        REQUIRE(found != users->end());
        return *found;
    }
    Database& db() { return *database; }
    ServiceContext context() { return {*database, clock, &changes}; }
    Session session(const User& user) { return Session{*database, clock, changes, user}; }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    ManualClock clock{now()};
    ChangeBus changes;
};

// One demo dealership (300 customers) for the tests that only read it.
inline ReportDemo& sharedReportDemo()
{
    static ReportDemo shared(300);
    return shared;
}

} // namespace showroom::test
