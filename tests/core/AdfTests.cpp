// Golden files for the ADF reader: each file in tests/data/intake/adf is read and compared, field
// by field, with the .expected.json next to it (written by hand from the file).

#include "io/Adf.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace showroom;

namespace {

const QString kDir = QStringLiteral(SHOWROOM_TEST_DATA "/intake/adf");

QJsonObject toJson(const adf::Contact& c)
{
    QJsonArray phones;
    for (const adf::Phone& p : c.phones)
        phones.append(
            QJsonObject{{QStringLiteral("number"), p.number}, {QStringLiteral("type"), p.type}});
    return {{QStringLiteral("first"), c.firstName},
            {QStringLiteral("middle"), c.middleName},
            {QStringLiteral("last"), c.lastName},
            {QStringLiteral("full"), c.fullName},
            {QStringLiteral("company"), c.company},
            {QStringLiteral("phones"), phones},
            {QStringLiteral("emails"), QJsonArray::fromStringList(c.emails)},
            {QStringLiteral("street"), c.street},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("country"), c.country}};
}

QJsonObject toJson(const adf::Vehicle& v)
{
    return {{QStringLiteral("interest"), v.interest},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("year"), v.year},
            {QStringLiteral("make"), v.make},
            {QStringLiteral("model"), v.model},
            {QStringLiteral("vin"), v.vin},
            {QStringLiteral("trim"), v.trim},
            {QStringLiteral("colour"), v.colour},
            {QStringLiteral("price_cents"),
             v.priceCents ? QJsonValue(double(*v.priceCents)) : QJsonValue()},
            {QStringLiteral("currency"), v.currency},
            {QStringLiteral("comments"), v.comments},
            {QStringLiteral("label"), v.label()}};
}

QJsonObject toJson(const adf::Document& d)
{
    QJsonArray prospects;
    for (const adf::Prospect& p : d.prospects) {
        QJsonArray vehicles;
        for (const adf::Vehicle& v : p.vehicles)
            vehicles.append(toJson(v));
        prospects.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("id_source"), p.idSource},
                        {QStringLiteral("request_date"),
                         p.requestDate.isValid()
                             ? (p.requestDateHasZone ? p.requestDate.toUTC().toString(Qt::ISODate)
                                                     : p.requestDate.toString(Qt::ISODate))
                             : QString()},
                        {QStringLiteral("request_date_has_zone"), p.requestDateHasZone},
                        {QStringLiteral("vehicles"), vehicles},
                        {QStringLiteral("customer"), toJson(p.customer)},
                        {QStringLiteral("timeframe"), p.timeframe},
                        {QStringLiteral("comments"), p.comments},
                        {QStringLiteral("vendor"), p.vendorName},
                        {QStringLiteral("provider"), p.providerName},
                        {QStringLiteral("needs_review"), p.needsReview},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)}});
    }
    return {{QStringLiteral("rejected"), d.rejected}, {QStringLiteral("prospects"), prospects}};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("ADF files read as the hand-written expectations say", "[intake][adf]")
{
    const QStringList inputs = QDir(kDir).entryList(
        {QStringLiteral("*.xml"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    REQUIRE(inputs.size() >= 7);
    for (const QString& name : inputs) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QJsonObject actual = toJson(adf::parse(readAll(kDir + u'/' + name)));
            const QString expectedPath = kDir + u'/' + name + QStringLiteral(".expected.json");
            if (qEnvironmentVariableIsSet("SHOWROOM_WRITE_EXPECTED")) {
                QFile out(expectedPath);
                REQUIRE(out.open(QIODevice::WriteOnly));
                out.write(QJsonDocument(actual).toJson());
            }
            const QJsonObject expected = QJsonDocument::fromJson(readAll(expectedPath)).object();
            INFO("actual: " << QJsonDocument(actual).toJson().toStdString());
            CHECK(actual == expected);
        }
    }
}

TEST_CASE("ADF prices, dates and labels are read the way people write them", "[intake][adf]")
{
    const auto priceOf = [](const char* price) {
        const QByteArray xml = QByteArray("<adf><prospect><vehicle><price>") + price +
                               "</price></vehicle><customer><contact><email>a@b.de</email>"
                               "</contact></customer></prospect></adf>";
        const adf::Document d = adf::parse(xml);
        REQUIRE(d.prospects.size() == 1);
        REQUIRE(d.prospects[0].vehicles.size() == 1);
        return d.prospects[0].vehicles[0].priceCents;
    };
    CHECK(priceOf("20000") == 2000000);
    CHECK(priceOf("20,000.50") == 2000050);
    CHECK(priceOf("20.000,5") == 2000050);
    CHECK(priceOf("$ 19 990") == 1999000);
    CHECK(priceOf("1.234.567") == 123456700);
    CHECK_FALSE(priceOf("on request").has_value());
    // Digits that do not fit 64-bit cents are refused, not wrapped round into another price.
    CHECK(priceOf("92233720368547757") == 9223372036854775700);
    CHECK_FALSE(priceOf("92233720368547758").has_value());
    CHECK_FALSE(priceOf("99999999999999999999999").has_value());
}

TEST_CASE("text that is no ADF at all and names nobody is rejected with the reason",
          "[intake][adf]")
{
    for (const QByteArray& input :
         {QByteArray(), QByteArray("hello"), QByteArray("<adf></adf>"),
          QByteArray("\xff\xfe\x00<\x00a\x00", 7), QByteArray("<adf><prospect><customer>")}) {
        const adf::Document d = adf::parse(input);
        INFO(input.toStdString());
        CHECK(d.prospects.empty());
        CHECK_FALSE(d.rejected.isEmpty());
    }
}
