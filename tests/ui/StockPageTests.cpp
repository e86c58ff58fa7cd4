// The Stock page, the vehicle and import dialogs, and booking a test drive.
#include "PipelineDesk.h"
#include "common/CheckedField.h"
#include "deals/StockImportDialog.h"
#include "deals/StockImportModel.h"
#include "deals/StockListModel.h"
#include "deals/StockPage.h"
#include "deals/TestDriveDialog.h"
#include "deals/VehicleDialog.h"
#include "services/StockService.h"
#include "services/TestDriveService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimeEdit>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
struct StockDesk : PipelineDesk {
    StockDesk()
    {
        golf = addCar("WVWZZZ1KZAW000001", "Golf", "Life", true);
        addCar("WVWZZZ1KZAW000002", "Golf", "Style", false);
        addCar("WVGZZZCAZPC000044", "Tiguan", "Elegance", true);
        lead = addLead(data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel")), anna,
                       QStringLiteral("VW Golf"));
    }

    Vehicle addCar(const char* vin, const char* model, const char* trim, bool testDrive)
    {
        Vehicle v;
        v.vin = QString::fromLatin1(vin);
        v.make = QStringLiteral("VW");
        v.model = QString::fromLatin1(model);
        v.trim = QString::fromLatin1(trim);
        v.colour = QStringLiteral("Moonstone Grey");
        v.modelYear = 2025;
        v.priceCents = 3299000;
        v.testDriveCar = testDrive;
        auto added = StockService(context()).add(max, v);
        if (!added)
            FAIL(added.error().message.toStdString());
        return *added;
    }

    Vehicle golf;
    Lead lead;
};

QStringList shownVins(const StockListModel& model)
{
    QStringList vins;
    for (int row = 0; row < model.rowCount(); ++row)
        vins << model.index(row, StockListModel::Vin).data(StockListModel::RawRole).toString();
    return vins;
}

// Waits for the search field's pause-in-typing timer.
bool waitForRows(const StockListModel& model, int rows)
{
    for (int i = 0; i < 40 && model.rowCount() != rows; ++i)
        QTest::qWait(25);
    return model.rowCount() == rows;
}

QStringList unexpectedWarnings()
{
    return takeWarnings().filter(QRegularExpression(QStringLiteral("^(?!.*propagateSizeHints)")));
}
} // namespace

TEST_CASE("Typing any VIN fragment filters the stock list", "[ui][stock]")
{
    StockDesk desk;
    takeWarnings(); // start clean
    StockPage page(desk.session(desk.max));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const StockListModel& model = *page.model();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, StockListModel::Price).data().toString().contains(QStringLiteral("€")));
    CHECK(model.index(0, StockListModel::Price).data(StockListModel::RawRole).toLongLong() ==
          3299000);

    QTest::keyClicks(page.searchField(), QStringLiteral("kzaw"));
    REQUIRE(waitForRows(model, 2));
    CHECK(shownVins(model) ==
          QStringList({QStringLiteral("WVWZZZ1KZAW000001"), QStringLiteral("WVWZZZ1KZAW000002")}));
    QTest::keyClicks(page.searchField(), QStringLiteral("000002"));
    REQUIRE(waitForRows(model, 1));
    CHECK(shownVins(model) == QStringList{QStringLiteral("WVWZZZ1KZAW000002")});
    page.searchField()->setText(QStringLiteral("zpc0"));
    for (int i = 0; i < 40 && shownVins(model).contains(QStringLiteral("WVWZZZ1KZAW000002")); ++i)
        QTest::qWait(25);
    CHECK(shownVins(model) == QStringList{QStringLiteral("WVGZZZCAZPC000044")});
    page.searchField()->clear();
    REQUIRE(waitForRows(model, 3));

    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("sold")));
    CHECK(model.rowCount() == 0);
    page.statusFilter()->setCurrentIndex(0);
    CHECK(model.rowCount() == 3);
    CHECK(page.statusText().contains(QStringLiteral("3")));
    CHECK(unexpectedWarnings().isEmpty());
}

