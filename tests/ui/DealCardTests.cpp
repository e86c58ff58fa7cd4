#include "DealUiDesk.h"
#include "board/BoardActions.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "customers/CardActions.h"
#include "customers/CustomerCardDialog.h"
#include "deals/ChecklistModel.h"
#include "deals/ChecklistPanel.h"
#include "deals/DealDialog.h"
#include "deals/DealFormDialog.h"
#include "deals/DealHeader.h"
#include "deals/DealText.h"
#include "deals/DeliveriesPage.h"
#include "deals/DeliveryListModel.h"
#include "deals/NotSoldDialog.h"
#include "deals/VehiclePicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
constexpr auto kWarn = QAbstractItemModelTester::FailureReportingMode::Warning;

int rowOf(const ChecklistModel* model, const QString& title)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->rowAt(row).title == title)
            return row;
    return -1;
}

bool select(ChecklistPanel* panel, const QString& title)
{
    const int row = rowOf(panel->model(), title);
    return row >= 0 && panel->selectItem(panel->model()->rowAt(row).id);
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

void checkNoWarnings()
{
    const QStringList warnings = realWarnings();
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}
} // namespace

TEST_CASE("ticking a checklist item in the deal card updates its row and is stored", "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    const Lead lead = desk.offerLead(QStringLiteral("Lena"), QStringLiteral("Vogel"), desk.anna);
    const DealDetails signed_ =
        desk.sign(lead, desk.golf, desk.anna, PaymentMethod::Cash, QDate(2025, 4, 11));
    DealDialog card(desk.session(desk.anna), signed_.deal.id);
    CHECK_FALSE(card.panel(ChecklistKind::LoanPrivate)); // cash: no loan documents
    ChecklistPanel* delivery = card.panel(ChecklistKind::Delivery);
    REQUIRE(delivery);
    QAbstractItemModelTester tester(delivery->model(), kWarn);
    CHECK(card.tabs()->count() == 3);
    CHECK(card.tabs()->tabText(card.tabs()->indexOf(delivery)) == "Delivery steps (0/8)");

    REQUIRE(select(delivery, "Car ordered"));
    const int row = rowOf(delivery->model(), "Car ordered");
    CHECK(cell(delivery->model(), row, ChecklistModel::Status) == "open");
    CHECK_FALSE(delivery->model()->index(row, 0).data(ChecklistModel::OverdueRole).toBool());
    REQUIRE(delivery->doneButton()->isEnabled());
    delivery->doneButton()->click();
    CHECK(cell(delivery->model(), row, ChecklistModel::Status).startsWith("done by Anna Albers, "));
    CHECK(delivery->undoButton()->isEnabled());
    const ChecklistItem* stored = DealUiDesk::item(desk.details(signed_.deal.id), "Car ordered");
    REQUIRE(stored);
    CHECK(stored->status == ChecklistItemStatus::Done);
    CHECK(stored->doneBy == desk.anna.id);
    CHECK(card.tabs()->tabText(card.tabs()->indexOf(delivery)) == "Delivery steps (1/8)");

    SECTION("an item that needs a document is refused until one is attached")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        REQUIRE(select(delivery, "Insurance confirmed"));
        const int insurance = rowOf(delivery->model(), "Insurance confirmed");
        CHECK(cell(delivery->model(), insurance, ChecklistModel::Document) == "needed");
        CHECK_FALSE(delivery->tickSelected());
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors[0].contains("needs its document"));
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("insurance.pdf"));
        QFile file(scan);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 insurance");
        file.close();
        REQUIRE(delivery->attachToSelected(scan));
        CHECK(cell(delivery->model(), insurance, ChecklistModel::Document) == "1 attached");
        CHECK(delivery->openDocumentButton()->isEnabled());
        CHECK(delivery->tickSelected());
        CHECK(boxes.errors.size() == 1);
    }
    SECTION("undo reopens the item")
    {
        REQUIRE(delivery->untickSelected());
        CHECK(cell(delivery->model(), row, ChecklistModel::Status) == "open");
        CHECK(DealUiDesk::item(desk.details(signed_.deal.id), "Car ordered")->open());
    }
    checkNoWarnings();
}

