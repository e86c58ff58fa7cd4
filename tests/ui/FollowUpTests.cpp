// Planning follow-ups and test drives: the dialog, and its use from the customer card.
#include "PipelineDesk.h"
#include "customers/CardActions.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerCards.h"
#include "customers/CustomerLeadsModel.h"
#include "deals/TestDriveDialog.h"
#include "services/StockService.h"
#include "tasks/FollowUpDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
struct FollowUpDesk : PipelineDesk {
    FollowUpDesk()
        : lena(data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel"))),
          lead(addLead(lena, anna, QStringLiteral("VW ID.4")))
    {
    }
    std::vector<Task> tasks(qint64 leadId)
    {
        auto tasks = TaskService(context()).forLead(leadId);
        REQUIRE(tasks.has_value());
        return *tasks;
    }
    Customer lena;
    Lead lead;
};
} // namespace

TEST_CASE("The follow-up dialog plans a task for the lead", "[ui][followup]")
{
    FollowUpDesk desk;
    FollowUpDialog dialog(desk.session(desk.anna), desk.lead.id, TaskKind::TestDrive);
    CHECK(dialog.leadLabel()->text().contains(QStringLiteral("Vogel, Lena")));
    CHECK(dialog.titleField()->text() == QStringLiteral("Test drive: VW ID.4"));
    // Friday 09:30: the next business morning is Saturday 10:00 (the showroom opens Mon–Sat).
    CHECK(dialog.dueField()->dateTime().toUTC() == PipelineDesk::at(1, 10));
    CHECK(dialog.okButton()->text() == QStringLiteral("Schedule"));

    // The suggested title follows the kind; a typed one stays.
    dialog.kindField()->setCurrentIndex(dialog.kindField()->findData(int(TaskKind::CallBack)));
    CHECK(dialog.titleField()->text() == QStringLiteral("Call back as promised"));
    dialog.titleField()->setText(QStringLiteral("Call about the trade-in value"));
    dialog.kindField()->setCurrentIndex(dialog.kindField()->findData(int(TaskKind::FollowUp)));
    CHECK(dialog.titleField()->text() == QStringLiteral("Call about the trade-in value"));
    dialog.titleField()->clear();
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.titleField()->setText(QStringLiteral("Call about the trade-in value"));

    dialog.accept();
    REQUIRE(dialog.planned().has_value());
    const auto tasks = desk.tasks(desk.lead.id);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().kind == TaskKind::FollowUp);
    CHECK(tasks.front().title == QStringLiteral("Call about the trade-in value"));
    CHECK(tasks.front().dueAt == PipelineDesk::at(1, 10));
    CHECK(tasks.front().assigneeId == desk.anna.id);
    CHECK(tasks.front().rule.isEmpty());
}

TEST_CASE("The next business morning skips closed days", "[ui][followup]")
{
    FollowUpDesk desk;
    desk.clock.set(PipelineDesk::at(1, 12)); // Saturday noon: Sunday is closed
    CHECK(FollowUpDialog::defaultDue(desk.session(desk.anna)) == PipelineDesk::at(3, 10));
}

TEST_CASE("A refused follow-up is explained and the dialog keeps the input", "[ui][followup]")
{
    FollowUpDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    FollowUpDialog dialog(desk.session(desk.ben), desk.lead.id, TaskKind::FollowUp);
    dialog.titleField()->setText(QStringLiteral("Steal Anna's customer"));
    dialog.accept();
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("another consultant")));
    CHECK_FALSE(dialog.planned().has_value());
    CHECK(dialog.titleField()->text() == QStringLiteral("Steal Anna's customer"));
    CHECK(desk.tasks(desk.lead.id).empty());
}

TEST_CASE("The customer card plans follow-ups and test drives for its open lead",
          "[ui][followup][card]")
{
    FollowUpDesk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    QWidget window;
    CustomerCards cards(desk.session(desk.anna), &window);

    SECTION("the newest open lead, or the one selected")
    {
        const Lead older = desk.lead;
        const Lead newer = desk.addLead(desk.lena, desk.anna, QStringLiteral("Skoda Enyaq"));
        CustomerCardDialog* card = cards.openAt(desk.lena.id, older.id);
        REQUIRE(card);
        CHECK(card->tabs()->currentIndex() == int(CustomerCardDialog::Tab::Leads));
        const QModelIndexList selected = card->leadsView()->selectionModel()->selectedRows();
        REQUIRE(selected.size() == 1);
        CHECK(selected.front().data(CustomerLeadsModel::IdRole).toLongLong() == older.id);
        CHECK(card->followUpLeadId() == older.id);

        Vehicle car; // test drives book a test-drive car
        car.vin = QStringLiteral("WVWZZZ1KZAW000001");
        car.make = QStringLiteral("VW");
        car.model = QStringLiteral("ID.4");
        car.testDriveCar = true;
        REQUIRE(StockService(desk.context()).add(desk.max, car).has_value());
        QPointer<TestDriveDialog> drive = card->scheduleTestDrive();
        REQUIRE(drive);
        CHECK(drive->leadId() == older.id);
        drive->accept();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(drive.isNull()); // closed dialogs go away
        CHECK(card->statusText().startsWith(QStringLiteral("Test drive scheduled")));
        REQUIRE(desk.tasks(older.id).size() == 1);
        CHECK(desk.tasks(older.id).front().kind == TaskKind::TestDrive);

        card->leadsView()->clearSelection();
        CHECK(card->followUpLeadId() == newer.id);
        card->actions()->followUpButton()->click();
        auto* followUp = card->findChild<FollowUpDialog*>();
        REQUIRE(followUp);
        CHECK(followUp->leadId() == newer.id);
        followUp->accept();
        CHECK(desk.tasks(newer.id).size() == 1);
        CHECK(boxes.informations.isEmpty());
    }
    SECTION("no open lead: the user is told")
    {
        REQUIRE(LeadService(desk.context())
                    .moveStage(desk.data.admin(), desk.lead.id, QStringLiteral("won"))
                    .has_value());
        CustomerCardDialog* card = cards.open(desk.lena.id);
        CHECK(card->addFollowUp() == nullptr);
        REQUIRE(boxes.informations.size() == 1);
        CHECK(boxes.informations.front().contains(QStringLiteral("no open lead")));
    }
    SECTION("from a notification: the lead's card")
    {
        CustomerCardDialog* card = cards.openLead(desk.lead.id);
        REQUIRE(card);
        CHECK(card->customerId() == desk.lena.id);
        CHECK(card->followUpLeadId() == desk.lead.id);
    }
    cards.closeAll();
}