TEST_CASE("The vehicle dialog refuses a bad VIN and adds a good one", "[ui][stock]")
{
    StockDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    takeWarnings(); // start clean
    StockPage page(desk.session(desk.max));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    page.show();
    QPointer<VehicleDialog> dialog = page.addVehicle();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->okButton()->isEnabled());

    QTest::keyClicks(dialog->vinField()->edit(), QStringLiteral("1hgcm82643a004352"));
    CHECK(dialog->vinField()->text() == QStringLiteral("1HGCM82643A004352"));
    CHECK_FALSE(dialog->vinField()->isValid());
    CHECK(dialog->vinField()->message()->text().contains(QStringLiteral("should be 3 but is 4")));
    dialog->makeField()->setText(QStringLiteral("Honda"));
    dialog->modelField()->setText(QStringLiteral("Accord"));
    CHECK_FALSE(dialog->okButton()->isEnabled());

    dialog->vinField()->edit()->clear();
    QTest::keyClicks(dialog->vinField()->edit(), QStringLiteral("wvwzzz1kzaw00o003"));
    CHECK(dialog->vinField()->message()->text().contains(QStringLiteral("letter O")));
    CHECK_FALSE(dialog->okButton()->isEnabled());

    dialog->vinField()->edit()->clear();
    QTest::keyClicks(dialog->vinField()->edit(), QStringLiteral("1hgcm82633a004352"));
    CHECK(dialog->vinField()->isValid());
    CHECK(dialog->vinField()->message()->text().contains(QStringLiteral("verified")));
    dialog->priceField()->setText(QStringLiteral("4.500,00"));
    REQUIRE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
    CHECK(boxes.errors.isEmpty());
    CHECK(page.model()->rowOf(
              StockService(desk.context()).byVin(QStringLiteral("1HGCM82633A004352"))->id) >= 0);

    // A VIN already in stock: the message box says so and the dialog keeps what was typed.
    QPointer<VehicleDialog> again = page.addVehicle();
    again->vinField()->setText(QStringLiteral("WVWZZZ1KZAW000001"));
    again->makeField()->setText(QStringLiteral("VW"));
    again->modelField()->setText(QStringLiteral("Polo"));
    again->okButton()->click();
    REQUIRE(again);
    CHECK(again->isVisible());
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("already in the stock list")));
    again->reject();

    // Editing on a stale version is a conflict, shown in a message box.
    REQUIRE(page.selectVehicle(desk.golf.id));
    QPointer<VehicleDialog> edit = page.editSelected();
    REQUIRE(edit);
    Vehicle changed = desk.golf;
    changed.colour = QStringLiteral("Kings Red");
    REQUIRE(StockService(desk.context()).update(desk.max, changed).has_value());
    edit->priceField()->setText(QStringLiteral("31990"));
    edit->okButton()->click();
    REQUIRE(edit);
    CHECK(edit->isVisible());
    REQUIRE(boxes.errors.size() == 2);
    CHECK(boxes.errors.back().contains(QStringLiteral("another desk")));
    edit->reject();
    CHECK(unexpectedWarnings().isEmpty());
}

TEST_CASE("Only managers add, edit and import cars", "[ui][stock]")
{
    StockDesk desk;
    StockPage page(desk.session(desk.anna));
    CHECK_FALSE(page.addButton()->isEnabled());
    CHECK_FALSE(page.importButton()->isEnabled());
    CHECK(page.addButton()->toolTip().contains(QStringLiteral("managers")));
    CHECK(page.addVehicle() == nullptr);
    REQUIRE(page.selectVehicle(desk.golf.id));
    CHECK_FALSE(page.editButton()->isEnabled());
}

TEST_CASE("The import dialog shows a dry run, then imports", "[ui][stock]")
{
    StockDesk desk;
    takeWarnings(); // start clean
    StockPage page(desk.session(desk.max));
    QPointer<StockImportDialog> dialog = page.importCsv();
    REQUIRE(dialog);
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stock.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("FIN;Marke;Modell;Preis\n"
               "WVWZZZ1KZAW000001;VW;Golf;29.990\n"
               "WVWZZZ1KZAW0000I9;VW;Golf;\n"
               "WVWZZZ3CZPE000077;VW;Passat;41.500\n");
    file.close();
    REQUIRE(dialog->setFile(path));
    REQUIRE(dialog->model()->rowCount() == 3);
    CHECK(dialog->model()->index(1, StockImportModel::Line).data().toInt() == 3);
    CHECK(dialog->model()
              ->index(1, StockImportModel::Reason)
              .data()
              .toString()
              .contains(QStringLiteral("letter I")));
    CHECK(dialog->importButton()->isEnabled());
    CHECK(page.model()->rowCount() == 3); // nothing written yet
    REQUIRE(dialog->importNow());
    CHECK(dialog->summaryLabel()->text().contains(QStringLiteral("1 new, 1 updated")));
    CHECK(page.model()->rowCount() == 4);
    dialog->reject();
    CHECK(unexpectedWarnings().isEmpty());
}

TEST_CASE("The test-drive dialog refuses a taken slot and stays open", "[ui][stock][testdrive]")
{
    StockDesk desk;
    takeWarnings(); // start clean
    const QDateTime monday14 = PipelineDesk::at(3, 14);
    REQUIRE(TestDriveService(desk.context())
                .book(desk.max, desk.lead.id, desk.golf.id, monday14, monday14.addSecs(3600))
                .has_value());
    QWidget window;
    window.show();
    QPointer<TestDriveDialog> dialog =
        TestDriveDialog::openFor(desk.session(desk.anna), desk.lead.id, &window);
    REQUIRE(dialog);
    CHECK(dialog->carField()->count() == 2); // the test-drive cars only
    REQUIRE(dialog->selectCar(desk.golf.id));
    dialog->dateField()->setDate(monday14.date());
    CHECK(dialog->bookingsLabel()->text().contains(QStringLiteral("14:00–15:00")));
    CHECK(dialog->bookingsLabel()->text().contains(QStringLiteral("Vogel")));
    dialog->startField()->setTime(QTime(14, 30));
    dialog->okButton()->click();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("already booked")));
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("from 14:00 to 15:00")));
    CHECK(dialog->startField()->time() == QTime(14, 30)); // nothing lost

    dialog->startField()->setTime(QTime(15, 0));
    dialog->okButton()->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
    auto bookings = TestDriveService(desk.context()).forLead(desk.lead.id);
    REQUIRE(bookings.has_value());
    CHECK(bookings->size() == 2);
    CHECK(unexpectedWarnings().isEmpty());
}

TEST_CASE("Without a test-drive car the dialog says so", "[ui][stock][testdrive]")
{
    PipelineDesk desk;
    const Lead lead =
        desk.addLead(desk.data.addCustomer(QStringLiteral("Karl"), QStringLiteral("Becker")),
                     desk.anna, QStringLiteral("VW Golf"));
    TestDriveDialog dialog(desk.session(desk.anna), lead.id);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.bookingsLabel()->text().contains(QStringLiteral("no test-drive car")));
}
