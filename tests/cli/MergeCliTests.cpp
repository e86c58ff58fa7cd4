#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {
const QString kDemoPassword = QStringLiteral("showroom");

// Runs showroom-cli on `db` as `login` (empty: without --user).
CliResult cli(const QString& db, const QString& login, QStringList args)
{
    QStringList all{QStringLiteral("--db"), db};
    if (!login.isEmpty())
        all << QStringLiteral("--user") << login;
    return runCli(all + args, login.isEmpty() ? QString() : kDemoPassword);
}

QString addCustomer(const QString& db, const QString& first, const QString& last,
                    const QString& phone, const QString& email = {})
{
    QStringList args{QStringLiteral("customer"), QStringLiteral("add"),
                     QStringLiteral("--first"),  first,
                     QStringLiteral("--last"),   last,
                     QStringLiteral("--phone"),  phone,
                     QStringLiteral("--json")};
    if (!email.isEmpty())
        args << QStringLiteral("--email") << email;
    const CliResult added = cli(db, QStringLiteral("reception"), args);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
}

QJsonArray find(const QString& db, const QString& text)
{
    const CliResult found =
        cli(db, {},
            {QStringLiteral("customer"), QStringLiteral("find"), text, QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    return found.json().array();
}
} // namespace

TEST_CASE("customer merge moves the other record's leads to the kept one", "[cli][merge]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("merge.sqlite"));
    const CliResult demo =
        cli(db, {},
            {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
             QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString keep = addCustomer(db, QStringLiteral("Greta"), QStringLiteral("Zimmermann"),
                                     QStringLiteral("030 9012345"));
    const QString other =
        addCustomer(db, QStringLiteral("Greta"), QStringLiteral("Zimmermann-Wolf"),
                    QStringLiteral("0151 77889900"), QStringLiteral("greta@example.net"));
    const CliResult lead =
        cli(db, QStringLiteral("anna"),
            {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--customer"), other,
             QStringLiteral("--source"), QStringLiteral("walk_in")});
    REQUIRE(lead.exitCode == 0);
    const QStringList merge{QStringLiteral("customer"), QStringLiteral("merge"), keep, other};

    SECTION("a receptionist is refused and nothing changes")
    {
        const CliResult refused = cli(db, QStringLiteral("reception"), merge);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("permission_denied"));
        CHECK(refused.err.contains("merge customers"));
        CHECK(find(db, QStringLiteral("77889900")).size() == 1);
    }

    SECTION("the default keeps the kept values and fills the empty ones")
    {
        const CliResult merged =
            cli(db, QStringLiteral("manager"), merge + QStringList{QStringLiteral("--json")});
        INFO(merged.err.toStdString());
        REQUIRE(merged.exitCode == 0);
        const QJsonObject summary = merged.json().object();
        CHECK(summary.value(QStringLiteral("kept_id")).toInteger() == keep.toLongLong());
        CHECK(summary.value(QStringLiteral("merged_id")).toInteger() == other.toLongLong());
        CHECK(summary.value(QStringLiteral("moved"))
                  .toObject()
                  .value(QStringLiteral("leads"))
                  .toInt() == 1);
        CHECK(summary.value(QStringLiteral("taken_from_merged")).toArray() ==
              QJsonArray{QStringLiteral("email")});
        const QJsonObject kept = summary.value(QStringLiteral("kept")).toObject();
        CHECK(kept.value(QStringLiteral("phone_e164")).toString() ==
              QStringLiteral("+49309012345"));
        CHECK(kept.value(QStringLiteral("email")).toString() ==
              QStringLiteral("greta@example.net"));
        CHECK(find(db, QStringLiteral("77889900")).isEmpty()); // the merged record is hidden

        const CliResult again = cli(db, QStringLiteral("manager"), merge);
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains("already merged"));
    }

    SECTION("--take takes fields from the other record; the text output lists the moves")
    {
        const CliResult merged =
            cli(db, QStringLiteral("manager"),
                merge + QStringList{QStringLiteral("--take"), QStringLiteral("phone"),
                                    QStringLiteral("--take"), QStringLiteral("last_name")});
        INFO(merged.err.toStdString());
        REQUIRE(merged.exitCode == 0);
        CHECK(merged.out.contains("Taken from #" + other.toUtf8() + ": last_name, phone, email"));
        CHECK(merged.out.contains("Moved to #" + keep.toUtf8() + ": 1 lead"));
        const QJsonArray found = find(db, QStringLiteral("77889900"));
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).toObject().value(QStringLiteral("id")).toInteger() == keep.toLongLong());
        CHECK(found.at(0).toObject().value(QStringLiteral("name")).toString() ==
              QStringLiteral("Zimmermann-Wolf, Greta"));
    }

    SECTION("an unknown field is a usage error listing the valid ones")
    {
        const CliResult usage =
            cli(db, QStringLiteral("manager"),
                merge + QStringList{QStringLiteral("--take"), QStringLiteral("shoe_size")});
        CHECK(usage.exitCode == 2);
        CHECK(usage.err.contains("shoe_size"));
        CHECK(usage.err.contains("first_name, last_name"));
        CHECK(usage.err.contains("consent_email"));
    }
}
