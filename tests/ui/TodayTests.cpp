// The Today view: sections, completing with a result, manager comments, availability.
#include "PipelineDesk.h"
#include "services/NotificationService.h"
#include "services/UserService.h"
#include "tasks/FollowUpDialog.h"
#include "tasks/TaskDialogs.h"
#include "today/AvailabilitySwitch.h"
#include "today/TodayModel.h"
#include "today/TodayPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
// Anna's and Ben's tasks around Friday 09:30.
struct TodayDesk : PipelineDesk {
    TodayDesk()
    {
        const Customer lena = data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel"));
        const Customer karl = data.addCustomer(QStringLiteral("Karl"), QStringLiteral("Becker"));
        lead = addLead(lena, anna, QStringLiteral("VW ID.4"));
        const Lead bens = addLead(karl, ben, QStringLiteral("Skoda Octavia"));
        earlyCall =
            addTask(lead, TaskKind::FollowUp, QStringLiteral("Call about the offer"), at(0, 8));
        afternoonCall = addTask(lead, TaskKind::CallBack, QStringLiteral("Call back"), at(0, 15));
        testDrive = addTask(lead, TaskKind::TestDrive, QStringLiteral("Test drive"), at(0, 14));
        missedVisit =
            addTask(lead, TaskKind::Appointment, QStringLiteral("Showroom visit"), at(-1, 10));
        tomorrow = addTask(lead, TaskKind::FollowUp, QStringLiteral("Tomorrow"), at(1, 10));
        bensCall = addTask(bens, TaskKind::FollowUp, QStringLiteral("Ben's call"), at(0, 11));
    }

    static std::vector<qint64> ids(const TodayModel& model, TodayModel::Section section)
    {
        std::vector<qint64> ids;
        for (const TaskRow& row : model.rows(section))
            ids.push_back(row.task.id);
        return ids;
    }

    Lead lead;
    Task earlyCall, afternoonCall, testDrive, missedVisit, tomorrow, bensCall;
};
} // namespace

TEST_CASE("Today sorts tasks into overdue, due today and appointments", "[ui][today]")
{
    TodayDesk desk;
    takeWarnings();
    TodayPage page(desk.session(desk.anna));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const TodayModel& model = *page.model();
    using Ids = std::vector<qint64>;
    CHECK(TodayDesk::ids(model, TodayModel::Overdue) ==
          Ids{desk.missedVisit.id, desk.earlyCall.id});
    CHECK(TodayDesk::ids(model, TodayModel::DueToday) == Ids{desk.afternoonCall.id});
    CHECK(TodayDesk::ids(model, TodayModel::Appointments) == Ids{desk.testDrive.id});
    CHECK(page.consultantFilter() == nullptr); // a consultant sees his own
    REQUIRE(page.availability() != nullptr);
    CHECK(page.view()->isColumnHidden(TodayModel::Assignee));

    const QModelIndex early = model.indexOf(desk.earlyCall.id);
    CHECK(model.index(early.row(), TodayModel::Customer, early.parent()).data() ==
          QStringLiteral("Vogel, Lena"));
    CHECK(model.index(early.row(), TodayModel::Vehicle, early.parent()).data() ==
          QStringLiteral("VW ID.4"));
    CHECK(model.index(early.row(), TodayModel::Due, early.parent()).data(TodayModel::RawRole) ==
          PipelineDesk::at(0, 8));
    CHECK(model.sectionIndex(TodayModel::Overdue).data().toString() ==
          QStringLiteral("Overdue (2)"));
    CHECK_FALSE(model.flags(model.sectionIndex(TodayModel::Overdue)) & Qt::ItemIsSelectable);

    // Time passes: the 15:00 call becomes overdue, the list moves it without a reset.
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    desk.clock.set(PipelineDesk::at(0, 15, 30));
    page.reload();
    CHECK(TodayDesk::ids(model, TodayModel::Overdue) ==
          Ids{desk.missedVisit.id, desk.earlyCall.id, desk.afternoonCall.id});
    CHECK(model.count(TodayModel::DueToday) == 0);
    CHECK(model.sectionIndex(TodayModel::DueToday).data().toString().contains("nothing"));
    CHECK(resets.isEmpty());
    CHECK(takeWarnings().isEmpty());
}

TEST_CASE("A manager sees every consultant's day and filters by consultant", "[ui][today]")
{
    TodayDesk desk;
    takeWarnings();
    TodayPage page(desk.session(desk.max));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(page.consultantFilter() != nullptr);
    CHECK(page.availability() == nullptr);
    CHECK_FALSE(page.view()->isColumnHidden(TodayModel::Assignee));
    QComboBox* filter = page.consultantFilter();
    REQUIRE(filter->count() == 3); // All consultants, Anna, Ben
    CHECK(filter->itemText(0) == QStringLiteral("All consultants"));
    CHECK(page.model()->count(TodayModel::DueToday) == 2);

    filter->setCurrentIndex(filter->findData(desk.ben.id));
    REQUIRE(page.model()->count(TodayModel::DueToday) == 1);
    CHECK(page.model()->rows(TodayModel::DueToday).front().task.id == desk.bensCall.id);
    CHECK(page.model()->count(TodayModel::Overdue) == 0);
    const QModelIndex row = page.model()->indexOf(desk.bensCall.id, TodayModel::Assignee);
    CHECK(row.data() == QStringLiteral("Ben Brandt"));
    CHECK(takeWarnings().isEmpty());
}

