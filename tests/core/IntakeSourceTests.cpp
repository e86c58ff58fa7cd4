// Where arriving leads are attributed: the source chosen by hand, else the one the ADF provider
// name maps to, else a source named like the provider, else the channel's; the channel's
// campaign only for leads of its source. The settings behind it refuse what cannot work.

#include "Fixtures.h"
#include "services/IntakeSources.h"
#include "services/LeadIntakeService.h"
#include "services/SettingsService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

QByteArray prospectFrom(const QString& provider, const QString& id, const QString& phone)
{
    return QStringLiteral("<?ADF VERSION=\"1.0\"?><adf><prospect><id source=\"test\">%2</id>"
                          "<customer><contact><name part=\"full\">Kim Lee</name>"
                          "<phone>%3</phone></contact></customer>"
                          "<provider><name part=\"full\">%1</name></provider></prospect></adf>")
        .arg(provider, id, phone)
        .toUtf8();
}

struct Imported {
    QString source;
    std::optional<qint64> campaign;
};

Imported importOne(Fixture& f, const QByteArray& adf, const IntakeOptions& options)
{
    auto report = LeadIntakeService(f.context()).importAdf(f.reception, adf, options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    REQUIRE(report->records.size() == 1);
    INFO(report->records[0].reason.toStdString());
    REQUIRE(report->records[0].leadId);
    auto campaign =
        sql::scalar(f.db->sql(), QStringLiteral("SELECT campaign_id FROM leads WHERE id = ?"),
                    {*report->records[0].leadId});
    REQUIRE(campaign);
    return {report->records[0].sourceKey,
            campaign->isNull() ? std::nullopt : std::optional<qint64>(campaign->toLongLong())};
}

qint64 addCampaign(Fixture& f, const QString& sourceKey, const QString& name)
{
    REQUIRE(sql::run(f.db->sql(),
                     QStringLiteral("INSERT INTO campaigns (source_id, name) SELECT id, ? FROM "
                                    "sources WHERE key = ?"),
                     {name, sourceKey}));
    return sql::scalar(f.db->sql(), QStringLiteral("SELECT max(id) FROM campaigns"))->toLongLong();
}

} // namespace

TEST_CASE("ADF provider names map to lead sources; the channel's source is the fallback",
          "[intake][sources]")
{
    Fixture f;
    f.setSetting(QStringLiteral("intake.providers"),
                 QStringLiteral("AutoScout24 = event\nmobile.de=referral"));
    IntakeOptions channel;
    channel.channelSourceKey = QStringLiteral("phone");

    CHECK(importOne(f, prospectFrom(QStringLiteral("autoscout24"), "1", "0151 20000001"), channel)
              .source == QStringLiteral("event"));
    CHECK(importOne(f, prospectFrom(QStringLiteral("Mobile.de"), "2", "0151 20000002"), channel)
              .source == QStringLiteral("referral"));
    // Not mapped, but a source has that name.
    CHECK(importOne(f, prospectFrom(QStringLiteral("Website form"), "3", "0151 20000003"), channel)
              .source == QStringLiteral("web_form"));
    // Unknown provider: the channel's source.
    CHECK(importOne(f, prospectFrom(QStringLiteral("Elsewhere"), "4", "0151 20000004"), channel)
              .source == QStringLiteral("phone"));
    // Without a channel source: the format's usual one.
    CHECK(
        importOne(f, prospectFrom(QStringLiteral("Elsewhere"), "5", "0151 20000005"), {}).source ==
        QStringLiteral("portal"));
    // Chosen by hand: above everything.
    IntakeOptions byHand = channel;
    byHand.sourceKey = QStringLiteral("repurchase");
    CHECK(importOne(f, prospectFrom(QStringLiteral("AutoScout24"), "6", "0151 20000006"), byHand)
              .source == QStringLiteral("repurchase"));
}

TEST_CASE("a channel's campaign applies to the leads of its source only", "[intake][sources]")
{
    Fixture f;
    const qint64 winter = addCampaign(f, QStringLiteral("portal"), QStringLiteral("Winter tyres"));
    f.setSetting(QStringLiteral("intake.providers"), QStringLiteral("Fair=event"));
    IntakeOptions channel;
    channel.channelSourceKey = QStringLiteral("portal");
    channel.campaignId = winter;

    const Imported portal =
        importOne(f, prospectFrom(QStringLiteral("Somebody"), "1", "0151 30000001"), channel);
    CHECK(portal.source == QStringLiteral("portal"));
    CHECK(portal.campaign == winter);
    const Imported fair =
        importOne(f, prospectFrom(QStringLiteral("Fair"), "2", "0151 30000002"), channel);
    CHECK(fair.source == QStringLiteral("event"));
    CHECK_FALSE(fair.campaign);

    // A campaign of another source than the one chosen by hand, or none at all, is refused.
    IntakeOptions wrong;
    wrong.sourceKey = QStringLiteral("event");
    wrong.campaignId = winter;
    CHECK_FALSE(LeadIntakeService(f.context()).checkSource(wrong));
    wrong.sourceKey.clear();
    wrong.campaignId = winter + 100;
    CHECK_FALSE(LeadIntakeService(f.context()).checkSource(wrong));
}

TEST_CASE("the intake settings refuse sources and campaigns that do not exist or do not fit",
          "[intake][sources]")
{
    Fixture f;
    SettingsService settings(f.context());
    const auto set = [&](const char* key, const QString& value) {
        return settings.set(f.admin, QLatin1String(key), value);
    };
    CHECK_FALSE(set("intake.providers", QStringLiteral("AutoScout24=nowhere")));
    CHECK_FALSE(set("intake.providers", QStringLiteral("just a name")));
    REQUIRE(set("intake.providers", QStringLiteral(" Cars.com = portal \n\nFair=event")));
    CHECK(*settings.get(QStringLiteral("intake.providers")) ==
          QStringLiteral("Cars.com=portal\nFair=event"));

    CHECK_FALSE(set("intake.folder.source", QStringLiteral("nowhere")));
    REQUIRE(set("intake.folder.source", QStringLiteral("event")));
    const qint64 expo = addCampaign(f, QStringLiteral("event"), QStringLiteral("Car expo"));
    const qint64 web = addCampaign(f, QStringLiteral("web_form"), QStringLiteral("Newsletter"));
    CHECK_FALSE(set("intake.folder.campaign", QString::number(web)));
    CHECK_FALSE(set("intake.folder.campaign", QStringLiteral("999")));
    REQUIRE(set("intake.folder.campaign", QString::number(expo)));

    auto options = channelOptions(f.db->sql(), IntakeChannel::Folder);
    REQUIRE(options);
    CHECK(options->channelSourceKey == QStringLiteral("event"));
    CHECK(options->campaignId == expo);
    CHECK(options->sourceKey.isEmpty());
    auto mailbox = channelOptions(f.db->sql(), IntakeChannel::Mailbox);
    REQUIRE(mailbox);
    CHECK(mailbox->channelSourceKey.isEmpty());
    CHECK_FALSE(mailbox->campaignId);
}
