// Renders the deal form, the deal card's loan tab (incomplete, sent to the bank, approved by the
// bank) and the Deliveries page with realistic content to PNG files, to look at the layout. Not
// run by ctest: `showroom_ui_tests "[.shots]"` writes into $SHOWROOM_SHOTS_DIR (or /tmp).
#include "DealUiDesk.h"
#include "deals/AccessoryChoiceModel.h"
#include "deals/ChecklistModel.h"
#include "deals/ChecklistPanel.h"
#include "deals/DealDialog.h"
#include "deals/DealFormDialog.h"
#include "deals/DealTermsForm.h"
#include "deals/DeliveriesPage.h"
#include "deals/VehiclePicker.h"
#include "services/CustomerService.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
constexpr int kWidth = 1360; // app/Screenshots.h
constexpr int kHeight = 820;

QString shotPath(const QString& name)
{
    const QString folder = qEnvironmentVariable("SHOWROOM_SHOTS_DIR", QStringLiteral("/tmp"));
    return folder + QStringLiteral("/%1.png").arg(name);
}

void shoot(QWidget& widget, const QString& name)
{
    widget.resize(kWidth, kHeight);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(50);
    CHECK(widget.grab().save(shotPath(name)));
}

struct Showroom : DealUiDesk {
    Showroom()
    {
        const auto car = [this](const char* vin, const char* model, const char* trim,
                                const char* colour, qint64 cents) {
            return addCar(QString::fromLatin1(vin), QStringLiteral("Volkswagen"),
                          QString::fromLatin1(model), QString::fromLatin1(trim),
                          QString::fromLatin1(colour), cents);
        };
        const Vehicle id4 = car("WVGZZZE2ZSP000404", "ID.4", "Pro", "Glacier White", 4'699'000);
        const Vehicle passat =
            car("WVWZZZ3CZSE000505", "Passat Variant", "Business", "Deep Black", 4'489'000);
        car("WVWZZZ1KZSW000606", "Golf", "Life", "Atlantic Blue", 3'149'000);
        car("WVWZZZ1KZSW000707", "Golf", "GTI", "Kings Red", 4'479'000);
        car("WVGZZZ5NZSW000808", "Tiguan", "R-Line", "Oryx White", 5'239'000);

        int phone = 0;
        const auto lead = [this, &phone](const char* first, const char* last, const User& who) {
            return offerLead(QString::fromUtf8(first), QString::fromUtf8(last), who,
                             QStringLiteral("VW"), testPhone(++phone));
        };
        // Overdue: promised next week, the car should have been ordered.
        sign(lead("Jonas", "Fischer", anna), tiguan, anna, PaymentMethod::Lease,
             QDate(2025, 3, 21));
        // Due soon, loan documents on their way.
        loanDeal =
            sign(lead("Karl", "Becker", anna), id4, anna, PaymentMethod::Credit, QDate(2025, 4, 4))
                .deal.id;
        const qint64 passatDeal =
            sign(lead("Hanna", "Weber", ben), passat, ben, PaymentMethod::Cash, QDate(2025, 4, 25))
                .deal.id;
        complete(passatDeal, ChecklistKind::Delivery, ben);
        bankDeal =
            sign(lead("Tomasz", "Nowak", ben), golf, ben, PaymentMethod::Credit, QDate(2025, 5, 16))
                .deal.id;
        complete(bankDeal, ChecklistKind::LoanPrivate, ben);

        // Part of Karl Becker's loan file is in.
        ChecklistService checklist(context());
        for (const ChecklistItem& item : details(loanDeal).items) {
            if (item.title == "Identity card or passport" || item.title == "Bank statement") {
                REQUIRE(checklist.attach(anna, item.id, QStringLiteral("scan.pdf"), "%PDF-1.4")
                            .has_value());
                REQUIRE(checklist.tick(anna, item.id).has_value());
            }
        }
    }

    qint64 loanDeal = 0;
    qint64 bankDeal = 0; // its loan file is complete
};
} // namespace

TEST_CASE("deal screenshots", "[.shots]")
{
    Showroom showroom;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);

    const Lead lead =
        showroom.offerLead(QStringLiteral("Lena"), QStringLiteral("Vogel"), showroom.anna,
                           QStringLiteral("VW Golf"), QStringLiteral("+49 151 23456789"));
    auto customer = CustomerService(showroom.context()).get(lead.customerId);
    REQUIRE(customer);
    DealFormDialog form(showroom.session(showroom.anna), lead, *customer);
    VehiclePicker* picker = form.vehiclePicker();
    picker->modelBox()->setCurrentIndex(picker->modelBox()->findText(QStringLiteral("Golf")));
    REQUIRE(picker->selectVehicle(showroom.golfStyle.id));
    AccessoryChoiceModel* accessories = form.accessories();
    for (int row = 0; row < accessories->rowCount(); ++row)
        if (accessories->rowAt(row).title == "Winter wheels")
            accessories->setChosen(accessories->rowAt(row).id, true);
    DealTermsForm* terms = form.terms();
    terms->discountEdit()->setValue(1'500);
    terms->tradeInBox()->setChecked(true);
    terms->tradeInMakeEdit()->setText(QStringLiteral("Opel"));
    terms->tradeInModelEdit()->setText(QStringLiteral("Astra"));
    terms->tradeInYearEdit()->setValue(2016);
    terms->tradeInMileageEdit()->setValue(98'000);
    terms->tradeInValueEdit()->setValue(8'500);
    terms->paymentBox()->setCurrentIndex(terms->paymentBox()->findData(int(PaymentMethod::Credit)));
    terms->depositEdit()->setValue(3'000);
    shoot(form, QStringLiteral("deal-form"));
    form.hide();

    DealDialog card(showroom.session(showroom.anna), showroom.loanDeal);
    REQUIRE(card.showChecklist(ChecklistKind::LoanPrivate));
    ChecklistPanel* loan = card.panel(ChecklistKind::LoanPrivate);
    loan->selectItem(loan->model()->rowAt(1).id);
    shoot(card, QStringLiteral("deal-checklist"));
    card.hide();

    DealDialog bank(showroom.session(showroom.ben), showroom.bankDeal);
    REQUIRE(bank.showChecklist(ChecklistKind::LoanPrivate));
    REQUIRE(bank.sendToBank());
    shoot(bank, QStringLiteral("deal-bank-sent"));
    const QDateTime friday = showroom.clock.now();
    showroom.clock.set(friday.addDays(3).addSecs(5 * 3600)); // the bank says yes on Monday
    REQUIRE(bank.markBankApproved());
    shoot(bank, QStringLiteral("deal-bank-approved"));
    bank.hide();
    showroom.clock.set(friday);

    DeliveriesPage deliveries(showroom.session(showroom.max));
    shoot(deliveries, QStringLiteral("deliveries"));
}
