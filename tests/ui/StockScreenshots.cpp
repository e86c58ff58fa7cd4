// Renders the Stock page and the test-drive dialog with realistic content to PNG files, to look
// at the layout. Not run by ctest: `showroom_ui_tests "[.shots]"` writes into $SHOWROOM_SHOTS_DIR
// (or $SHOWROOM_SCREENSHOTS, or /tmp).
#include "PipelineDesk.h"
#include "deals/StockPage.h"
#include "deals/TestDriveDialog.h"
#include "deals/VehicleDialog.h"
#include "services/StockService.h"
#include "services/TestDriveService.h"

#include <QDateEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
QString shotPath(const QString& name)
{
    QString folder = qEnvironmentVariable("SHOWROOM_SHOTS_DIR");
    if (folder.isEmpty())
        folder = qEnvironmentVariable("SHOWROOM_SCREENSHOTS", QStringLiteral("/tmp"));
    return folder + QStringLiteral("/%1.png").arg(name);
}

void shoot(QWidget& widget, const QString& name)
{
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(50);
    CHECK(widget.grab().save(shotPath(name)));
}

struct Car {
    const char* vin;
    const char* stockNumber;
    const char* make;
    const char* model;
    const char* trim;
    const char* colour;
    int year;
    VehicleCondition condition;
    qint64 priceCents;
    bool testDrive;
    int transitDays; // > 0: in transit, expected in that many days
};

constexpr Car kCars[] = {
    {"WVWZZZ1KZAW000001", "S-1001", "VW", "Golf", "Life", "Moonstone Grey", 2025,
     VehicleCondition::Demo, 2799000, true, 0},
    {"WVWZZZ1KZAW000002", "S-1002", "VW", "Golf", "Style", "Kings Red", 2025, VehicleCondition::New,
     3649000, false, 0},
    {"WVGZZZE2ZPP004411", "S-1003", "VW", "ID.4", "Pro", "Glacier White", 2025,
     VehicleCondition::New, 4699000, true, 0},
    {"WVGZZZCAZPC000044", "S-1004", "VW", "Tiguan", "Elegance", "Pure White", 2025,
     VehicleCondition::New, 4599000, false, 18},
    {"TMBJJ7NX5PY012345", "S-2001", "Skoda", "Octavia Combi", "Style", "Race Blue", 2024,
     VehicleCondition::Used, 2349050, false, 0},
    {"TMBLK7NY1RF054321", "S-2002", "Skoda", "Enyaq", "iV 80", "Moon White", 2025,
     VehicleCondition::New, 4989000, true, 0},
    {"VSSZZZK1ZRP008877", "S-3001", "Cupra", "Born", "e-Boost", "Aurora Blue", 2025,
     VehicleCondition::New, 4129000, false, 9},
    {"1HGCM82633A004352", "U-2001", "Honda", "Accord", "EX", "Silver", 2003, VehicleCondition::Used,
     450000, false, 0},
};

struct Showroom : PipelineDesk {
    Showroom()
    {
        StockService stock(context());
        for (const Car& c : kCars) {
            Vehicle v;
            v.vin = QString::fromLatin1(c.vin);
            v.stockNumber = QString::fromLatin1(c.stockNumber);
            v.make = QString::fromUtf8(c.make);
            v.model = QString::fromUtf8(c.model);
            v.trim = QString::fromUtf8(c.trim);
            v.colour = QString::fromUtf8(c.colour);
            v.modelYear = c.year;
            v.condition = c.condition;
            v.priceCents = c.priceCents;
            v.testDriveCar = c.testDrive;
            if (c.transitDays > 0) {
                v.status = VehicleStatus::InTransit;
                v.expectedOn = clock.now().date().addDays(c.transitDays);
            }
            auto added = stock.add(max, v);
            if (!added)
                FAIL(added.error().message.toStdString());
            vehicles.push_back(*added);
        }
        lead = addLead(data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel")), anna,
                       QStringLiteral("VW ID.4 Pro"));
        const Lead other =
            addLead(data.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Fischer")), ben,
                    QStringLiteral("VW Golf"));
        TestDriveService drives(context());
        const qint64 id4 = vehicles[2].id;
        REQUIRE(drives.book(max, other.id, id4, at(3, 10), at(3, 11)).has_value());
        REQUIRE(drives.book(max, lead.id, vehicles[0].id, at(3, 14), at(3, 15)).has_value());
        REQUIRE(drives.book(max, other.id, id4, at(3, 15, 30), at(3, 16, 30)).has_value());
    }

    std::vector<Vehicle> vehicles;
    Lead lead;
};
} // namespace

TEST_CASE("Stock screenshots", "[.shots]")
{
    Showroom showroom;
    StockPage page(showroom.session(showroom.max));
    page.resize(1280, 560);
    shoot(page, QStringLiteral("stock-page"));

    TestDriveDialog dialog(showroom.session(showroom.anna), showroom.lead.id);
    dialog.selectCar(showroom.vehicles[2].id);
    dialog.dateField()->setDate(PipelineDesk::at(3, 0).date());
    shoot(dialog, QStringLiteral("test-drive-dialog"));

    VehicleDialog vehicle(showroom.session(showroom.max), showroom.vehicles[3]);
    shoot(vehicle, QStringLiteral("vehicle-dialog"));
}
