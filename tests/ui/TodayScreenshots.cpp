// Renders the Today view, the task dialogs and the notification panel with realistic content to
// PNG files, to look at the layout. Not run by ctest: `showroom_ui_tests "[.shots]"` writes into
// $SHOWROOM_SCREENSHOTS (or $SHOWROOM_CARD_SCREENSHOTS, or /tmp).
#include "PipelineDesk.h"
#include "notifications/NotificationButton.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationPanel.h"
#include "services/ActivityService.h"
#include "tasks/FollowUpDialog.h"
#include "tasks/TaskDialogs.h"
#include "today/TodayModel.h"
#include "today/TodayPage.h"

#include <QPlainTextEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
QString shotPath(const QString& name)
{
    QString folder = qEnvironmentVariable("SHOWROOM_SCREENSHOTS");
    if (folder.isEmpty())
        folder = qEnvironmentVariable("SHOWROOM_CARD_SCREENSHOTS", QStringLiteral("/tmp"));
    return folder + QStringLiteral("/%1.png").arg(name);
}

void shoot(QWidget& widget, const QString& name)
{
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(50);
    CHECK(widget.grab().save(shotPath(name)));
}

struct ShowroomDay : PipelineDesk {
    ShowroomDay()
    {
        const auto customer = [this](const char* first, const char* last) {
            return data.addCustomer(QString::fromUtf8(first), QString::fromUtf8(last));
        };
        const Lead vogel = addLead(customer("Lena", "Vogel"), anna, QStringLiteral("VW ID.4 Pro"));
        const Lead becker =
            addLead(customer("Karl", "Becker"), anna, QStringLiteral("Skoda Octavia Combi"));
        const Lead yilmaz = addLead(customer("Elif", "Yılmaz"), anna, QStringLiteral("VW Tiguan"));
        const Lead novak = addLead(customer("Tomasz", "Nowak"), ben, QStringLiteral("Cupra Born"));
        const Lead weber =
            addLead(customer("Hanna", "Weber"), anna, QStringLiteral("Skoda Enyaq iV 80"));
        const Lead fischer = addLead(customer("Jonas", "Fischer"), ben, QStringLiteral("VW Golf"));
        // Rule-planned calls after first visits (day 1 is due today, overdue since 09:00).
        auto context = this->context();
        REQUIRE(data.db()
                    .write([&]() -> Result<int> {
                        return planFirstVisitFollowUps(context, becker.id, at(-1, 16));
                    })
                    .has_value());
        REQUIRE(data.db()
                    .write([&]() -> Result<int> {
                        return planFirstVisitFollowUps(context, fischer.id, at(-3, 11));
                    })
                    .has_value());
        addTask(vogel, TaskKind::CallBack, QStringLiteral("Call back about the leasing offer"),
                at(0, 8, 30));
        const Task invitation = addTask(yilmaz, TaskKind::Appointment,
                                        QStringLiteral("Showroom visit: VW Tiguan"), at(-1, 17));
        addTask(weber, TaskKind::FollowUp, QStringLiteral("Send the trade-in estimate"), at(0, 12));
        addTask(novak, TaskKind::CallBack, QStringLiteral("Call back: financing question"),
                at(0, 16, 30));
        addTask(vogel, TaskKind::TestDrive, QStringLiteral("Test drive: VW ID.4 Pro"), at(0, 11));
        addTask(weber, TaskKind::TestDrive, QStringLiteral("Test drive: Skoda Enyaq iV 80"),
                at(0, 15));
        addTask(yilmaz, TaskKind::Appointment, QStringLiteral("Showroom visit with her husband"),
                at(0, 17, 30));
        REQUIRE(TaskService(context)
                    .comment(max, invitation.id,
                             QStringLiteral("Call her before noon — she prefers mornings."))
                    .has_value());
        // Contacted in time, except Lena Vogel and Elif Yılmaz.
        for (const Lead& lead : {becker, novak, weber, fischer}) {
            Activity call;
            call.customerId = lead.customerId;
            call.leadId = lead.id;
            call.kind = ActivityKind::Call;
            call.direction = Direction::Outbound;
            call.body = QStringLiteral("First call");
            REQUIRE(ActivityService(context).log(max, call).has_value());
        }
    }
};
} // namespace

TEST_CASE("Today and notification screenshots", "[.shots]")
{
    ShowroomDay day;
    // Lena's lead has no first contact yet: at 10:01 the reminder fires, at 10:31 the escalation.
    day.clock.set(PipelineDesk::at(0, 10, 1));
    NotificationCenter annasCenter(day.session(day.anna));
    REQUIRE(annasCenter.runRulesNow());

    TodayPage annasDay(day.session(day.anna));
    annasDay.resize(1180, 620);
    shoot(annasDay, QStringLiteral("today-consultant"));

    TodayPage managersDay(day.session(day.max));
    managersDay.resize(1280, 660);
    shoot(managersDay, QStringLiteral("today-manager"));

    REQUIRE(annasDay.selectTask(annasDay.model()->rows(TodayModel::Overdue).front().task.id));
    CompleteTaskDialog* done = annasDay.completeSelected();
    REQUIRE(done);
    done->resultField()->setPlainText(QStringLiteral("Reached; comes for a test drive on Friday"));
    shoot(*done, QStringLiteral("today-done-dialog"));
    done->reject();
    FollowUpDialog* followUp = annasDay.addFollowUpToSelected();
    REQUIRE(followUp);
    shoot(*followUp, QStringLiteral("today-follow-up-dialog"));
    followUp->reject();

    day.clock.set(PipelineDesk::at(0, 10, 31));
    NotificationCenter maxsCenter(day.session(day.max));
    REQUIRE(maxsCenter.runRulesNow());
    NotificationButton button(day.session(day.max), maxsCenter);
    button.panel()->resize(440, 420);
    shoot(*button.panel(), QStringLiteral("notifications-manager"));
    button.panel()->hide();
    NotificationPanel annasPanel(day.session(day.anna), annasCenter);
    annasPanel.resize(440, 420);
    shoot(annasPanel, QStringLiteral("notifications-consultant"));
    button.resize(button.sizeHint());
    shoot(button, QStringLiteral("notifications-button"));
    CHECK(NotificationButton::bellIcon(3, Qt::black, 96).pixmap(96).save(shotPath("bell")));
}
