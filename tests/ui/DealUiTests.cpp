#include "DealUiDesk.h"
#include "deals/AccessoryChoiceModel.h"
#include "deals/DealFormDialog.h"
#include "deals/DealTermsForm.h"
#include "deals/DealText.h"
#include "deals/VehicleListModel.h"
#include "deals/VehiclePicker.h"
#include "services/CustomerService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kWarn = QAbstractItemModelTester::FailureReportingMode::Warning;

QStringList comboTexts(const QComboBox* box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

QStringList vins(const VehicleListModel* model)
{
    QStringList list;
    for (const Vehicle& v : model->rows())
        list << v.vin;
    return list;
}

Customer customerOf(DealUiDesk& desk, const Lead& lead)
{
    auto customer = CustomerService(desk.context()).get(lead.customerId);
    REQUIRE(customer);
    return *customer;
}
} // namespace

TEST_CASE("the deal form: a car found by a VIN fragment, an accessory and a trade-in become a "
          "deal; the car is reserved and the lead won",
          "[ui][deals]")
{
    takeWarnings(); // start clean
    DealUiDesk desk;
    const Lead lead = desk.offerLead(QStringLiteral("Lena"), QStringLiteral("Vogel"), desk.anna);
    DealFormDialog form(desk.session(desk.anna), lead, customerOf(desk, lead));
    VehiclePicker* picker = form.vehiclePicker();
    Tester resultsTester(picker->results(), kWarn);
    Tester accessoriesTester(form.accessories(), kWarn);
    DealTermsForm* terms = form.terms();

    CHECK(picker->results()->rowCount() == 3);
    CHECK_FALSE(form.createButton()->isEnabled());
    CHECK(form.problem().contains("Choose a car"));
    CHECK(form.privateRadio()->isChecked());

    SECTION("make → model → trim → colour narrow the list")
    {
        CHECK(comboTexts(picker->makeBox()) == QStringList{"Any make", "Volkswagen"});
        // The only make is taken at once, so the models are offered.
        CHECK(picker->makeBox()->currentText() == "Volkswagen");
        CHECK(comboTexts(picker->modelBox()) == QStringList{"Any model", "Golf", "Tiguan"});
        CHECK_FALSE(picker->trimBox()->isEnabled());
        picker->modelBox()->setCurrentIndex(picker->modelBox()->findText("Golf"));
        CHECK(comboTexts(picker->trimBox()) == QStringList{"Any trim", "Life", "Style"});
        CHECK(vins(picker->results()) ==
              QStringList{desk.golf.vin, desk.golfStyle.vin}); // Tiguan left
        picker->trimBox()->setCurrentIndex(picker->trimBox()->findText("Style"));
        CHECK(picker->colourBox()->currentText() == "Kings Red"); // the one colour left
        CHECK(vins(picker->results()) == QStringList{desk.golfStyle.vin});
        REQUIRE(picker->selectedVehicle());
        CHECK(picker->selectedVehicle()->id == desk.golfStyle.id);
    }

    SECTION("the deal is created with everything the form says")
    {
        picker->searchEdit()->setText(QStringLiteral("000202")); // any part of the VIN
        REQUIRE(picker->results()->rowCount() == 1);
        REQUIRE(picker->selectedVehicle()); // the only match is taken
        CHECK(picker->selectedVehicle()->id == desk.golfStyle.id);
        CHECK(terms->listPriceCents() == 3'589'000); // from the car
        CHECK(terms->promisedDelivery() == QDate(2025, 3, 28));

        // Accessories offered for the Golf (the general list): take the tow bar.
        int towBar = -1;
        for (int row = 0; row < form.accessories()->rowCount(); ++row)
            if (form.accessories()->rowAt(row).title == "Tow bar")
                towBar = row;
        REQUIRE(towBar >= 0);
        REQUIRE(form.accessories()->setData(form.accessories()->index(towBar, 0), Qt::Checked,
                                            Qt::CheckStateRole));
        terms->discountEdit()->setValue(1'000);
        terms->tradeInBox()->setChecked(true);
        CHECK(form.problem().contains("trade-in")); // make and model are needed
        terms->tradeInMakeEdit()->setText(QStringLiteral("Opel"));
        terms->tradeInModelEdit()->setText(QStringLiteral("Astra"));
        terms->tradeInYearEdit()->setValue(2016);
        terms->tradeInMileageEdit()->setValue(98'000);
        terms->tradeInValueEdit()->setValue(8'500);
        terms->paymentBox()->setCurrentIndex(
            terms->paymentBox()->findData(int(PaymentMethod::Credit)));
        terms->depositEdit()->setValue(40'000);
        CHECK(form.problem() == "The deposit is more than the total.");
        CHECK_FALSE(form.createButton()->isEnabled());
        CHECK(form.problemLabel()->text() == form.problem());
        terms->depositEdit()->setValue(2'000);
        CHECK(form.problem().isEmpty());
        CHECK(terms->totalCents() == 3'589'000 - 100'000 + 69'000 - 850'000);
        const QString summary = terms->summaryLabel()->text();
        CHECK(summary.contains("Balance"));
        CHECK(summary.contains(DealText::money(3'589'000 - 100'000 + 69'000 - 850'000 - 200'000,
                                               QStringLiteral("EUR"))));

        REQUIRE(form.createButton()->isEnabled());
        form.createButton()->click();
        REQUIRE(form.createdDealId());
        CHECK(form.result() == QDialog::Accepted);
        const DealDetails deal = desk.details(*form.createdDealId());
        CHECK(deal.deal.leadId == lead.id);
        REQUIRE(deal.vehicle);
        CHECK(deal.vehicle->id == desk.golfStyle.id);
        CHECK(deal.vehicle->status == VehicleStatus::Reserved);
        CHECK(deal.deal.payment == PaymentMethod::Credit);
        CHECK(deal.deal.discountCents == 100'000);
        CHECK(deal.deal.tradeIn.description() == "2016 Opel Astra, 98,000 km");
        CHECK(deal.deal.tradeIn.valueCents == 850'000);
        const ChecklistItem* sold = DealUiDesk::item(deal, "Tow bar");
        REQUIRE(sold);
        CHECK(sold->status == ChecklistItemStatus::Sold);
        auto won = LeadService(desk.context()).get(lead.id);
        REQUIRE(won);
        CHECK(won->stageKey == "won");
        // The reserved car is no longer offered.
        DealFormDialog another(
            desk.session(desk.anna),
            desk.offerLead(QStringLiteral("Karl"), QStringLiteral("Becker"), desk.anna),
            customerOf(desk, lead));
        CHECK_FALSE(another.vehiclePicker()->results()->vehicleById(desk.golfStyle.id));
    }

    SECTION("a refusal from the core is shown and the form keeps what was typed")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        REQUIRE(picker->selectVehicle(desk.golf.id));
        terms->discountEdit()->setValue(500);
        // Meanwhile the car is sold to someone else on another desk.
        desk.sign(desk.offerLead(QStringLiteral("Ben"), QStringLiteral("Other"), desk.anna),
                  desk.golf, desk.anna, PaymentMethod::Cash, QDate(2025, 4, 1));
        CHECK_FALSE(form.createDeal());
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors[0].contains("not available"));
        CHECK_FALSE(form.createdDealId());
        CHECK(terms->discountCents() == 50'000);
        CHECK(form.problem().contains("Choose a car")); // the car left the list
    }
    const QStringList warnings = realWarnings();
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}

TEST_CASE("the deal form refuses a factory order without a promised date", "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    const Lead lead = desk.offerLead(QStringLiteral("Elif"), QStringLiteral("Yilmaz"), desk.anna);
    DealFormDialog form(desk.session(desk.anna), lead, customerOf(desk, lead));
    VehiclePicker* picker = form.vehiclePicker();
    DealTermsForm* terms = form.terms();
    CHECK(terms->promisedDelivery() == QDate(2025, 3, 28)); // a stock car's default

    picker->factoryRadio()->setChecked(true);
    CHECK(form.problem().contains("Describe the factory order"));
    picker->orderEdit()->setText(QStringLiteral("VW ID.7 Tourer Pro S, Aurora Blue"));
    terms->listPriceEdit()->setValue(61'990);
    CHECK_FALSE(terms->promisedDelivery().isValid()); // the default does not carry over
    CHECK(terms->promisedEdit()->text() == "not set");
    CHECK(form.problem() == "A factory order needs the promised delivery date.");
    CHECK_FALSE(form.createButton()->isEnabled());
    CHECK_FALSE(form.printButton()->isEnabled());
    CHECK(form.createButton()->toolTip() == form.problem());
    CHECK_FALSE(form.createDeal());

    terms->promisedEdit()->setDate(QDate(2025, 6, 20));
    CHECK(form.problem().isEmpty());
    terms->discountEdit()->setValue(70'000);
    CHECK(form.problem() == "The discount is more than the list price.");
    terms->discountEdit()->setValue(1'990);
    REQUIRE(form.createDeal());
    const DealDetails deal = desk.details(*form.createdDealId());
    CHECK(deal.deal.factoryOrder);
    CHECK(deal.deal.orderedVehicle == "VW ID.7 Tourer Pro S, Aurora Blue");
    CHECK(deal.deal.promisedDelivery == QDate(2025, 6, 20));
    CHECK_FALSE(deal.vehicle);
    const QStringList warnings = realWarnings();
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}