TEST_CASE("A task is done only with a result", "[ui][today]")
{
    TodayDesk desk;
    TodayPage page(desk.session(desk.anna));
    CHECK_FALSE(page.doneButton()->isEnabled());
    CHECK(page.completeSelected() == nullptr);
    REQUIRE(page.selectTask(desk.afternoonCall.id));
    CHECK(page.doneButton()->isEnabled());
    CHECK_FALSE(page.commentButton()->isVisibleTo(&page)); // managers only

    QPointer<CompleteTaskDialog> dialog = page.completeSelected();
    REQUIRE(dialog);
    dialog->accept(); // no result
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorLabel()->isHidden());
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("result")));
    CHECK(page.model()->indexOf(desk.afternoonCall.id).isValid());

    dialog->resultField()->setPlainText(QStringLiteral("Reached, test drive on Saturday"));
    dialog->accept();
    CHECK_FALSE(page.model()->indexOf(desk.afternoonCall.id).isValid());
    CHECK(page.model()->count(TodayModel::DueToday) == 0);
    auto tasks = TaskService(desk.context()).forLead(desk.lead.id);
    REQUIRE(tasks.has_value());
    const auto done = std::ranges::find(*tasks, desk.afternoonCall.id, &Task::id);
    REQUIRE(done != tasks->end());
    CHECK(done->done());
    CHECK(done->doneBy == desk.anna.id);
    CHECK(done->result == QStringLiteral("Reached, test drive on Saturday"));
    CHECK_FALSE(page.doneButton()->isEnabled()); // nothing selected any more
}

TEST_CASE("The manager's comment appears on the consultant's task", "[ui][today]")
{
    TodayDesk desk;
    TodayPage managerPage(desk.session(desk.max));
    TodayPage annasPage(desk.session(desk.anna));
    REQUIRE(managerPage.selectTask(desk.earlyCall.id));
    CHECK(managerPage.commentButton()->isVisibleTo(&managerPage));
    QPointer<TaskCommentDialog> dialog = managerPage.commentSelected();
    REQUIRE(dialog);
    dialog->commentField()->setPlainText(QStringLiteral("Ask about the trade-in first"));
    dialog->accept();

    // The change bus reloads the consultant's page.
    const QModelIndex comment = annasPage.model()->indexOf(desk.earlyCall.id, TodayModel::Comment);
    REQUIRE(comment.isValid());
    CHECK(comment.data() == QStringLiteral("Ask about the trade-in first"));
    auto notifications = NotificationService(desk.context()).list(desk.anna);
    REQUIRE(notifications.has_value());
    REQUIRE(notifications->size() == 1);
    CHECK(notifications->front().kind == NotificationKind::ManagerComment);
    CHECK(annasPage.commentSelected() == nullptr); // consultants do not comment
}

TEST_CASE("A consultant marks himself busy or off duty on the Today page", "[ui][today]")
{
    TodayDesk desk;
    TodayPage page(desk.session(desk.anna));
    AvailabilitySwitch* availability = page.availability();
    REQUIRE(availability);
    CHECK(availability->state() == AvailabilitySwitch::State::Available);
    CHECK(availability->button(AvailabilitySwitch::State::Available)->isChecked());
    const auto stored = [&desk] {
        auto users = UserService(desk.context()).users();
        REQUIRE(users.has_value());
        return *std::ranges::find(*users, desk.anna.id, &User::id);
    };

    availability->button(AvailabilitySwitch::State::Busy)->click();
    CHECK(stored().onDuty);
    CHECK(stored().busy);
    availability->button(AvailabilitySwitch::State::OffDuty)->click();
    CHECK_FALSE(stored().onDuty);
    CHECK(availability->state() == AvailabilitySwitch::State::OffDuty);

    // A page opened later shows the stored state.
    TodayPage later(desk.session(desk.anna));
    CHECK(later.availability()->state() == AvailabilitySwitch::State::OffDuty);
    availability->button(AvailabilitySwitch::State::Available)->click();
    CHECK(stored().onDuty);
    CHECK_FALSE(stored().busy);
    CHECK(later.availability()->state() == AvailabilitySwitch::State::Available);
}

TEST_CASE("Open customer and Add follow-up act on the selected task", "[ui][today]")
{
    TodayDesk desk;
    TodayPage page(desk.session(desk.anna));
    QSignalSpy opened(&page, &TodayPage::openCustomerRequested);
    REQUIRE(page.selectTask(desk.testDrive.id));
    page.openCustomerButton()->click();
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().at(0).toLongLong() == desk.lead.customerId);
    CHECK(opened.front().at(1).toLongLong() == desk.lead.id);

    QPointer<FollowUpDialog> dialog = page.addFollowUpToSelected();
    REQUIRE(dialog);
    CHECK(dialog->leadId() == desk.lead.id);
    dialog->dueField()->setDateTime(PipelineDesk::at(0, 17).toLocalTime());
    dialog->accept();
    CHECK(page.model()->count(TodayModel::DueToday) == 2);
}
