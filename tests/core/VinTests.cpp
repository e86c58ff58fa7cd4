// ISO 3779 VINs: length, characters and the check digit North America and China require.
#include "rules/Vin.h"

#include <catch2/catch.hpp>

using namespace showroom;

TEST_CASE("real VINs with a correct check digit are verified", "[vin]")
{
    for (const char* sample : {"1HGCM82633A004352", "1M8GDM9AXKP042788", "2T1BURHE0JC014702"}) {
        const QString vin = QString::fromLatin1(sample);
        INFO(sample);
        auto checked = validateVin(vin);
        REQUIRE(checked.has_value());
        CHECK(checked->vin == vin);
        CHECK(checked->checkDigitVerified);
        CHECK(checked->note.isEmpty());
        CHECK(vinCheckDigit(vin) == vin.at(8));
    }
    CHECK(vinCheckDigit(QStringLiteral("1M8GDM9AXKP042788")) == QLatin1Char('X'));
}

TEST_CASE("typed VINs are normalised: lower case, spaces and dashes", "[vin]")
{
    auto checked = validateVin(QStringLiteral(" 1hgcm8-2633 a004352 "));
    REQUIRE(checked.has_value());
    CHECK(checked->vin == QStringLiteral("1HGCM82633A004352"));
    CHECK(normalisedVinFragment(QStringLiteral("wvw zz-z1")) == QStringLiteral("WVWZZZ1"));
}

TEST_CASE("a wrong check digit is refused in North America and China", "[vin]")
{
    auto honda = validateVin(QStringLiteral("1HGCM82643A004352")); // one digit mistyped
    REQUIRE_FALSE(honda.has_value());
    CHECK(honda.error().code == ErrorCode::InvalidInput);
    CHECK(honda.error().message.contains(QStringLiteral("should be 3 but is 4")));

    auto tesla = validateVin(QStringLiteral("5YJ3E1EA7KF317000"));
    REQUIRE_FALSE(tesla.has_value());
    CHECK(tesla.error().message.contains(QStringLiteral("should be 2 but is 7")));

    auto chinese = validateVin(QStringLiteral("LSVAU2A37N2183294"));
    REQUIRE_FALSE(chinese.has_value());
    CHECK(chinese.error().message.contains(QStringLiteral("should be 4 but is 7")));
}

TEST_CASE("European VINs without a check digit pass with a note", "[vin]")
{
    for (const char* sample : {"WVWZZZ1KZAW000001", "WBA8E9C50GK000000", "VF1RFB00X12345678"}) {
        INFO(sample);
        auto checked = validateVin(QString::fromLatin1(sample));
        REQUIRE(checked.has_value());
        CHECK_FALSE(checked->checkDigitVerified);
        CHECK(checked->note.contains(QStringLiteral("no check digit")));
    }
    // A European VIN whose position 9 happens to match is verified after all.
    auto matching = validateVin(QStringLiteral("WVWZZZ1KZ0W000001"));
    REQUIRE(matching.has_value());
    CHECK(matching->checkDigitVerified == (vinCheckDigit(matching->vin) == QLatin1Char('0')));
}

TEST_CASE("I, O and Q are refused with their position and what they are mistaken for", "[vin]")
{
    auto withO = validateVin(QStringLiteral("WVWZZZ1KZAW00O001"));
    REQUIRE_FALSE(withO.has_value());
    CHECK(withO.error().message.contains(QStringLiteral("letter O (position 14)")));
    CHECK(withO.error().message.contains(QStringLiteral("0")));

    auto withI = validateVin(QStringLiteral("IHGCM82633A004352"));
    REQUIRE_FALSE(withI.has_value());
    CHECK(withI.error().message.contains(QStringLiteral("letter I (position 1)")));
    CHECK(withI.error().message.contains(QStringLiteral("read as 1")));

    auto withQ = validateVin(QStringLiteral("WVWZZZ1KZAWQ00001"));
    REQUIRE_FALSE(withQ.has_value());
    CHECK(withQ.error().message.contains(QStringLiteral("letter Q (position 12)")));

    auto symbol = validateVin(QStringLiteral("WVWZZZ1KZAW00#001"));
    REQUIRE_FALSE(symbol.has_value());
    CHECK(symbol.error().message.contains(QStringLiteral("position 14")));
    CHECK(vinCheckDigit(QStringLiteral("WVWZZZ1KZAW00#001")).isNull());
}

TEST_CASE("a VIN of the wrong length names how many characters it has", "[vin]")
{
    auto shortVin = validateVin(QStringLiteral("1HGCM82633A00435"));
    REQUIRE_FALSE(shortVin.has_value());
    CHECK(shortVin.error().message.contains(QStringLiteral("17")));
    CHECK(shortVin.error().message.contains(QStringLiteral("16")));

    auto longVin = validateVin(QStringLiteral("1HGCM82633A0043521"));
    REQUIRE_FALSE(longVin.has_value());
    CHECK(longVin.error().message.contains(QStringLiteral("18")));

    auto empty = validateVin(QStringLiteral("  "));
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
}
