#include "Fixtures.h"
#include "rules/ContactValidation.h"
#include "services/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>
#include <set>

using namespace showroom;
using namespace showroom::test;

namespace {
std::vector<qint64> idsFor(Fixture& f, const QString& text)
{
    auto rows = CustomerRepository(f.db->sql()).page(text, std::nullopt, 50);
    REQUIRE(rows.has_value());
    std::vector<qint64> ids;
    for (const CustomerRow& row : *rows)
        ids.push_back(row.id);
    return ids;
}
} // namespace

TEST_CASE("phone numbers are normalised with libphonenumber", "[rules][phone]")
{
    CHECK(normalizePhone(QStringLiteral("0151 23456789"), QStringLiteral("DE")).value() ==
          QStringLiteral("+4915123456789"));
    CHECK(normalizePhone(QStringLiteral("+49 (151) 234-56789"), QStringLiteral("DE")).value() ==
          QStringLiteral("+4915123456789"));
    CHECK(normalizePhone(QStringLiteral("0049 151 23456789"), QStringLiteral("DE")).value() ==
          QStringLiteral("+4915123456789"));
    CHECK(normalizePhone(QStringLiteral("+7 912 345-67-89"), QStringLiteral("DE")).value() ==
          QStringLiteral("+79123456789"));
    CHECK(normalizePhone(QStringLiteral("8 912 345-67-89"), QStringLiteral("RU")).value() ==
          QStringLiteral("+79123456789"));
    CHECK_FALSE(normalizePhone(QStringLiteral("0151"), QStringLiteral("DE")).has_value());
    CHECK_FALSE(normalizePhone(QStringLiteral("call me"), QStringLiteral("DE")).has_value());
    CHECK_FALSE(
        normalizePhone(QStringLiteral("+49 000 0000000"), QStringLiteral("DE")).has_value());
    CHECK(formatPhoneForDisplay(QStringLiteral("+4915123456789")) ==
          QStringLiteral("+49 1512 3456789"));
}

TEST_CASE("email syntax is checked", "[rules][email]")
{
    CHECK(validateEmail(QStringLiteral("anna.berg@autohaus-example.de")).has_value());
    CHECK_FALSE(validateEmail(QStringLiteral("anna.berg@")).has_value());
    CHECK_FALSE(validateEmail(QStringLiteral("anna berg@example.com")).has_value());
    CHECK_FALSE(validateEmail(QStringLiteral("anna@example")).has_value());
}

TEST_CASE("search-as-you-type finds customers by any part of name, phone, email",
          "[storage][search]")
{
    Fixture f;
    const Customer mueller =
        f.addCustomer(QStringLiteral("Jürgen"), QStringLiteral("Müller"),
                      QStringLiteral("0151 23456789"), QStringLiteral("jm@example.com"));
    const Customer muehl =
        f.addCustomer(QStringLiteral("Hanna"), QStringLiteral("Mühlberg"),
                      QStringLiteral("0160 9876543"), QStringLiteral("hanna@firma.example.org"));
    const Customer weber = f.addCustomer(QStringLiteral("Karl"), QStringLiteral("Weber"),
                                         QStringLiteral("0170 5556667"));

    CHECK(idsFor(f, QStringLiteral("M")) == std::vector<qint64>{muehl.id, mueller.id});
    CHECK(idsFor(f, QStringLiteral("Mü")) == std::vector<qint64>{muehl.id, mueller.id});
    CHECK(idsFor(f, QStringLiteral("müll")) == std::vector<qint64>{mueller.id});
    CHECK(idsFor(f, QStringLiteral("rgen")) ==
          std::vector<qint64>{mueller.id}); // inside the first name
    CHECK(idsFor(f, QStringLiteral("456")) ==
          std::vector<qint64>{mueller.id}); // middle of the number
    CHECK(idsFor(f, QStringLiteral("0160 98")) == std::vector<qint64>{muehl.id}); // national format
    CHECK(idsFor(f, QStringLiteral("+49 170")) == std::vector<qint64>{weber.id});
    CHECK(idsFor(f, QStringLiteral("firma.exa")) == std::vector<qint64>{muehl.id});
    CHECK(idsFor(f, QStringLiteral("karl web")) == std::vector<qint64>{weber.id});
    CHECK(idsFor(f, QStringLiteral("zzz")).empty());

    SECTION("an edit is searchable at once")
    {
        Customer renamed = weber;
        renamed.lastName = QStringLiteral("Webermann");
        REQUIRE(CustomerService(f.context()).update(f.anna, renamed).has_value());
        CHECK(idsFor(f, QStringLiteral("bermann")) == std::vector<qint64>{weber.id});
    }
    SECTION("VINs of owned cars are searchable")
    {
        REQUIRE(
            sql::exec(f.db->sql(),
                      QStringLiteral(
                          "INSERT INTO vehicles (vin, make, model, owner_customer_id, created_at) "
                          "VALUES ('WVWZZZ1KZAW000123', 'VW', 'Golf', ?, 0)"),
                      {weber.id})
                .has_value());
        CHECK(idsFor(f, QStringLiteral("AW0001")) == std::vector<qint64>{weber.id});
        // The serial number at the end of a VIN is plain digits, like a phone fragment.
        CHECK(idsFor(f, QStringLiteral("000123")) == std::vector<qint64>{weber.id});
    }
}

TEST_CASE("the customer list pages by keyset without gaps or repeats", "[storage][search]")
{
    Fixture f;
    for (int i = 0; i < 230; ++i)
        f.addCustomer(QStringLiteral("First%1").arg(i), QStringLiteral("Name%1").arg(i % 17),
                      QStringLiteral("+49 157 4%1").arg(1000000 + i, 7, 10, QLatin1Char('0')));
    CustomerRepository repository(f.db->sql());
    std::optional<CustomerCursor> cursor;
    std::set<qint64> seen;
    QString lastKey;
    int pages = 0;
    while (true) {
        auto page = repository.page({}, cursor, 40);
        REQUIRE(page.has_value());
        if (page->empty())
            break;
        ++pages;
        for (const CustomerRow& row : *page) {
            CHECK(seen.insert(row.id).second);
            CHECK(row.sortKey >= lastKey);
            lastKey = row.sortKey;
        }
        cursor = CustomerCursor{page->back().sortKey, page->back().id};
    }
    CHECK(seen.size() == 230);
    CHECK(pages == 6);

    // Search results page by id.
    std::set<qint64> found;
    std::optional<CustomerCursor> searchCursor;
    for (int i = 0; i < 10; ++i) {
        auto page = repository.page(QStringLiteral("157 4"), searchCursor, 50);
        REQUIRE(page.has_value());
        if (page->empty())
            break;
        for (const CustomerRow& row : *page)
            CHECK(found.insert(row.id).second);
        searchCursor = CustomerCursor{page->back().sortKey, page->back().id};
    }
    CHECK(found.size() == 230);
}
