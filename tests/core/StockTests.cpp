// The vehicle stock: adding cars with checked VINs, searching by any VIN fragment, the deal
// form's cascade of choices, version-checked edits and stock-list imports.
#include "Fixtures.h"
#include "io/Csv.h"
#include "services/StockImport.h"
#include "services/StockService.h"
#include "storage/Sql.h"
#include "storage/VehicleRepository.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
Vehicle car(const QString& vin, const QString& make, const QString& model, const QString& trim = {},
            const QString& colour = {})
{
    Vehicle v;
    v.vin = vin;
    v.make = make;
    v.model = model;
    v.trim = trim;
    v.colour = colour;
    v.modelYear = 2026;
    v.priceCents = 3299000;
    return v;
}

Vehicle added(Fixture& f, const Vehicle& draft)
{
    auto result = StockService(f.context()).add(f.manager, draft);
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.has_value());
    return *result;
}

QByteArray testFile(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/stock/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList vins(const std::vector<Vehicle>& vehicles)
{
    QStringList out;
    for (const Vehicle& v : vehicles)
        out << v.vin;
    return out;
}

qint64 count(Fixture& f, const QString& statement)
{
    auto value = sql::scalar(f.db->sql(), statement);
    REQUIRE(value.has_value());
    return value->toLongLong();
}
} // namespace

TEST_CASE("a manager adds a car; its VIN is normalised and checked", "[stock]")
{
    Fixture f;
    const Vehicle golf = added(f, car(QStringLiteral("wvwzzz1kzaw000001"), QStringLiteral("VW"),
                                      QStringLiteral(" Golf "), QStringLiteral("Life")));
    CHECK(golf.id > 0);
    CHECK(golf.vin == QStringLiteral("WVWZZZ1KZAW000001"));
    CHECK(golf.model == QStringLiteral("Golf"));
    CHECK(golf.status == VehicleStatus::InStock);
    CHECK(golf.version == 1);
    CHECK(golf.createdAt == f.clock.now());
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'vehicle.create'")) == 1);

    StockService stock(f.context());
    auto byVin = stock.byVin(QStringLiteral("wvwzzz1kzaw000001"));
    REQUIRE(byVin.has_value());
    CHECK(byVin->id == golf.id);

    auto badVin = stock.add(f.manager, car(QStringLiteral("1HGCM82643A004352"),
                                           QStringLiteral("Honda"), QStringLiteral("Accord")));
    REQUIRE_FALSE(badVin.has_value());
    CHECK(badVin.error().message.contains(QStringLiteral("check digit")));

    auto noModel = stock.add(
        f.manager, car(QStringLiteral("1HGCM82633A004352"), QStringLiteral("Honda"), QString()));
    REQUIRE_FALSE(noModel.has_value());
    CHECK(noModel.error().code == ErrorCode::InvalidInput);

    Vehicle transit =
        car(QStringLiteral("1HGCM82633A004352"), QStringLiteral("Honda"), QStringLiteral("Accord"));
    transit.status = VehicleStatus::InTransit;
    auto noDate = stock.add(f.manager, transit);
    REQUIRE_FALSE(noDate.has_value());
    CHECK(noDate.error().message.contains(QStringLiteral("expected")));
    transit.expectedOn = QDate(2026, 12, 15);
    CHECK(stock.add(f.manager, transit).has_value());
}

TEST_CASE("a VIN already in stock is refused", "[stock]")
{
    Fixture f;
    added(f,
          car(QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("VW"), QStringLiteral("Golf")));
    auto again = StockService(f.context())
                     .add(f.admin, car(QStringLiteral("WVW ZZZ 1KZ AW000001"), QStringLiteral("VW"),
                                       QStringLiteral("Polo")));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Duplicate);
    CHECK(again.error().message.contains(QStringLiteral("WVWZZZ1KZAW000001")));
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM vehicles")) == 1);
}