TEST_CASE("Send to bank is blocked with the missing items listed until the loan file is "
          "complete",
          "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    const Lead lead = desk.offerLead(QStringLiteral("Karl"), QStringLiteral("Becker"), desk.anna);
    const qint64 dealId =
        desk.sign(lead, desk.tiguan, desk.anna, PaymentMethod::Credit, QDate(2025, 4, 11)).deal.id;
    DealDialog card(desk.session(desk.anna), dealId);
    ChecklistPanel* loan = card.panel(ChecklistKind::LoanPrivate);
    REQUIRE(loan);
    QAbstractItemModelTester tester(loan->model(), kWarn);
    REQUIRE(card.sendToBankButton());
    CHECK(card.sendToBankButton()->isEnabled()); // clickable, says why it refuses
    const QString missing = card.bankLabel()->text();
    CHECK(missing.startsWith("Missing: Identity card or passport — not done, document not "
                             "attached; Proof of income (last 3 payslips) — not done, document "
                             "not attached;"));
    CHECK_FALSE(missing.contains("Proof of address")); // optional
    CHECK(card.sendToBankButton()->toolTip() == missing);

    CHECK_FALSE(card.sendToBank());
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors[0].contains("cannot go to the bank yet"));
    CHECK_FALSE(desk.details(dealId).deal.bankSentAt.isValid());

    // Attach and tick the required documents one by one, through the tab.
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    QFile file(scan);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 scan");
    file.close();
    for (const QString& title :
         {QStringLiteral("Identity card or passport"),
          QStringLiteral("Proof of income (last 3 payslips)"), QStringLiteral("Bank statement")}) {
        REQUIRE(select(loan, title));
        REQUIRE(loan->attachToSelected(scan));
        REQUIRE(loan->tickSelected());
    }
    CHECK(card.bankLabel()->text() ==
          "Missing: Signed loan application — not done, document not attached");
    REQUIRE(select(loan, "Signed loan application"));
    REQUIRE(loan->attachToSelected(scan));
    CHECK(card.bankLabel()->text() == "Missing: Signed loan application — not done");
    REQUIRE(loan->tickSelected());
    CHECK(card.bankLabel()->text() == "The loan file is complete and can go to the bank.");

    REQUIRE(card.sendToBank());
    CHECK(desk.details(dealId).deal.bankSentAt.isValid());
    CHECK_FALSE(card.sendToBankButton()->isEnabled());
    CHECK(card.sendToBankButton()->text() == "Sent to bank");
    CHECK(card.bankLabel()->text().startsWith("The loan application went to the bank on "));
    CHECK(boxes.errors.size() == 1);
    checkNoWarnings();
}

TEST_CASE("Bank approved is enabled once the loan file went to the bank and records the "
          "approval",
          "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    const Lead lead = desk.offerLead(QStringLiteral("Karl"), QStringLiteral("Becker"), desk.anna);
    const qint64 dealId =
        desk.sign(lead, desk.tiguan, desk.anna, PaymentMethod::Credit, QDate(2025, 4, 11)).deal.id;
    DealDialog card(desk.session(desk.anna), dealId);
    card.show();
    QPushButton* approve = card.bankApprovedButton();
    REQUIRE(approve);
    CHECK(approve->objectName() == "bankApproved");
    CHECK_FALSE(approve->isEnabled()); // not sent yet
    CHECK(approve->toolTip() == "Send the loan application to the bank first");
    CHECK(approve->parentWidget() == card.sendToBankButton()->parentWidget()); // side by side

    desk.complete(dealId, ChecklistKind::LoanPrivate, desk.anna);
    CHECK_FALSE(approve->isEnabled());
    REQUIRE(card.sendToBank());
    CHECK(approve->isEnabled());
    CHECK(approve->text() == "Bank appro&ved");
    CHECK(approve->toolTip() == "Record that the bank approved the loan");
    CHECK_FALSE(card.header()->statusLabel()->text().contains("approved"));

    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(boxes.errors.isEmpty());
    const Deal stored = desk.details(dealId).deal;
    REQUIRE(stored.bankApprovedAt.isValid());
    CHECK(stored.bankApprovedBy == desk.anna.id);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->text() == "Approved by the bank");
    const QString on = DealText::dateTime(stored.bankApprovedAt);
    CHECK(card.bankLabel()->text().startsWith("The loan application went to the bank on "));
    CHECK(
        card.bankLabel()->text().endsWith(QStringLiteral(" Approved by the bank on %1.").arg(on)));
    CHECK(approve->toolTip() == QStringLiteral("Approved by the bank on %1.").arg(on));
    CHECK(card.header()->statusLabel()->text().contains(
        QStringLiteral("Loan approved by the bank %1").arg(on).toHtmlEscaped()));
    CHECK(card.statusText() == "The bank's approval of the loan is recorded.");

    SECTION("a second approval is refused and says why")
    {
        CHECK_FALSE(card.markBankApproved());
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors[0].contains("already approved"));
        CHECK(desk.details(dealId).deal.bankApprovedAt == stored.bankApprovedAt);
    }
    SECTION("a loan item cannot be undone any more")
    {
        ChecklistPanel* loan = card.panel(ChecklistKind::LoanPrivate);
        REQUIRE(loan);
        REQUIRE(select(loan, "Bank statement"));
        CHECK_FALSE(loan->untickSelected());
        CHECK_FALSE(DealUiDesk::item(desk.details(dealId), "Bank statement")->open());
    }
    checkNoWarnings();
}

