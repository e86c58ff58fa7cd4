// Lists of leads in every encoding the dealerships' programs save: the encoding, delimiter and
// columns are recognised from the file alone.

#include "io/LeadCsv.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace showroom;
using leadcsv::Field;

namespace {

leadcsv::Table table(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/csv/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto read = leadcsv::read(file.readAll());
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.has_value());
    return *read;
}

QStringList keys(const leadcsv::Mapping& mapping)
{
    QStringList out;
    for (Field f : mapping)
        out << leadcsv::fieldKey(f);
    return out;
}

} // namespace

TEST_CASE("lead lists in five languages and four encodings are read with their columns",
          "[intake][csv]")
{
    SECTION("German, Windows-1252, semicolons")
    {
        const leadcsv::Table t = table("portal-de-cp1252.csv");
        CHECK(t.encoding == QStringLiteral("windows-1252"));
        CHECK(t.delimiter == u';');
        CHECK(keys(leadcsv::guessMapping(t.header)).join(u',') ==
              QStringLiteral("first_name,last_name,phone,email,postal_code,city,vehicle,comments"));
        const auto rows = leadcsv::prospects(t, leadcsv::guessMapping(t.header));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].customer.lastName == QStringLiteral("Müller"));
        CHECK(rows[0].comments == QStringLiteral("Rückruf erwünscht – abends"));
        CHECK(rows[1].customer.lastName == QStringLiteral("Weiß"));
        CHECK(rows[1].customer.emails.isEmpty());
        CHECK(rows[1].line == 3);
    }
    SECTION("Russian, Windows-1251")
    {
        const leadcsv::Table t = table("event-ru-cp1251.csv");
        CHECK(t.encoding == QStringLiteral("windows-1251"));
        CHECK(keys(leadcsv::guessMapping(t.header)).join(u',') ==
              QStringLiteral("first_name,last_name,phone,email,city,vehicle"));
        const auto rows = leadcsv::prospects(t, leadcsv::guessMapping(t.header));
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].customer.firstName == QStringLiteral("Ольга"));
        CHECK(rows[1].customer.city == QStringLiteral("Санкт-Петербург"));
    }
    SECTION("Ukrainian, UTF-8 with a byte-order mark, commas")
    {
        const leadcsv::Table t = table("fair-uk-utf8-bom.csv");
        CHECK(t.encoding == QStringLiteral("UTF-8"));
        CHECK(t.header.first() == QStringLiteral("Ім'я"));
        CHECK(keys(leadcsv::guessMapping(t.header)).join(u',') ==
              QStringLiteral("first_name,last_name,mobile,email,city"));
        const auto rows = leadcsv::prospects(t, leadcsv::guessMapping(t.header));
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].customer.lastName == QStringLiteral("Їжакевич"));
        REQUIRE(rows[1].customer.phones.size() == 1);
        CHECK(rows[1].customer.phones[0].type == QStringLiteral("cellphone"));
    }
    SECTION("Chinese, GB18030, tabs")
    {
        const leadcsv::Table t = table("dealer-zh-gb18030.csv");
        CHECK(t.encoding == QStringLiteral("GB18030"));
        CHECK(t.delimiter == u'\t');
        CHECK(keys(leadcsv::guessMapping(t.header)).join(u',') ==
              QStringLiteral("name,mobile,email,city,vehicle,comments"));
        const auto rows = leadcsv::prospects(t, leadcsv::guessMapping(t.header));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].customer.fullName == QStringLiteral("张伟"));
        CHECK(rows[0].comments == QStringLiteral("周末试驾"));
    }
    SECTION("English, UTF-8, quoted fields over two lines, an empty row")
    {
        const leadcsv::Table t = table("export-en-utf8.csv");
        CHECK(keys(leadcsv::guessMapping(t.header)).join(u',') ==
              QStringLiteral("first_name,last_name,phone,email,id,comments"));
        const auto rows = leadcsv::prospects(t, leadcsv::guessMapping(t.header));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].id == QStringLiteral("EX-1001"));
        CHECK(rows[0].comments == QStringLiteral("Wants a quote, with trade-in"));
        CHECK(rows[1].comments == QStringLiteral("Two lines:\nsecond line"));
    }
}

TEST_CASE("lead fields have stable keys and a second phone column becomes the mobile",
          "[intake][csv]")
{
    for (Field f : leadcsv::allFields())
        CHECK(leadcsv::fieldFromKey(leadcsv::fieldKey(f)) == f);
    CHECK_FALSE(leadcsv::fieldFromKey(QStringLiteral("shoe_size")).has_value());
    const auto mapping =
        leadcsv::guessMapping({QStringLiteral("Telefon"), QStringLiteral("Tel."),
                               QStringLiteral("Telephone"), QStringLiteral("Unbekannt")});
    CHECK(keys(mapping).join(u',') == QStringLiteral("phone,mobile,ignore,ignore"));
    CHECK(leadcsv::reachesAnyone(mapping));
    CHECK_FALSE(leadcsv::reachesAnyone(leadcsv::guessMapping({QStringLiteral("Name")})));
}
