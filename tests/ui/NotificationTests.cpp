// Notifications: the rules fire, the center picks them up, the panel lists them.
#include "PipelineDesk.h"
#include "notifications/NotificationButton.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationListModel.h"
#include "notifications/NotificationPanel.h"
#include "notifications/NotificationTray.h"
#include "services/NotificationService.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
// Anna's new web lead (created at 09:30, first contact due at 10:00) and her desk's center.
struct ReminderDesk : PipelineDesk {
    ReminderDesk()
        : lead(addLead(data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel")), anna,
                       QStringLiteral("VW ID.4"), QStringLiteral("web_form")))
    {
    }
    Lead lead;
};
} // namespace

TEST_CASE("The center runs the rules and reports the reminder with its reason",
          "[ui][notifications]")
{
    ReminderDesk desk;
    REQUIRE(desk.lead.responseDueAt.isValid());
    NotificationCenter center(desk.session(desk.anna));
    CHECK_FALSE(center.isRunning()); // no timers in tests
    QSignalSpy arrived(&center, &NotificationCenter::arrived);
    QSignalSpy counted(&center, &NotificationCenter::unreadCountChanged);

    REQUIRE(center.runRulesNow()); // before the deadline: nothing
    CHECK(arrived.isEmpty());
    CHECK(center.unreadCount() == 0);

    desk.clock.set(desk.lead.responseDueAt.addSecs(60));
    REQUIRE(center.runRulesNow());
    REQUIRE(arrived.size() == 1);
    const auto notifications = arrived.front().at(0).value<std::vector<Notification>>();
    REQUIRE(notifications.size() == 1);
    const Notification& reminder = notifications.front();
    CHECK(reminder.kind == NotificationKind::ResponseReminder);
    CHECK(reminder.leadId == desk.lead.id);
    const QString reason = NotificationService::reason(reminder);
    CHECK(reason.contains(QStringLiteral("deadline")));
    CHECK(reason.contains(
        QLocale().toString(desk.lead.responseDueAt.toLocalTime(), QLocale::ShortFormat)));
    CHECK(NotificationService::title(reminder).contains(QStringLiteral("Vogel, Lena")));
    CHECK(center.unreadCount() == 1);
    REQUIRE(counted.size() == 1);
    CHECK(counted.front().at(0).toInt() == 1);

    // Polling again, or running the rules again for the same moment, brings nothing new.
    center.pollNow();
    REQUIRE(center.runRulesNow());
    CHECK(arrived.size() == 1);

    // The balloon a tray would show.
    const auto [title, text] = NotificationTray::message(notifications);
    CHECK(title == NotificationService::title(reminder));
    CHECK(text == reason);
    NotificationTray tray(center); // without a system tray (offscreen): no icon, no crash
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        CHECK(tray.trayIcon() == nullptr);
}

TEST_CASE("The panel lists notifications and marks them read", "[ui][notifications]")
{
    ReminderDesk desk;
    takeWarnings();
    NotificationCenter center(desk.session(desk.anna));
    NotificationButton button(desk.session(desk.anna), center);
    NotificationPanel* panel = button.panel();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel->model()->rowCount() == 0);
    CHECK(button.text().isEmpty());

    desk.clock.set(desk.lead.responseDueAt.addSecs(60));
    REQUIRE(center.runRulesNow());
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(button.text() == QStringLiteral("1"));
    const QModelIndex first = panel->model()->index(0, NotificationListModel::Title);
    CHECK(first.data(NotificationListModel::UnreadRole).toBool());
    CHECK(first.data(Qt::FontRole).value<QFont>().bold());
    CHECK(first.data().toString().contains(QStringLiteral("no first contact")));
    CHECK(panel->model()
              ->index(0, NotificationListModel::Reason)
              .data()
              .toString()
              .contains(QStringLiteral("deadline")));
    CHECK(panel->markAllReadButton()->isEnabled());

    // 30 minutes later the manager is told too; Anna gets nothing new.
    desk.clock.set(desk.lead.responseDueAt.addSecs(31 * 60));
    REQUIRE(center.runRulesNow());
    CHECK(panel->model()->rowCount() == 1);
    auto maxs = NotificationService(desk.context()).list(desk.max);
    REQUIRE(maxs.has_value());
    REQUIRE(maxs->size() == 1);
    CHECK(maxs->front().kind == NotificationKind::ResponseEscalation);

    QSignalSpy counted(&center, &NotificationCenter::unreadCountChanged);
    QTest::mouseClick(panel->markAllReadButton(), Qt::LeftButton);
    CHECK(center.unreadCount() == 0);
    REQUIRE(counted.size() == 1);
    CHECK(counted.front().at(0).toInt() == 0);
    CHECK(*NotificationService(desk.context()).unreadCount(desk.anna) == 0);
    CHECK_FALSE(panel->model()->index(0, 0).data(NotificationListModel::UnreadRole).toBool());
    CHECK_FALSE(panel->markAllReadButton()->isEnabled());
    CHECK(button.text().isEmpty());
    CHECK(takeWarnings().isEmpty());
}

TEST_CASE("Opening a notification marks it read and asks for its lead", "[ui][notifications]")
{
    ReminderDesk desk;
    desk.clock.set(desk.lead.responseDueAt.addSecs(60));
    NotificationCenter center(desk.session(desk.anna));
    NotificationPanel panel(desk.session(desk.anna), center);
    REQUIRE(center.runRulesNow());
    REQUIRE(panel.model()->rowCount() == 1);
    QSignalSpy open(&panel, &NotificationPanel::openLeadRequested);
    panel.resize(420, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QRect item = panel.view()->visualRect(panel.model()->index(0, 0));
    REQUIRE(item.height() > panel.view()->fontMetrics().height() * 2); // title and reason
    // A widget double click is a click followed by a double-click event.
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, item.center());
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, item.center());
    REQUIRE(open.size() == 1);
    CHECK(open.front().at(0).toLongLong() == desk.lead.id);
    CHECK(center.unreadCount() == 0);
}