TEST_CASE("consultants and reception may search the stock but not change it", "[stock]")
{
    Fixture f;
    StockService stock(f.context());
    for (const User* user : {&f.anna, &f.reception}) {
        auto refused = stock.add(*user, car(QStringLiteral("WVWZZZ1KZAW000001"),
                                            QStringLiteral("VW"), QStringLiteral("Golf")));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        auto import = stock.importCsv(*user, testFile("stock.csv"), true);
        REQUIRE_FALSE(import.has_value());
        CHECK(import.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM vehicles")) == 0);
}

TEST_CASE("the stock is found by any VIN fragment, stock number, make or model", "[stock]")
{
    Fixture f;
    Vehicle golf = car(QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("VW"),
                       QStringLiteral("Golf"), QStringLiteral("Life"));
    golf.stockNumber = QStringLiteral("S-1001");
    golf.testDriveCar = true;
    added(f, golf);
    added(f,
          car(QStringLiteral("WVGZZZCAZPC000044"), QStringLiteral("VW"), QStringLiteral("Tiguan")));
    added(f, car(QStringLiteral("1HGCM82633A004352"), QStringLiteral("Honda"),
                 QStringLiteral("Accord")));
    StockService stock(f.context());
    const auto find = [&](const QString& text) {
        VehicleFilter filter;
        filter.text = text;
        auto found = stock.search(filter);
        REQUIRE(found.has_value());
        return vins(*found);
    };
    CHECK(find(QStringLiteral("a004352")) == QStringList{QStringLiteral("1HGCM82633A004352")});
    CHECK(find(QStringLiteral("82633")) == QStringList{QStringLiteral("1HGCM82633A004352")});
    CHECK(find(QStringLiteral("zzz1k")) == QStringList{QStringLiteral("WVWZZZ1KZAW000001")});
    CHECK(find(QStringLiteral("1kz aw")) == QStringList{QStringLiteral("WVWZZZ1KZAW000001")});
    CHECK(find(QStringLiteral("s-1001")) == QStringList{QStringLiteral("WVWZZZ1KZAW000001")});
    CHECK(find(QStringLiteral("tig")) == QStringList{QStringLiteral("WVGZZZCAZPC000044")});
    CHECK(find(QStringLiteral("vw golf")) == QStringList{QStringLiteral("WVWZZZ1KZAW000001")});
    CHECK(find(QStringLiteral("vw")).size() == 2);
    CHECK(find(QStringLiteral("%")).isEmpty());
    CHECK(find(QString()).size() == 3);

    VehicleFilter testDrive;
    testDrive.testDriveCarsOnly = true;
    auto cars = stock.search(testDrive);
    REQUIRE(cars.has_value());
    CHECK(vins(*cars) == QStringList{QStringLiteral("WVWZZZ1KZAW000001")});
}

TEST_CASE("choices cascade make, model, trim, colour over available cars", "[stock]")
{
    Fixture f;
    added(f, car(QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("VW"), QStringLiteral("Golf"),
                 QStringLiteral("Life"), QStringLiteral("Moonstone Grey")));
    added(f, car(QStringLiteral("WVWZZZ1KZAW000002"), QStringLiteral("VW"), QStringLiteral("Golf"),
                 QStringLiteral("Life"), QStringLiteral("Kings Red")));
    added(f, car(QStringLiteral("WVWZZZ1KZAW000003"), QStringLiteral("VW"), QStringLiteral("Golf"),
                 QStringLiteral("Style"), QStringLiteral("Pure White")));
    added(f,
          car(QStringLiteral("WVGZZZCAZPC000044"), QStringLiteral("VW"), QStringLiteral("Tiguan")));
    const Vehicle honda = added(f, car(QStringLiteral("1HGCM82633A004352"), QStringLiteral("Honda"),
                                       QStringLiteral("Accord")));
    const Customer buyer = f.addCustomer(QStringLiteral("Lars"), QStringLiteral("Ohm"),
                                         QStringLiteral("0172 5000001"));
    REQUIRE(VehicleRepository(f.db->sql())
                .setStatus(honda.id, VehicleStatus::Sold, buyer.id)
                .has_value());

    StockService stock(f.context());
    CHECK(stock.choices() == QStringList{QStringLiteral("VW")});
    CHECK(stock.choices(QStringLiteral("VW")) ==
          QStringList({QStringLiteral("Golf"), QStringLiteral("Tiguan")}));
    CHECK(stock.choices(QStringLiteral("VW"), QStringLiteral("Golf")) ==
          QStringList({QStringLiteral("Life"), QStringLiteral("Style")}));
    CHECK(stock.choices(QStringLiteral("VW"), QStringLiteral("Golf"), QStringLiteral("Life")) ==
          QStringList({QStringLiteral("Kings Red"), QStringLiteral("Moonstone Grey")}));

    auto sold = stock.get(honda.id);
    REQUIRE(sold.has_value());
    CHECK(sold->status == VehicleStatus::Sold);
    CHECK(sold->ownerCustomerId == buyer.id);
    CHECK(sold->version == 2);
    VehicleFilter available;
    available.availableOnly = true;
    CHECK(stock.search(available)->size() == 4);
}

TEST_CASE("an edit on a stale version is a conflict; status follows the rules", "[stock]")
{
    Fixture f;
    StockService stock(f.context());
    const Vehicle golf = added(
        f, car(QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("VW"), QStringLiteral("Golf")));
    Vehicle mine = golf;
    mine.colour = QStringLiteral("Kings Red");
    mine.status = VehicleStatus::InTransit;
    mine.expectedOn = QDate(2026, 12, 10);
    auto saved = stock.update(f.manager, mine);
    REQUIRE(saved.has_value());
    CHECK(saved->version == 2);
    CHECK(saved->status == VehicleStatus::InTransit);
    CHECK(saved->expectedOn == QDate(2026, 12, 10));

    Vehicle stale = golf; // opened before the edit above
    stale.priceCents = 2999000;
    auto conflict = stock.update(f.admin, stale);
    REQUIRE_FALSE(conflict.has_value());
    CHECK(conflict.error().code == ErrorCode::Conflict);
    CHECK(stock.get(golf.id)->colour == QStringLiteral("Kings Red"));

    Vehicle reserve = *saved;
    reserve.status = VehicleStatus::Reserved;
    auto refused = stock.update(f.manager, reserve);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("deal")));

    Vehicle arrived = *saved;
    arrived.status = VehicleStatus::InStock;
    auto inStock = stock.update(f.manager, arrived);
    REQUIRE(inStock.has_value());
    CHECK_FALSE(inStock->expectedOn.isValid());

    auto consultant = stock.update(f.anna, *inStock);
    REQUIRE_FALSE(consultant.has_value());
    CHECK(consultant.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a stock list imports; a re-import updates and leaves the rest unchanged", "[stock]")
{
    Fixture f;
    StockService stock(f.context());
    auto first = stock.importCsv(f.manager, testFile("stock.csv"));
    REQUIRE(first.has_value());
    CHECK(first->added == 5);
    CHECK(first->rejected == 0);
    REQUIRE(first->rows.size() == 5);
    CHECK(first->rows[0].line == 2);
    CHECK(first->rows[4].line == 6);
    CHECK(first->rows[4].reason.isEmpty()); // a North American VIN: verified
    CHECK(first->rows[0].reason.contains(QStringLiteral("no check digit")));

    auto golf = stock.byVin(QStringLiteral("WVWZZZ1KZAW000001"));
    REQUIRE(golf.has_value());
    CHECK(golf->priceCents == 3299000);
    CHECK(golf->testDriveCar);
    CHECK(golf->stockNumber == QStringLiteral("S-1001"));
    auto grey = stock.byVin(QStringLiteral("WVWZZZAUZLW000123"));
    REQUIRE(grey.has_value());
    CHECK(grey->colour == QStringLiteral("Grey, metallic"));
    CHECK(grey->condition == VehicleCondition::Demo);
    auto tiguan = stock.byVin(QStringLiteral("WVGZZZCAZPC000044"));
    REQUIRE(tiguan.has_value());
    CHECK(tiguan->status == VehicleStatus::InTransit);
    CHECK(tiguan->expectedOn == QDate(2026, 12, 15));
    CHECK(tiguan->priceCents == 4599000);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'stock.import'")) == 1);

    auto again = stock.importCsv(f.manager, testFile("stock.csv"));
    REQUIRE(again.has_value());
    CHECK(again->unchanged == 5);
    CHECK(again->added == 0);
    CHECK(again->updated == 0);

    // The German list: BOM, semicolons, quoted fields (one over two lines), one bad VIN.
    auto german = stock.importCsv(f.manager, testFile("stock_de.csv"));
    REQUIRE(german.has_value());
    CHECK(german->updated == 1);
    CHECK(german->added == 2);
    CHECK(german->rejected == 1);
    REQUIRE(german->rows.size() == 4);
    const StockImportRow& bad = german->rows[2];
    CHECK(bad.line == 4);
    CHECK(bad.outcome == StockImportRow::Outcome::Rejected);
    CHECK(bad.reason.contains(QStringLiteral("letter O (position 14)")));
    CHECK(german->rows[3].line == 5);

    golf = stock.byVin(QStringLiteral("WVWZZZ1KZAW000001"));
    CHECK(golf->priceCents == 3199000);
    CHECK(golf->colour == QStringLiteral("Mondsteingrau"));
    CHECK(golf->version == 2);
    auto special = stock.byVin(QStringLiteral("WVWZZZ1KZAW000003"));
    REQUIRE(special.has_value());
    CHECK(special->trim == QStringLiteral("Style; Sonderedition"));
    CHECK(special->colour == QStringLiteral("Kings Red \"Perleffekt\""));
    CHECK(special->status == VehicleStatus::InTransit);
    CHECK(special->expectedOn == QDate(2027, 1, 15));
    CHECK(special->priceCents == 3749050);
    CHECK_FALSE(special->testDriveCar);
    auto passat = stock.byVin(QStringLiteral("WVWZZZ3CZPE000077"));
    REQUIRE(passat.has_value());
    CHECK(passat->trim == QStringLiteral("Business Kombi"));
    CHECK(passat->condition == VehicleCondition::Demo);
    CHECK(passat->priceCents == 4150000);
    CHECK(passat->testDriveCar);
}

TEST_CASE("a dry run reports the outcome and writes nothing", "[stock]")
{
    Fixture f;
    StockService stock(f.context());
    auto dry = stock.importCsv(f.manager, testFile("stock_de.csv"), true);
    REQUIRE(dry.has_value());
    CHECK(dry->added == 3);
    CHECK(dry->rejected == 1);
    CHECK_FALSE(dry->rows[0].vehicleId.has_value());
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM vehicles")) == 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'stock.import'")) == 0);

    auto noVin = stock.importCsv(f.manager, QByteArray("make,model\nVW,Golf\n"));
    REQUIRE_FALSE(noVin.has_value());
    CHECK(noVin.error().message.contains(QStringLiteral("VIN")));

    auto twice = stock.importCsv(f.manager, QByteArray("vin;make;model;price\n"
                                                       "WVWZZZ1KZAW000001;VW;Golf;1.234.567\n"
                                                       "WVWZZZ1KZAW000001;VW;Golf;\n"
                                                       "WVWZZZ1KZAW000002;VW;;\n"
                                                       "WVWZZZ1KZAW000003;VW;Golf;abc\n"));
    REQUIRE(twice.has_value());
    CHECK(twice->added == 1);
    CHECK(twice->rejected == 3);
    CHECK(twice->rows[1].reason.contains(QStringLiteral("line 2")));
    CHECK(twice->rows[2].reason.contains(QStringLiteral("model")));
    CHECK(twice->rows[3].reason.startsWith(QStringLiteral("Price")));
    CHECK(stock.byVin(QStringLiteral("WVWZZZ1KZAW000001"))->priceCents == 123456700);
}

