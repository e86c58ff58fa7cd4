// The stock and test-drive commands: vehicle add | list | import, testdrive book | cancel.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {

QJsonDocument ok(const QString& db, const QString& login, const QStringList& args)
{
    return succeed(db, login, args);
}

QString demoDatabase(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("stock.sqlite"));
    const CliResult demo =
        runOn(db, {},
              {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40"),
               QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return db;
}

QStringList vinsOf(const QJsonArray& vehicles)
{
    QStringList vins;
    for (const QJsonValue& v : vehicles)
        vins << v.toObject().value(QStringLiteral("vin")).toString();
    return vins;
}
} // namespace

TEST_CASE("vehicle add checks the VIN; list --search finds any fragment", "[cli][stock]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString manager = QStringLiteral("manager");

    const CliResult bad =
        runOn(db, manager,
              {QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("--vin"),
               QStringLiteral("1HGCM82643A004352"), QStringLiteral("--make"),
               QStringLiteral("Honda"), QStringLiteral("--model"), QStringLiteral("Accord")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("should be 3 but is 4"));

    const CliResult withO =
        runOn(db, manager,
              {QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("--vin"),
               QStringLiteral("WVWZZZ1KZAW00O001"), QStringLiteral("--make"), QStringLiteral("VW"),
               QStringLiteral("--model"), QStringLiteral("Golf")});
    CHECK(withO.exitCode == 1);
    CHECK(withO.err.contains("letter O (position 14)"));

    const QJsonObject accord =
        ok(db, manager,
           {QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("--vin"),
            QStringLiteral("1hgcm82633a004352"), QStringLiteral("--make"), QStringLiteral("Honda"),
            QStringLiteral("--model"), QStringLiteral("Accord"), QStringLiteral("--price"),
            QStringLiteral("4.500,00"), QStringLiteral("--in-transit"),
            QStringLiteral("2026-12-15"), QStringLiteral("--test-drive")})
            .object();
    CHECK(accord.value(QStringLiteral("vin")).toString() == QStringLiteral("1HGCM82633A004352"));
    CHECK(accord.value(QStringLiteral("price_cents")).toInteger() == 450000);
    CHECK(accord.value(QStringLiteral("status")).toString() == QStringLiteral("in_transit"));
    CHECK(accord.value(QStringLiteral("test_drive_car")).toBool());

    const CliResult consultant =
        runOn(db, QStringLiteral("anna"),
              {QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("--vin"),
               QStringLiteral("1M8GDM9AXKP042788"), QStringLiteral("--make"), QStringLiteral("MCI"),
               QStringLiteral("--model"), QStringLiteral("Coach")});
    CHECK(consultant.exitCode == 1);

    const QJsonArray found = ok(db, {},
                                {QStringLiteral("vehicle"), QStringLiteral("list"),
                                 QStringLiteral("--search"), QStringLiteral("m8263")})
                                 .array();
    CHECK(vinsOf(found) == QStringList{QStringLiteral("1HGCM82633A004352")});
    const CliResult text = runOn(db, {},
                                 {QStringLiteral("vehicle"), QStringLiteral("list"),
                                  QStringLiteral("--search"), QStringLiteral("A004352")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("1HGCM82633A004352"));
    CHECK(text.out.contains("in_transit 2026-12-15"));
}

TEST_CASE("vehicle import reports every row; --dry-run writes nothing", "[cli][stock]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString file = QStringLiteral(SHOWROOM_TEST_DATA "/stock/stock_de.csv");

    const QJsonObject dry =
        ok(db, QStringLiteral("manager"),
           {QStringLiteral("vehicle"), QStringLiteral("import"), file, QStringLiteral("--dry-run")})
            .object();
    CHECK(dry.value(QStringLiteral("added")).toInt() == 3);
    CHECK(dry.value(QStringLiteral("rejected")).toInt() == 1);
    const QJsonArray rows = dry.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 4);
    const QJsonObject bad = rows.at(2).toObject();
    CHECK(bad.value(QStringLiteral("line")).toInt() == 4);
    CHECK(bad.value(QStringLiteral("outcome")).toString() == QStringLiteral("rejected"));
    CHECK(bad.value(QStringLiteral("reason")).toString().contains(QStringLiteral("letter O")));
    CHECK(ok(db, {},
             {QStringLiteral("vehicle"), QStringLiteral("list"), QStringLiteral("--search"),
              QStringLiteral("WVWZZZ1KZAW00000")})
              .array()
              .isEmpty());

    const QJsonObject real = ok(db, QStringLiteral("manager"),
                                {QStringLiteral("vehicle"), QStringLiteral("import"), file})
                                 .object();
    CHECK(real.value(QStringLiteral("added")).toInt() == 3);
    CHECK(ok(db, {},
             {QStringLiteral("vehicle"), QStringLiteral("list"), QStringLiteral("--search"),
              QStringLiteral("WVWZZZ1KZAW00000")})
              .array()
              .size() == 2);
}

TEST_CASE("testdrive book refuses an overlapping slot with the message", "[cli][testdrive]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    ok(db, QStringLiteral("manager"),
       {QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("--vin"),
        QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("--make"), QStringLiteral("VW"),
        QStringLiteral("--model"), QStringLiteral("Golf"), QStringLiteral("--test-drive")});
    const QJsonObject lead =
        ok(db, QStringLiteral("manager"),
           {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--customer"),
            QStringLiteral("1"), QStringLiteral("--source"), QStringLiteral("walk_in"),
            QStringLiteral("--consultant"), QStringLiteral("anna")})
            .object();
    const QString leadId = QString::number(lead.value(QStringLiteral("id")).toInteger());

    const QJsonObject booked =
        ok(db, QStringLiteral("reception"),
           {QStringLiteral("testdrive"), QStringLiteral("book"), leadId, QStringLiteral("--vin"),
            QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("--at"),
            QStringLiteral("2030-03-05T14:00"), QStringLiteral("--minutes"), QStringLiteral("60")})
            .object();
    const QString bookingId = QString::number(booked.value(QStringLiteral("id")).toInteger());
    CHECK(booked.value(QStringLiteral("vehicle")).toString().contains(QStringLiteral("Golf")));

    const QStringList overlapping{QStringLiteral("testdrive"),
                                  QStringLiteral("book"),
                                  leadId,
                                  QStringLiteral("--vin"),
                                  QStringLiteral("WVWZZZ1KZAW000001"),
                                  QStringLiteral("--at"),
                                  QStringLiteral("2030-03-05T14:30")};
    const CliResult refused = runOn(db, QStringLiteral("reception"), overlapping);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("already booked for a test drive"));
    CHECK(refused.err.contains("WVWZZZ1KZAW000001"));

    // The slot right after is free; once cancelled, the overlapping one is too.
    ok(db, QStringLiteral("reception"),
       {QStringLiteral("testdrive"), QStringLiteral("book"), leadId, QStringLiteral("--vin"),
        QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("--at"),
        QStringLiteral("2030-03-05T15:00")});
    const CliResult cancelled =
        runOn(db, QStringLiteral("reception"),
              {QStringLiteral("testdrive"), QStringLiteral("cancel"), bookingId});
    INFO(cancelled.err.toStdString());
    CHECK(cancelled.exitCode == 0);
    const CliResult moved =
        runOn(db, QStringLiteral("reception"),
              overlapping + QStringList{QStringLiteral("--minutes"), QStringLiteral("30")});
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 0);
}
