// showroom-cli customer show: the customer card on the command line.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {
const QString kDemoPassword = QStringLiteral("showroom");

CliResult cli(const QString& db, const QString& login, QStringList args)
{
    QStringList all{QStringLiteral("--db"), db};
    if (!login.isEmpty())
        all << QStringLiteral("--user") << login;
    return runCli(all + args, login.isEmpty() ? QString() : kDemoPassword);
}

QJsonObject show(const QString& db, const QString& id)
{
    const CliResult shown = cli(
        db, {}, {QStringLiteral("customer"), QStringLiteral("show"), id, QStringLiteral("--json")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    REQUIRE(shown.json().isObject());
    return shown.json().object();
}

bool isUtcIso(const QJsonValue& value)
{
    const QString text = value.toString();
    return text.endsWith(QLatin1Char('Z')) && QDateTime::fromString(text, Qt::ISODate).isValid();
}
} // namespace

TEST_CASE("customer show prints the card with the timeline made through the CLI", "[cli][card]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("card.sqlite"));
    REQUIRE(cli(db, {},
                {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40"),
                 QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode == 0);

    const CliResult added =
        cli(db, QStringLiteral("reception"),
            {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--first"),
             QStringLiteral("Nora"), QStringLiteral("--last"), QStringLiteral("Falk"),
             QStringLiteral("--phone"), QStringLiteral("0151 24681357"), QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = QString::number(added.json().object().value("id").toInteger());

    const CliResult lead =
        cli(db, QStringLiteral("anna"),
            {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--customer"), id,
             QStringLiteral("--source"), QStringLiteral("walk_in"), QStringLiteral("--consultant"),
             QStringLiteral("anna"), QStringLiteral("--interest"), QStringLiteral("Skoda Enyaq"),
             QStringLiteral("--json")});
    INFO(lead.err.toStdString());
    REQUIRE(lead.exitCode == 0);
    const qint64 leadId = lead.json().object().value("id").toInteger();
    REQUIRE(cli(db, QStringLiteral("anna"),
                {QStringLiteral("lead"), QStringLiteral("move"), QString::number(leadId),
                 QStringLiteral("contacted")})
                .exitCode == 0);

    const QJsonObject card = show(db, id);
    CHECK(card.value("id").toInteger() == id.toLongLong());
    CHECK(card.value("name").toString() == QStringLiteral("Falk, Nora"));
    CHECK(card.value("kind").toString() == QStringLiteral("person"));
    CHECK(card.value("phone_e164").toString() == QStringLiteral("+4915124681357"));
    CHECK(card.value("merged_into_id").isNull());
    CHECK(card.value("bought_before").toBool() == false);
    CHECK(isUtcIso(card.value("created_at")));
    const QJsonObject sms = card.value("consents").toObject().value("sms").toObject();
    CHECK(sms.value("state").toString() == QStringLiteral("never_asked"));
    CHECK(sms.value("changed_at").isNull());
    CHECK(card.value("contact_persons").toArray().isEmpty());

    const QJsonArray leads = card.value("leads").toArray();
    REQUIRE(leads.size() == 1);
    CHECK(leads[0].toObject().value("id").toInteger() == leadId);
    CHECK(leads[0].toObject().value("stage").toString() == QStringLiteral("contacted"));
    CHECK(leads[0].toObject().value("consultant").toString() == QStringLiteral("Anna Schmidt"));
    CHECK(leads[0].toObject().value("vehicle_interest").toString() ==
          QStringLiteral("Skoda Enyaq"));

    const QJsonArray timeline = card.value("timeline").toArray();
    REQUIRE(timeline.size() == 2);
    const QJsonObject moved = timeline[0].toObject();
    const QJsonObject created = timeline[1].toObject();
    CHECK(moved.value("kind").toString() == QStringLiteral("stage_change"));
    CHECK(moved.value("from_stage").toString() == QStringLiteral("assigned"));
    CHECK(moved.value("to_stage").toString() == QStringLiteral("contacted"));
    CHECK(moved.value("to_stage_name").toString() == QStringLiteral("Contacted"));
    CHECK(moved.value("user").toString() == QStringLiteral("Anna Schmidt"));
    CHECK(moved.value("lead_id").toInteger() == leadId);
    CHECK(created.value("kind").toString() == QStringLiteral("lead_created"));
    CHECK(created.value("source").toString() == QStringLiteral("walk_in"));
    CHECK(created.value("source_name").toString() == QStringLiteral("Walk-in"));
    CHECK(created.value("vehicle_interest").toString() == QStringLiteral("Skoda Enyaq"));
    for (const QJsonValue& entry : timeline)
        CHECK(isUtcIso(entry.toObject().value("at")));
    CHECK(moved.value("at").toString() >= created.value("at").toString());

    const CliResult human = cli(db, {}, {QStringLiteral("customer"), QStringLiteral("show"), id});
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.contains("Customer #" + id.toUtf8() + ": Falk, Nora"));
    CHECK(human.out.contains("Phone: +49 1512 4681357"));
    CHECK(human.out.contains("Timeline: 2 entries"));
    CHECK(human.out.contains("Assigned -> Contacted"));

    SECTION("every demo customer's card loads, timeline newest first")
    {
        bool sawCompanyWithContacts = false;
        for (int demo = 1; demo <= 40; ++demo) {
            const QJsonObject other = show(db, QString::number(demo));
            const QJsonArray entries = other.value("timeline").toArray();
            for (qsizetype i = 1; i < entries.size(); ++i)
                CHECK(entries[i - 1].toObject().value("at").toString() >=
                      entries[i].toObject().value("at").toString());
            const QJsonArray persons = other.value("contact_persons").toArray();
            if (other.value("kind").toString() == QStringLiteral("company") && !persons.isEmpty()) {
                sawCompanyWithContacts = true;
                CHECK_FALSE(persons[0].toObject().value("role").toString().isEmpty());
            }
        }
        INFO("the demo has company customers with contact persons");
        CHECK(sawCompanyWithContacts);
    }
    SECTION("an unknown customer and a missing id are refused")
    {
        const CliResult missing = cli(
            db, {}, {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("9999")});
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains("There is no customer #9999"));
        const CliResult usage = cli(db, {}, {QStringLiteral("customer"), QStringLiteral("show")});
        CHECK(usage.exitCode == 2);
    }
}