TEST_CASE("CSV: quotes, delimiters, line ends and encodings", "[stock][csv]")
{
    auto doc = csv::read(QByteArray("a\tb\tc\r\n1\t\"x\ty\"\t\"say \"\"hi\"\"\"\r\n\r\n2\t\t\n"));
    REQUIRE(doc.has_value());
    CHECK(doc->delimiter == QLatin1Char('\t'));
    CHECK(doc->header == QStringList({"a", "b", "c"}));
    REQUIRE(doc->records.size() == 2);
    CHECK(doc->records[0].fields == QStringList({"1", "x\ty", "say \"hi\""}));
    CHECK(doc->records[1].line == 4);
    CHECK(doc->records[1].fields == QStringList({"2", "", ""}));
    CHECK(doc->column({"missing", "C"}) == 2);

    auto latin = csv::read(QByteArray("Farbe;Preis\nWei\xDF;\x80 10\n"));
    REQUIRE(latin.has_value());
    CHECK(latin->records[0].fields ==
          QStringList({QStringLiteral("Weiß"), QStringLiteral("€ 10")}));

    auto open = csv::read(QByteArray("a,b\n1,\"never closed\n2,3\n"));
    REQUIRE_FALSE(open.has_value());
    CHECK(open.error().message.contains(QStringLiteral("line 2")));
    CHECK_FALSE(csv::read(QByteArray("\xEF\xBB\xBF")).has_value());

    CHECK(stock::parsePriceCents(QStringLiteral("23.990,50")) == 2399050);
    CHECK(stock::parsePriceCents(QStringLiteral("23,990.50")) == 2399050);
    CHECK(stock::parsePriceCents(QStringLiteral("€ 23 990")) == 2399000);
    CHECK(stock::parsePriceCents(QStringLiteral("23990,5")) == 2399050);
    CHECK(stock::parsePriceCents(QStringLiteral("23.990")) == 2399000);
    CHECK_FALSE(stock::parsePriceCents(QStringLiteral("-5")).has_value());
}
