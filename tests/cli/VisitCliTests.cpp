#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {
// Runs showroom-cli on `db`; with a login, signed in with the demo password.
CliResult run(const QString& db, const QString& login, const QStringList& args)
{
    QStringList all{QStringLiteral("--db"), db};
    if (!login.isEmpty())
        all << QStringLiteral("--user") << login;
    const CliResult result =
        runCli(all + args, login.isEmpty() ? QString() : QStringLiteral("showroom"));
    INFO(result.err.toStdString());
    return result;
}

QJsonObject addVisit(const QString& db, const QString& at, QStringList extra)
{
    const CliResult added = run(db, QStringLiteral("reception"),
                                QStringList{QStringLiteral("visit"), QStringLiteral("add"),
                                            QStringLiteral("--at"), at, QStringLiteral("--json")} +
                                    extra);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return added.json().object();
}
} // namespace

TEST_CASE("visit add, visit list and traffic report the day's retention", "[cli][visits]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reception.sqlite"));
    REQUIRE(run(db, {},
                {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("200"),
                 QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);

    // A day long before the demo history: only these visits count.
    const QString day = QStringLiteral("2020-01-06");
    const QJsonObject lena =
        addVisit(db, day + QStringLiteral("T10:00"),
                 {QStringLiteral("--first"), QStringLiteral("Lena"), QStringLiteral("--last"),
                  QStringLiteral("Vogel"), QStringLiteral("--phone"),
                  QStringLiteral("0172 5550101"), QStringLiteral("--consultant"),
                  QStringLiteral("anna"), QStringLiteral("--purpose"), QStringLiteral("new-car")});
    CHECK(lena.value(QStringLiteral("customer_created")).toBool());
    CHECK(lena.value(QStringLiteral("lead_created")).toBool());
    CHECK(lena.value(QStringLiteral("contact_captured")).toBool());
    const QJsonObject anonymous = addVisit(db, day + QStringLiteral("T11:00"), {});
    CHECK_FALSE(anonymous.value(QStringLiteral("contact_captured")).toBool());
    CHECK(anonymous.value(QStringLiteral("customer_id")).isNull());

    // Her second visit the same day, number in another spelling: linked, a repeat visit.
    const QJsonObject again =
        addVisit(db, day + QStringLiteral("T15:00"),
                 {QStringLiteral("--phone"), QStringLiteral("+49172555-0101")});
    CHECK(again.value(QStringLiteral("customer_id")) == lena.value(QStringLiteral("customer_id")));
    CHECK_FALSE(again.value(QStringLiteral("first_visit")).toBool());

    const CliResult list = run(db, {},
                               {QStringLiteral("visit"), QStringLiteral("list"),
                                QStringLiteral("--date"), day, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray visits = list.json().array();
    REQUIRE(visits.size() == 3);
    int captured = 0;
    for (const QJsonValue& visit : visits)
        captured += visit.toObject().value(QStringLiteral("contact_captured")).toBool() ? 1 : 0;
    CHECK(captured == 2);

    const QStringList trafficArgs{
        QStringLiteral("traffic"), QStringLiteral("--from"), day, QStringLiteral("--to"), day,
        QStringLiteral("--json")};
    QJsonObject traffic = run(db, {}, trafficArgs).json().object();
    CHECK(traffic.value(QStringLiteral("visits")).toInt() == 3);
    CHECK(traffic.value(QStringLiteral("first_visits")).toInt() == 2);
    CHECK(traffic.value(QStringLiteral("captured")).toInt() == 1);
    CHECK(traffic.value(QStringLiteral("retention_rate")).toDouble() == 0.5);

    // The anonymous visitor gives an email on the way out: the rate follows.
    const QString anonymousId = QString::number(anonymous.value(QStringLiteral("id")).toInteger());
    REQUIRE(run(db, QStringLiteral("reception"),
                {QStringLiteral("visit"), QStringLiteral("contact"), anonymousId,
                 QStringLiteral("--email"), QStringLiteral("visitor@example.com")})
                .exitCode == 0);
    traffic = run(db, {}, trafficArgs).json().object();
    CHECK(traffic.value(QStringLiteral("captured")).toInt() == 2);
    CHECK(traffic.value(QStringLiteral("retention_rate")).toDouble() == 1.0);

    const CliResult left = run(
        db, QStringLiteral("reception"),
        {QStringLiteral("visit"), QStringLiteral("left"), anonymousId, QStringLiteral("--json")});
    REQUIRE(left.exitCode == 0);
    CHECK_FALSE(left.json().object().value(QStringLiteral("left_at")).isNull());
}

TEST_CASE("visit add refuses a wrong phone number and bad options", "[cli][visits]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reception.sqlite"));
    REQUIRE(run(db, {},
                {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("50"),
                 QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    const CliResult wrong = run(db, QStringLiteral("reception"),
                                {QStringLiteral("visit"), QStringLiteral("add"),
                                 QStringLiteral("--phone"), QStringLiteral("0172 55")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("0172 55"));
    const CliResult purpose = run(db, QStringLiteral("reception"),
                                  {QStringLiteral("visit"), QStringLiteral("add"),
                                   QStringLiteral("--purpose"), QStringLiteral("shopping")});
    CHECK(purpose.exitCode == 2);
    const CliResult traffic =
        run(db, {},
            {QStringLiteral("traffic"), QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    CHECK(traffic.exitCode == 2);
}

TEST_CASE("setting set changes the phone region for visits typed afterwards", "[cli][settings]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("region.sqlite"));
    REQUIRE(run(db, {},
                {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("50"),
                 QStringLiteral("--seed"), QStringLiteral("4")})
                .exitCode == 0);
    const QStringList set{QStringLiteral("setting"), QStringLiteral("set"),
                          QStringLiteral("dealership.region"), QStringLiteral("AT")};
    CHECK(run(db, QStringLiteral("reception"), set).exitCode == 1); // not allowed
    REQUIRE(run(db, QStringLiteral("manager"), set).exitCode == 0);
    const CliResult region = run(
        db, {},
        {QStringLiteral("setting"), QStringLiteral("get"), QStringLiteral("dealership.region")});
    CHECK(region.out.trimmed() == "AT");
    const QJsonObject visit = addVisit(db, QStringLiteral("2020-01-06T10:00"),
                                       {QStringLiteral("--phone"), QStringLiteral("0664 1234567")});
    CHECK(visit.value(QStringLiteral("contact_captured")).toBool());
}
