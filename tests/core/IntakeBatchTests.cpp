// What an import does once per file instead of once per record: the search index of the
// customers it adds, the phone numbers it normalises, the references its leads need. The
// results must be those of importing record by record.

#include "Fixtures.h"
#include "services/CustomerService.h"
#include "services/LeadIntakeService.h"
#include "storage/CustomerSearchBatch.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

QByteArray prospect(const char* id, const char* first, const char* last, const char* phone,
                    const char* email)
{
    return QByteArray("<prospect><id source=\"Batch\">") + id +
           "</id><customer><contact><name part=\"first\">" + first + "</name><name part=\"last\">" +
           last + "</name><phone>" + phone + "</phone><email>" + email +
           "</email></contact></customer></prospect>";
}

QByteArray adfFile(const QList<QByteArray>& prospects)
{
    return "<?xml version=\"1.0\"?><adf>" + prospects.join() + "</adf>";
}

IntakeReport importAdf(Fixture& f, const QByteArray& bytes, IntakeOptions options = {})
{
    auto report = LeadIntakeService(f.context()).importAdf(f.reception, bytes, options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    return *report;
}

qint64 scalar(Fixture& f, const char* statement)
{
    return sql::scalar(f.db->sql(), QLatin1String(statement))->toLongLong();
}

// Customers whose search entry is not exactly what the search trigger writes.
qint64 customersMisindexed(Fixture& f)
{
    return scalar(f, "SELECT count(*) FROM customers c LEFT JOIN customer_search s "
                     "ON s.rowid = c.id WHERE s.rowid IS NULL "
                     "OR s.name <> trim(c.first_name || ' ' || c.last_name) "
                     "OR s.company <> c.company_name OR s.email <> c.email "
                     "OR s.phone_digits <> replace(coalesce(c.phone_e164, ''), '+', '') || ' ' || "
                     "c.phone");
}

qint64 searchTriggers(Fixture& f)
{
    return scalar(f, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                     "AND name = 'customers_search_insert'");
}

std::vector<qint64> found(Fixture& f, const QString& text)
{
    auto rows = CustomerService(f.context()).page(text, std::nullopt, 20);
    REQUIRE(rows.has_value());
    std::vector<qint64> ids;
    for (const CustomerRow& row : *rows)
        ids.push_back(row.id);
    return ids;
}

} // namespace

TEST_CASE("the customers an import adds are found by search, indexed as one by one", "[intake]")
{
    Fixture f;
    const IntakeReport report = importAdf(
        f, adfFile({prospect("b-1", "Greta", "Lindqvist", "0151 40000001", "greta@example.org"),
                    prospect("b-2", "Henrik", "Aalto", "0151 40000002", "henrik@example.org"),
                    prospect("b-3", "", "", "not a number", "")}));
    REQUIRE(report.records.size() == 3);
    CHECK(report.count(IntakeOutcome::Created) == 2);
    CHECK(report.count(IntakeOutcome::Rejected) == 1);

    CHECK(customersMisindexed(f) == 0);
    CHECK(searchTriggers(f) == 1);
    CHECK(found(f, QStringLiteral("Lindqvist")) ==
          std::vector<qint64>{*report.records[0].customerId});
    CHECK(found(f, QStringLiteral("40000002")) ==
          std::vector<qint64>{*report.records[1].customerId});

    // Customers added afterwards are indexed by the trigger again.
    const Customer later = f.addCustomer(QStringLiteral("Ingrid"), QStringLiteral("Lindqvist"),
                                         QStringLiteral("0151 40000003"));
    CHECK(found(f, QStringLiteral("Lindqvist")).size() == 2);
    CHECK(found(f, QStringLiteral("Ingrid")) == std::vector<qint64>{later.id});
    // So is the customer of a file with one record.
    const IntakeReport single =
        importAdf(f, adfFile({prospect("b-4", "Jorma", "Virtanen", "0151 40000004", "")}));
    CHECK(found(f, QStringLiteral("Virtanen")) ==
          std::vector<qint64>{*single.records[0].customerId});
    CHECK(customersMisindexed(f) == 0);
}

TEST_CASE("a dry run leaves the search index and its trigger as they were", "[intake]")
{
    Fixture f;
    const qint64 entriesBefore = scalar(f, "SELECT count(*) FROM customer_search");
    IntakeOptions dryRun;
    dryRun.dryRun = true;
    const IntakeReport report =
        importAdf(f,
                  adfFile({prospect("d-1", "Jonas", "Berglund", "0151 40000011", ""),
                           prospect("d-2", "Karin", "Berglund", "0151 40000012", "")}),
                  dryRun);
    CHECK(report.count(IntakeOutcome::Created) == 2);
    CHECK(scalar(f, "SELECT count(*) FROM customer_search") == entriesBefore);
    CHECK(searchTriggers(f) == 1);
    CHECK(found(f, QStringLiteral("Berglund")).empty());
    CHECK(customersMisindexed(f) == 0);
}

TEST_CASE("a customer given a car inside a search batch is found by its VIN", "[intake]")
{
    Fixture f;
    REQUIRE(f.db->sql().transaction());
    auto batch = CustomerSearchBatch::begin(f.db->sql());
    REQUIRE(batch.has_value());
    REQUIRE(sql::exec(
        f.db->sql(), QStringLiteral("INSERT INTO customers (first_name, last_name, display_name, "
                                    "sort_key, created_at, updated_at) VALUES ('Ole', 'Lindqvist', "
                                    "'Ole Lindqvist', 'ole lindqvist', 0, 0)")));
    REQUIRE(sql::exec(f.db->sql(),
                      QStringLiteral("INSERT INTO vehicles (vin, make, model, owner_customer_id, "
                                     "created_at) SELECT 'WVWZZZ1KZBW123456', 'VW', 'Golf', "
                                     "max(id), 0 FROM customers")));
    REQUIRE(batch->finish().has_value());
    REQUIRE(f.db->sql().commit());
    CHECK(searchTriggers(f) == 1);
    CHECK(found(f, QStringLiteral("1KZBW1234")).size() == 1);
    CHECK(customersMisindexed(f) == 0);
}

TEST_CASE("a customer added by one record of a file is known to the later ones", "[intake]")
{
    Fixture f;
    const IntakeReport report = importAdf(
        f, adfFile({prospect("s-1", "Lena", "Moser", "0151 40000021", "lena@example.org"),
                    prospect("s-2", "Lena", "Moser", "+49 151 40000021", "other@example.org"),
                    prospect("s-3", "L.", "Moser", "0151 49999999", "LENA@example.org")}));
    REQUIRE(report.records.size() == 3);
    CHECK(report.records[0].outcome == IntakeOutcome::Created);
    CHECK(report.records[1].outcome == IntakeOutcome::Linked);
    CHECK(report.records[2].outcome == IntakeOutcome::Linked);
    CHECK(report.records[1].customerId == report.records[0].customerId);
    CHECK(report.records[2].customerId == report.records[0].customerId);
    CHECK(scalar(f, "SELECT count(*) FROM leads WHERE customer_id IN "
                    "(SELECT id FROM customers WHERE last_name = 'Moser')") == 3);
}
