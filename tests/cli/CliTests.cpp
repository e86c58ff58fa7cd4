#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {
const QString kDemoPassword = QStringLiteral("showroom");

QByteArray digest(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("init creates a database and prints its mode and schema version", "[cli]")
{
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("local.sqlite"));
    const CliResult created = runCli({QStringLiteral("--db"), local, QStringLiteral("init")});
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains("mode: local"));
    CHECK(created.out.contains("schema version: 10"));

    const QString shared = dir.filePath(QStringLiteral("shared.sqlite"));
    const CliResult json = runCli({QStringLiteral("--db"), shared, QStringLiteral("init"),
                                   QStringLiteral("--shared"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().object().value(QStringLiteral("mode")).toString() ==
          QStringLiteral("shared"));

    const QByteArray before = digest(local);
    const CliResult again = runCli({QStringLiteral("--db"), local, QStringLiteral("init")});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains("already exists"));
    CHECK(digest(local) == before);
}

TEST_CASE("demo, stats, customer find and lead commands work on one file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliResult demo =
        runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const CliResult stats =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject object = stats.json().object();
    const QJsonObject tables = object.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("customers")).toInt() == 300);
    CHECK(tables.value(QStringLiteral("users")).toInt() == 8);
    const int leads = tables.value(QStringLiteral("leads")).toInt();
    CHECK(leads > 300);
    int perStage = 0;
    for (const QJsonValue& value : object.value(QStringLiteral("leads_per_stage")).toObject())
        perStage += value.toInt();
    CHECK(perStage == leads);

    SECTION("customer add, then find it by a phone fragment")
    {
        const QStringList add = {QStringLiteral("--db"),     db,
                                 QStringLiteral("--user"),   QStringLiteral("reception"),
                                 QStringLiteral("customer"), QStringLiteral("add"),
                                 QStringLiteral("--first"),  QStringLiteral("Greta"),
                                 QStringLiteral("--last"),   QStringLiteral("Zimmermann"),
                                 QStringLiteral("--phone"),  QStringLiteral("+49 30 9012345"),
                                 QStringLiteral("--email"),  QStringLiteral("greta@example.net"),
                                 QStringLiteral("--json")};
        const CliResult added = runCli(add, kDemoPassword);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
        CHECK(added.json().object().value(QStringLiteral("phone_e164")).toString() ==
              QStringLiteral("+49309012345"));

        const CliResult found =
            runCli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("find"),
                    QStringLiteral("9012345"), QStringLiteral("--json")});
        REQUIRE(found.exitCode == 0);
        const QJsonArray rows = found.json().array();
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0).toObject().value(QStringLiteral("id")).toInteger() == id);
        CHECK(rows.at(0).toObject().value(QStringLiteral("name")).toString() ==
              QStringLiteral("Zimmermann, Greta"));

        const CliResult duplicate = runCli(add, kDemoPassword);
        CHECK(duplicate.exitCode != 0);
        CHECK(duplicate.err.contains("Zimmermann, Greta"));

        const CliResult wrongPassword = runCli(add, QStringLiteral("not-the-password"));
        CHECK(wrongPassword.exitCode != 0);
        CHECK(wrongPassword.err.contains("Wrong login or password"));

        SECTION("lead add, move; lost needs a reason")
        {
            const CliResult lead = runCli(
                {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("anna"),
                 QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--customer"),
                 QString::number(id), QStringLiteral("--source"), QStringLiteral("walk_in"),
                 QStringLiteral("--consultant"), QStringLiteral("anna"), QStringLiteral("--json")},
                kDemoPassword);
            INFO(lead.err.toStdString());
            REQUIRE(lead.exitCode == 0);
            const QJsonObject leadObject = lead.json().object();
            CHECK(leadObject.value(QStringLiteral("stage")).toString() ==
                  QStringLiteral("assigned"));
            const QString leadId =
                QString::number(leadObject.value(QStringLiteral("id")).toInteger());

            const CliResult moved = runCli(
                {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("anna"),
                 QStringLiteral("lead"), QStringLiteral("move"), leadId, QStringLiteral("offer")},
                kDemoPassword);
            INFO(moved.err.toStdString());
            CHECK(moved.exitCode == 0);
            const CliResult shown = runCli({QStringLiteral("--db"), db, QStringLiteral("lead"),
                                            QStringLiteral("show"), leadId});
            CHECK(shown.json().object().value(QStringLiteral("stage")).toString() ==
                  QStringLiteral("offer"));
            CHECK(shown.json().object().value(QStringLiteral("history_entries")).toInt() == 2);

            const CliResult lost = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                           QStringLiteral("anna"), QStringLiteral("lead"),
                                           QStringLiteral("move"), leadId, QStringLiteral("lost")},
                                          kDemoPassword);
            CHECK(lost.exitCode != 0);
            CHECK(lost.err.contains("reason"));
        }
    }
}

TEST_CASE("check and backup: healthy, foreign and damaged files", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--shared")})
                .exitCode == 0);
    const CliResult healthy = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(healthy.exitCode == 0);
    CHECK(healthy.out.startsWith("ok:"));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const CliResult backup = runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
    CHECK(backup.exitCode == 0);
    CHECK(runCli({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode == 0);

    const QString text = dir.filePath(QStringLiteral("text.sqlite"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    const CliResult foreign = runCli({QStringLiteral("--db"), text, QStringLiteral("check")});
    CHECK(foreign.exitCode != 0);
    CHECK(foreign.err.contains("not a Showroom database"));

    const CliResult missing =
        runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                QStringLiteral("stats")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains("There is no database"));

    const CliResult usage = runCli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    CHECK(usage.exitCode == 2);
}
