// vCard files as phones, mail programs and trade-fair scanners write them (2.1, 3.0, 4.0).

#include "io/VCard.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace showroom;

namespace {

vcard::Document cards(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/vcard/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return vcard::parse(file.readAll());
}

} // namespace

TEST_CASE("a vCard 3.0 file with several cards, folded lines and escapes is read card by card",
          "[intake][vcard]")
{
    const vcard::Document d = cards("contacts-3.0.vcf");
    CHECK(d.rejected.isEmpty());
    REQUIRE(d.cards.size() == 3);
    const adf::Prospect& anna = d.cards[0];
    CHECK(anna.id == QStringLiteral("card-anna-1"));
    CHECK(anna.customer.lastName == QStringLiteral("Schmidt"));
    CHECK(anna.customer.firstName == QStringLiteral("Anna"));
    CHECK(anna.customer.middleName == QStringLiteral("Maria"));
    CHECK(anna.customer.company == QStringLiteral("Schmidt & Söhne GmbH"));
    REQUIRE(anna.customer.phones.size() == 2);
    CHECK(anna.customer.phones[0].number == QStringLiteral("+49 30 9876543"));
    CHECK(anna.customer.phones[0].type == QStringLiteral("work"));
    CHECK(anna.customer.phones[1].type == QStringLiteral("cell"));
    CHECK(anna.customer.emails == QStringList{QStringLiteral("anna.schmidt@example.org"),
                                              QStringLiteral("a.schmidt@schmidt-soehne.example")});
    CHECK(anna.customer.street == QStringLiteral("Lindenallee 12, Hinterhof, Haus B"));
    CHECK(anna.customer.city == QStringLiteral("Potsdam"));
    CHECK(anna.customer.postalCode == QStringLiteral("14467"));
    CHECK(anna.comments == QStringLiteral("Met at the Autohaus open day, wants a call about the "
                                          "Enyaq\nafter 4 pm. Prefers SMS."));
    CHECK(d.cards[1].customer.company == QStringLiteral("Müller Logistik"));
    CHECK(d.cards[2].notes.contains(QStringLiteral("The card has no phone number or email.")));
}

TEST_CASE("vCard 4.0 tel: URIs and vCard 2.1 quoted-printable names are read", "[intake][vcard]")
{
    const vcard::Document v4 = cards("contact-4.0.vcf");
    REQUIRE(v4.cards.size() == 1);
    CHECK(v4.cards[0].customer.fullName == QStringLiteral("李娜"));
    REQUIRE(v4.cards[0].customer.phones.size() == 1);
    CHECK(v4.cards[0].customer.phones[0].number == QStringLiteral("+86-138-0013-8000"));
    CHECK(v4.cards[0].customer.phones[0].type == QStringLiteral("cell"));
    CHECK(v4.cards[0].id == QStringLiteral("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));

    const vcard::Document v21 = cards("phone-2.1.vcf");
    REQUIRE(v21.cards.size() == 1);
    CHECK(v21.cards[0].customer.lastName == QStringLiteral("Groß"));
    CHECK(v21.cards[0].customer.firstName == QStringLiteral("Jürgen-Björn"));
    REQUIRE(v21.cards[0].customer.phones.size() == 2);
    CHECK(v21.cards[0].customer.phones[0].type == QStringLiteral("cell"));
    CHECK(v21.cards[0].customer.phones[1].type == QStringLiteral("home"));
}

TEST_CASE("a file without a vCard is rejected; a last card without its end still counts",
          "[intake][vcard]")
{
    CHECK_FALSE(vcard::parse("just some text").rejected.isEmpty());
    CHECK_FALSE(vcard::parse("").rejected.isEmpty());
    const vcard::Document cut = vcard::parse("BEGIN:VCARD\nFN:Cut Off\nEMAIL:cut@example.org\n");
    REQUIRE(cut.cards.size() == 1);
    CHECK(cut.cards[0].customer.emails == QStringList{QStringLiteral("cut@example.org")});
    CHECK(cut.cards[0].notes.contains(QStringLiteral("The file ends inside a card.")));
}