TEST_CASE("an accessory is not sold only with a reason", "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    const Lead lead = desk.offerLead(QStringLiteral("Hanna"), QStringLiteral("Weber"), desk.anna);
    const qint64 dealId =
        desk.sign(lead, desk.golf, desk.anna, PaymentMethod::Cash, QDate(2025, 4, 11)).deal.id;
    DealDialog card(desk.session(desk.anna), dealId);
    card.show();
    ChecklistPanel* accessories = card.panel(ChecklistKind::Accessories);
    REQUIRE(accessories);
    QAbstractItemModelTester tester(accessories->model(), kWarn);
    REQUIRE(accessories->notSoldButton());
    REQUIRE(select(accessories, "Paint protection"));
    const int row = rowOf(accessories->model(), "Paint protection");
    CHECK(cell(accessories->model(), row, ChecklistModel::Price) ==
          DealText::money(34'900, QStringLiteral("EUR")));

    NotSoldDialog* dialog = accessories->notSoldSelected();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->okButton()->isEnabled());
    dialog->accept(); // no reason: stays open and says why
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->text() == "Choose why the accessory was not sold.");
    CHECK(DealUiDesk::item(desk.details(dealId), "Paint protection")->open());

    dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData("too_expensive"));
    CHECK(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    const ChecklistItem* stored = DealUiDesk::item(desk.details(dealId), "Paint protection");
    CHECK(stored->status == ChecklistItemStatus::NotSold);
    CHECK(stored->notSoldReason == "too_expensive");
    CHECK(cell(accessories->model(), row, ChecklistModel::Status) == "not sold: Too expensive");
    checkNoWarnings();
}

TEST_CASE("the Deliveries page lists an overdue deal first and opens the deal card", "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    // On track: ordered three weeks before the end of May.
    const qint64 later =
        desk.sign(desk.offerLead(QStringLiteral("Tomasz"), QStringLiteral("Nowak"), desk.anna),
                  desk.golf, desk.anna, PaymentMethod::Cash, QDate(2025, 5, 30))
            .deal.id;
    // Overdue: promised in a week, so the car should have been ordered two weeks ago.
    const qint64 urgent =
        desk.sign(desk.offerLead(QStringLiteral("Jonas"), QStringLiteral("Fischer"), desk.anna),
                  desk.tiguan, desk.anna, PaymentMethod::Lease, QDate(2025, 3, 21))
            .deal.id;
    DeliveriesPage page(desk.session(desk.anna));
    QAbstractItemModelTester tester(page.model(), kWarn);
    DeliveryListModel* model = page.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowAt(0).id == urgent);
    CHECK(model->rowAt(1).id == later);
    CHECK(cell(model, 0, DeliveryListModel::Customer) == "Fischer, Jonas");
    CHECK(cell(model, 0, DeliveryListModel::Vin) == desk.tiguan.vin);
    CHECK(cell(model, 0, DeliveryListModel::Status) == "Overdue");
    CHECK(model->index(0, DeliveryListModel::Customer).data(Qt::ForegroundRole).value<QColor>() ==
          QColor(0xc6, 0x28, 0x28));
    CHECK(cell(model, 0, DeliveryListModel::Bank) == "—");
    CHECK(cell(model, 1, DeliveryListModel::Bank) == "not needed");
    CHECK(cell(model, 1, DeliveryListModel::Progress) == "0/16");
    CHECK(cell(model, 0, DeliveryListModel::NextStep).startsWith("Car ordered · "));

    SECTION("a change on the deal arrives coalesced")
    {
        desk.complete(later, ChecklistKind::Delivery, desk.anna);
        CHECK(cell(model, 1, DeliveryListModel::Progress) == "0/16"); // not yet
        QTRY_COMPARE(cell(model, 1, DeliveryListModel::Progress), QStringLiteral("8/16"));
    }
    SECTION("the bank column shows the approval")
    {
        desk.complete(urgent, ChecklistKind::LoanPrivate, desk.anna);
        DealService deals(desk.context());
        REQUIRE(deals.sendToBank(desk.anna, urgent).has_value());
        const QDate sentOn = desk.details(urgent).deal.bankSentAt.toLocalTime().date();
        QTRY_COMPARE(cell(model, 0, DeliveryListModel::Bank), DealText::date(sentOn));
        CHECK(
            model->index(0, DeliveryListModel::Bank).data(Qt::ToolTipRole).toString() ==
            QStringLiteral("Sent to the bank on %1, not approved yet").arg(DealText::date(sentOn)));
        REQUIRE(deals.markBankApproved(desk.anna, urgent).has_value());
        const QDate approvedOn = desk.details(urgent).deal.bankApprovedAt.toLocalTime().date();
        QTRY_COMPARE(cell(model, 0, DeliveryListModel::Bank),
                     QStringLiteral("✓ ") + DealText::date(approvedOn));
        CHECK(model->index(0, DeliveryListModel::Bank).data(Qt::ToolTipRole).toString() ==
              QStringLiteral("Sent to the bank on %1, approved on %2")
                  .arg(DealText::date(sentOn), DealText::date(approvedOn)));
    }
    SECTION("Enter opens the deal card, once per deal")
    {
        REQUIRE(page.selectDeal(urgent));
        DealDialog* card = page.openSelectedDeal();
        REQUIRE(card);
        CHECK(card->dealId() == urgent);
        CHECK(page.openSelectedDeal() == card);
        card->close();
    }
    SECTION("a manager chooses whose deals to see")
    {
        DeliveriesPage managers(desk.session(desk.max));
        REQUIRE(managers.consultantFilter());
        CHECK_FALSE(managers.myDealsBox());
        CHECK(managers.model()->rowCount() == 2);
        managers.consultantFilter()->setCurrentIndex(
            managers.consultantFilter()->findData(desk.ben.id));
        CHECK(managers.model()->rowCount() == 0);
    }
    checkNoWarnings();
}

