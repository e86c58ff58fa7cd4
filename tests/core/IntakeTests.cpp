// ADF files imported as leads: unassigned with the response clock running, linked to customers
// already known by phone or email, never twice for the same prospect, a dry run that writes
// nothing, damaged messages kept for review, bad records refused while the others import.

#include "Fixtures.h"
#include "services/LeadIntakeService.h"
#include "services/LeadService.h"
#include "storage/Sql.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

QByteArray adfFile(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/adf/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

IntakeReport importAdf(Fixture& f, const QByteArray& bytes, IntakeOptions options = {})
{
    auto report = LeadIntakeService(f.context()).importAdf(f.reception, bytes, options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    return *report;
}

qint64 count(Fixture& f, const char* table)
{
    return sql::scalar(f.db->sql(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        ->toLongLong();
}

QString outcomes(const IntakeReport& report)
{
    QStringList keys;
    for (const IntakeRecord& r : report.records)
        keys << intakeOutcomeKey(r.outcome);
    return keys.join(u',');
}

} // namespace

TEST_CASE("ADF prospects become unassigned leads with the response clock running, linked to "
          "customers already known",
          "[intake]")
{
    Fixture f;
    const Customer jana = f.addCustomer(QStringLiteral("Jana"), QStringLiteral("Novakova"),
                                        QStringLiteral("0151 23456789"));
    const qint64 customersBefore = count(f, "customers");

    const IntakeReport standard = importAdf(f, adfFile("standard.xml"));
    REQUIRE(outcomes(standard) == QStringLiteral("linked"));
    const IntakeRecord& linked = standard.records[0];
    CHECK(linked.customerId == jana.id);
    CHECK(linked.externalKey == QStringLiteral("adf:AutoPortal/AP-2026-0001"));
    CHECK(linked.sourceKey == QStringLiteral("portal")); // the provider "Portal" names it
    auto lead = LeadService(f.context()).get(*linked.leadId);
    REQUIRE(lead.has_value());
    CHECK(lead->stageKey == QStringLiteral("unassigned"));
    CHECK_FALSE(lead->consultantId.has_value());
    CHECK(lead->createdAt == f.clock.now());
    CHECK(lead->responseDueAt > lead->createdAt);
    CHECK(lead->vehicleInterest ==
          QStringLiteral("2026 Škoda Octavia Combi Style (new); 2017 Volkswagen Golf (used)"));
    CHECK(lead->estimatedValueCents == 3499000);
    auto note = sql::scalar(
        f.db->sql(), QStringLiteral("SELECT body FROM activities WHERE lead_id = ?"), {lead->id});
    CHECK(note->toString().contains(QStringLiteral("Autohaus Muster")));
    CHECK(note->toString().contains(QStringLiteral("Wants the towbar")));

    const IntakeReport lenient = importAdf(f, adfFile("lenient.xml"));
    CHECK(outcomes(lenient) == QStringLiteral("created,created"));
    CHECK(count(f, "customers") == customersBefore + 2);
    auto peter = sql::scalar(
        f.db->sql(),
        QStringLiteral("SELECT first_name || '|' || last_name || '|' || phone_e164 FROM customers "
                       "WHERE id = ?"),
        {*lenient.records[0].customerId});
    // The mobile number first; "Peter van der Berg" has the family name last.
    CHECK(peter->toString() == QStringLiteral("Peter van der|Berg|+31612345678"));
    CHECK(lenient.records[1].name == QStringLiteral("Olga Ivanova"));
}

TEST_CASE("importing the same ADF prospects again creates nothing", "[intake]")
{
    Fixture f;
    const IntakeReport first = importAdf(f, adfFile("lenient.xml"));
    REQUIRE(outcomes(first) == QStringLiteral("created,created"));
    const qint64 leads = count(f, "leads"), customers = count(f, "customers");
    f.clock.advanceSecs(3600);
    const IntakeReport again = importAdf(f, adfFile("lenient.xml"));
    CHECK(outcomes(again) == QStringLiteral("duplicate,duplicate"));
    CHECK(again.records[0].leadId == first.records[0].leadId);
    CHECK(again.records[1].customerId == first.records[1].customerId);
    CHECK(count(f, "leads") == leads);
    CHECK(count(f, "customers") == customers);
    // The same prospect twice in one file counts once.
    const QByteArray twice = "<adf><prospect><id source='X'>1</id><customer><contact>"
                             "<email>twice@example.org</email></contact></customer></prospect>"
                             "<prospect><id source='X'>1</id><customer><contact>"
                             "<email>twice@example.org</email></contact></customer></prospect>"
                             "</adf>";
    CHECK(outcomes(importAdf(f, twice)) == QStringLiteral("created,duplicate"));
}

TEST_CASE("a dry run reports what an import would do and writes nothing", "[intake]")
{
    Fixture f;
    f.addCustomer(QStringLiteral("Jana"), QStringLiteral("Novakova"),
                  QStringLiteral("0151 23456789"));
    const qint64 leads = count(f, "leads"), customers = count(f, "customers"),
                 activities = count(f, "activities");
    IntakeOptions dry;
    dry.dryRun = true;
    const QByteArray both = adfFile("standard.xml");
    const IntakeReport rehearsed = importAdf(f, both, dry);
    CHECK(outcomes(rehearsed) == QStringLiteral("linked"));
    CHECK(count(f, "leads") == leads);
    CHECK(count(f, "customers") == customers);
    CHECK(count(f, "activities") == activities);
    CHECK(count(f, "lead_imports") == 0);
    CHECK(outcomes(importAdf(f, adfFile("lenient.xml"), dry)) == QStringLiteral("created,created"));
    CHECK(count(f, "customers") == customers);

    const IntakeReport real = importAdf(f, both);
    CHECK(outcomes(real) == QStringLiteral("linked"));
    CHECK(count(f, "leads") == leads + 1);
}

TEST_CASE("a damaged ADF message becomes a lead to review, with its text kept", "[intake]")
{
    Fixture f;
    const IntakeReport report = importAdf(f, adfFile("broken.xml"));
    REQUIRE(outcomes(report) == QStringLiteral("needs_review"));
    CHECK(report.records[0].reason.contains(QStringLiteral("not valid XML")));
    auto kept = sql::scalar(f.db->sql(),
                            QStringLiteral("SELECT needs_review || '|' || raw_text FROM "
                                           "lead_imports WHERE lead_id = ?"),
                            {*report.records[0].leadId});
    CHECK(kept->toString().startsWith(QStringLiteral("1|<?xml")));
    CHECK(kept->toString().contains(QStringLiteral("Interested in a test drive")));
    // Imported again, it is the same message.
    CHECK(outcomes(importAdf(f, adfFile("broken.xml"))) == QStringLiteral("duplicate"));

    const IntakeReport nothing = importAdf(f, adfFile("no-contact.xml"));
    CHECK(outcomes(nothing) == QStringLiteral("rejected"));
    CHECK(nothing.rejected.contains(QStringLiteral("no phone number or email")));
}

TEST_CASE("a prospect without a usable phone number or email is refused, the others import",
          "[intake]")
{
    Fixture f;
    const qint64 customers = count(f, "customers");
    const QByteArray file = "<adf>"
                            "<prospect><id source='P'>a</id><customer><contact>"
                            "<name part='full'>Short Number</name><phone>12</phone>"
                            "</contact></customer></prospect>"
                            "<prospect><id source='P'>b</id><customer><contact>"
                            "<name part='full'>Good Number</name><phone>0171 2345678</phone>"
                            "</contact></customer></prospect>"
                            "</adf>";
    const IntakeReport report = importAdf(f, file);
    CHECK(outcomes(report) == QStringLiteral("rejected,created"));
    CHECK(report.records[0].reason.contains(QStringLiteral("12")));
    CHECK(count(f, "customers") == customers + 1);
}

TEST_CASE("the import's lead source can be chosen and an unknown one is refused", "[intake]")
{
    Fixture f;
    IntakeOptions options;
    options.sourceKey = QStringLiteral("event");
    const IntakeReport report = importAdf(f, adfFile("latin1-declared.xml"), options);
    REQUIRE(outcomes(report) == QStringLiteral("created"));
    CHECK(report.records[0].sourceKey == QStringLiteral("event"));
    CHECK(report.records[0].name == QStringLiteral("Jürgen Müller"));

    options.sourceKey = QStringLiteral("no_such_source");
    auto refused = LeadIntakeService(f.context())
                       .importAdf(f.reception, adfFile("cp1252-undeclared.xml"), options);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("no_such_source")));
    CHECK(count(f, "lead_imports") == 1);
}

namespace {

QByteArray emlFile(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/eml/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

IntakeReport importEmail(Fixture& f, const char* name)
{
    IntakeOptions options;
    options.fileName = QLatin1String(name);
    auto report = LeadIntakeService(f.context()).importEmail(f.reception, emlFile(name), options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    return *report;
}

} // namespace

TEST_CASE("the ADF prospects of an email become leads with the message attached, once",
          "[intake][email]")
{
    Fixture f;
    const IntakeReport body = importEmail(f, "adf-in-body.eml");
    REQUIRE(outcomes(body) == QStringLiteral("created"));
    CHECK(body.records[0].externalKey == QStringLiteral("adf:AutoPortal/AP-5001"));
    CHECK(body.records[0].name == QStringLiteral("Jörg Weiß"));
    CHECK(body.records[0].sourceKey == QStringLiteral("portal"));
    auto attached =
        sql::scalar(f.db->sql(),
                    QStringLiteral("SELECT file_name || '|' || mime_type || '|' || size_bytes FROM "
                                   "attachments WHERE owner_kind = 'lead' AND owner_id = ?"),
                    {*body.records[0].leadId});
    CHECK(
        attached->toString() ==
        QStringLiteral("adf-in-body.eml|message/rfc822|%1").arg(emlFile("adf-in-body.eml").size()));
    auto channel = sql::scalar(f.db->sql(),
                               QStringLiteral("SELECT channel FROM lead_imports WHERE lead_id = ?"),
                               {*body.records[0].leadId});
    CHECK(channel->toString() == QStringLiteral("email"));

    CHECK(outcomes(importEmail(f, "adf-attachment.eml")) == QStringLiteral("created,created"));
    CHECK(outcomes(importEmail(f, "adf-in-body.eml")) == QStringLiteral("duplicate"));
    // The same prospect as a file is the same lead.
    const QByteArray sameProspect = "<adf><prospect><id source=\"AutoPortal\">AP-5001</id>"
                                    "<customer><contact><email>joerg.weiss@example.org</email>"
                                    "</contact></customer></prospect></adf>";
    CHECK(outcomes(importAdf(f, sameProspect)) == QStringLiteral("duplicate"));
}

TEST_CASE("an email without ADF becomes a lead from its sender, once", "[intake][email]")
{
    Fixture f;
    const IntakeReport plain = importEmail(f, "plain-inquiry.eml");
    REQUIRE(outcomes(plain) == QStringLiteral("created"));
    CHECK(plain.records[0].sourceKey == QStringLiteral("web_form"));
    auto customer = sql::scalar(
        f.db->sql(),
        QStringLiteral("SELECT first_name || '|' || last_name || '|' || email || '|' || "
                       "phone_e164 FROM customers WHERE id = ?"),
        {*plain.records[0].customerId});
    CHECK(customer->toString() ==
          QStringLiteral("Greta|Zimmermann|greta.zimmermann@example.org|+491712233445"));
    auto note = sql::scalar(f.db->sql(),
                            QStringLiteral("SELECT subject || '|' || body FROM activities "
                                           "WHERE lead_id = ?"),
                            {*plain.records[0].leadId});
    CHECK(note->toString().startsWith(QStringLiteral("Lead from an email|")));
    CHECK(note->toString().contains(QStringLiteral("Probefahrt für den Octavia")));
    CHECK(outcomes(importEmail(f, "plain-inquiry.eml")) == QStringLiteral("duplicate"));

    // Without a Message-ID the message's bytes name it.
    CHECK(outcomes(importEmail(f, "html-no-message-id.eml")) == QStringLiteral("created"));
    CHECK(outcomes(importEmail(f, "html-no-message-id.eml")) == QStringLiteral("duplicate"));
}

TEST_CASE("vCards become leads; a card without a number or email is refused; a card is "
          "imported once",
          "[intake][vcard]")
{
    Fixture f;
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/vcard/contacts-3.0.vcf"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    IntakeOptions options;
    auto report = LeadIntakeService(f.context()).importVCards(f.reception, bytes, options);
    REQUIRE(report.has_value());
    CHECK(outcomes(*report) == QStringLiteral("created,created,rejected"));
    CHECK(report->records[0].sourceKey == QStringLiteral("event"));
    CHECK(report->records[0].externalKey == QStringLiteral("vcard:card-anna-1"));
    auto company = sql::scalar(f.db->sql(),
                               QStringLiteral("SELECT kind || '|' || company_name FROM customers "
                                              "WHERE id = ?"),
                               {*report->records[1].customerId});
    CHECK(company->toString() == QStringLiteral("company|Müller Logistik"));
    auto again = LeadIntakeService(f.context()).importVCards(f.reception, bytes, options);
    REQUIRE(again.has_value());
    CHECK(outcomes(*again) == QStringLiteral("duplicate,duplicate,rejected"));
}

namespace {

Result<IntakeReport> importList(Fixture& f, const char* name, IntakeOptions options)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/csv/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    options.fileName = QLatin1String(name);
    return LeadIntakeService(f.context()).importCsv(f.reception, file.readAll(), options);
}

} // namespace

TEST_CASE("a lead list becomes leads of its source, once per row", "[intake][csv]")
{
    Fixture f;
    IntakeOptions options;
    options.sourceKey = QStringLiteral("event");
    auto report = importList(f, "event-ru-cp1251.csv", options);
    REQUIRE(report.has_value());
    CHECK(outcomes(*report) == QStringLiteral("created,created"));
    CHECK(report->encoding == QStringLiteral("windows-1251"));
    CHECK(report->records[1].line == 3);
    CHECK(report->records[0].sourceKey == QStringLiteral("event"));
    auto ivanov = sql::scalar(f.db->sql(),
                              QStringLiteral("SELECT last_name || '|' || city || '|' || "
                                             "phone_e164 FROM customers WHERE id = ?"),
                              {*report->records[0].customerId});
    CHECK(ivanov->toString() == QStringLiteral("Иванов|Москва|+79161234567"));
    auto again = importList(f, "event-ru-cp1251.csv", options);
    REQUIRE(again.has_value());
    CHECK(outcomes(*again) == QStringLiteral("duplicate,duplicate"));

    // A list needs its source.
    CHECK_FALSE(importList(f, "event-ru-cp1251.csv", {}).has_value());
}

TEST_CASE("columns mapped by hand are remembered for the source; a list reaching nobody is "
          "refused",
          "[intake][csv]")
{
    Fixture f;
    // Headers nobody recognises: nothing reaches anyone until they are mapped.
    const QByteArray list = "Kundennr;Wer;Nummer\n77;Hanna Berg;0172 5556677\n";
    IntakeOptions options;
    options.sourceKey = QStringLiteral("portal");
    auto unmapped = LeadIntakeService(f.context()).importCsv(f.reception, list, options);
    REQUIRE(unmapped.has_value());
    CHECK(outcomes(*unmapped) == QStringLiteral("rejected"));
    CHECK(unmapped->rejected.contains(QStringLiteral("map the columns")));

    options.csvMapping = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("mobile")};
    auto mapped = LeadIntakeService(f.context()).importCsv(f.reception, list, options);
    REQUIRE(mapped.has_value());
    CHECK(outcomes(*mapped) == QStringLiteral("created"));
    CHECK(mapped->records[0].externalKey == QStringLiteral("csv:portal/77"));

    // The next list from the portal with the same headers needs no mapping.
    options.csvMapping.clear();
    const QByteArray next = "Kundennr;Wer;Nummer\n78;Paul Wagner;0160 2223344\n";
    auto remembered = LeadIntakeService(f.context()).importCsv(f.reception, next, options);
    REQUIRE(remembered.has_value());
    CHECK(outcomes(*remembered) == QStringLiteral("created"));
    CHECK(remembered->mapping ==
          QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("mobile")});
    // Another source does not share it.
    options.sourceKey = QStringLiteral("event");
    auto other = LeadIntakeService(f.context()).importCsv(f.reception, next, options);
    REQUIRE(other.has_value());
    CHECK(outcomes(*other) == QStringLiteral("rejected"));

    options.csvMapping = {QStringLiteral("id"), QStringLiteral("shoe_size"),
                          QStringLiteral("mobile")};
    CHECK_FALSE(LeadIntakeService(f.context()).importCsv(f.reception, next, options).has_value());
}