TEST_CASE("dropping one lead on Won opens the deal form; several are refused", "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    const Lead first = desk.offerLead(QStringLiteral("Lena"), QStringLiteral("Vogel"), desk.anna);
    const Lead second = desk.offerLead(QStringLiteral("Karl"), QStringLiteral("Becker"), desk.anna);
    BoardPage board(desk.session(desk.anna));
    qint64 won = 0;
    for (const Stage& stage : board.model()->stages())
        if (stage.kind == StageKind::Won)
            won = stage.id;
    REQUIRE(won != 0);
    const auto stageOf = [&desk](qint64 leadId) {
        return LeadService(desk.context()).get(leadId)->stageKey;
    };

    CHECK_FALSE(board.actions()->moveLeads({first.id, second.id}, won));
    REQUIRE(boxes.informations.size() == 1);
    CHECK(boxes.informations[0].contains("one lead"));

    onDialogShown<DealFormDialog>([](DealFormDialog* form) { form->reject(); });
    CHECK_FALSE(board.actions()->moveLeads({first.id}, won));
    CHECK(stageOf(first.id) == "offer");

    onDialogShown<DealFormDialog>([&desk](DealFormDialog* form) {
        form->vehiclePicker()->searchEdit()->setText(desk.golf.vin.right(5));
        form->createDeal();
    });
    const int undoBefore = board.actions()->undoStack()->count();
    CHECK(board.actions()->moveLeads({first.id}, won));
    CHECK(stageOf(first.id) == "won");
    CHECK(board.actions()->undoStack()->count() == undoBefore); // no move of our own
    auto deal = DealService(desk.context()).dealOfLead(first.id);
    REQUIRE(deal);
    CHECK(deal->has_value());
    CHECK(boxes.errors.isEmpty());
    checkNoWarnings();
}

TEST_CASE("the customer card creates a deal for an open lead and opens it", "[ui][deals]")
{
    takeWarnings();
    DealUiDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    const Lead lead = desk.offerLead(QStringLiteral("Elif"), QStringLiteral("Yilmaz"), desk.anna);
    CustomerCardDialog card(desk.session(desk.anna), lead.customerId);
    CardActions* actions = card.actions();
    CHECK(actions->createDealButton()->isEnabled());
    CHECK_FALSE(actions->openDealButton()->isEnabled());

    onDialogShown<DealFormDialog>([&desk](DealFormDialog* form) {
        form->vehiclePicker()->selectVehicle(desk.tiguan.id);
        form->createDeal();
    });
    const std::optional<qint64> dealId = actions->createDeal();
    REQUIRE(dealId);
    CHECK(card.statusText() == QStringLiteral("Deal #%1 created.").arg(*dealId));
    DealDialog* opened = DealDialog::find(*dealId);
    REQUIRE(opened); // the new deal's card
    CHECK(opened->isVisible());
    CHECK_FALSE(actions->createDealButton()->isEnabled()); // the lead is won now
    CHECK(actions->openDealButton()->isEnabled());
    CHECK(actions->openDeal() == opened);
    opened->close();

    SECTION("without an open lead there is nothing to create a deal for")
    {
        CHECK_FALSE(actions->createDeal());
        REQUIRE(boxes.informations.size() == 1);
        CHECK(boxes.informations[0].contains("no open lead"));
    }
    checkNoWarnings();
}
