// Renders the settings page on demo data to PNG files, to look at the layout (not run by default).
#include "TestSupport.h"
#include "services/PipelineConfigService.h"
#include "services/UserService.h"
#include "settings/HoursForm.h"
#include "settings/SettingsPage.h"
#include "settings/SourceListModel.h"
#include "settings/SourcesSection.h"
#include "settings/StagesSection.h"
#include "storage/demo/DemoGenerator.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

// Not run by default: renders every settings section into $SHOWROOM_SETTINGS_SCREENSHOTS (or
// /tmp). Run with: showroom_ui_tests "[screenshots]"
TEST_CASE("Settings page screenshots", "[.][screenshots]")
{
    QTemporaryDir dir;
    auto created =
        Database::create(dir.filePath(QStringLiteral("demo.sqlite")), StorageMode::Local);
    REQUIRE(created.has_value());
    Database& db = **created;
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    REQUIRE(generateDemoData(db, DemoOptions{200, 11, now}).has_value());
    ManualClock clock(now);
    ChangeBus changes;
    const ServiceContext context{db, clock, &changes};
    auto users = UserService(context).users();
    const auto user = [&](Role role) { return *std::ranges::find(*users, role, &User::role); };
    const User manager = user(Role::Manager);
    const User consultant = user(Role::Consultant);
    const QString folder =
        qEnvironmentVariable("SHOWROOM_SETTINGS_SCREENSHOTS", QStringLiteral("/tmp"));
    // A retired custom stage, to see how it looks.
    PipelineConfigService config(context);
    auto extra = config.addStage(manager, QStringLiteral("Trade-in appraisal"));
    REQUIRE(extra.has_value());
    REQUIRE(config.setStageRetired(manager, extra->id, true).has_value());

    const auto shoot = [&](SettingsPage& page, SettingsPage::Section section, const QString& name) {
        page.showSection(section);
        QTest::qWait(50);
        CHECK(page.grab().save(folder + QStringLiteral("/settings-%1.png").arg(name)));
    };

    SettingsPage page(Session{db, clock, changes, manager});
    page.resize(1000, 690); // the page area of the main window at its default size
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.stages()->selectStage(extra->id);
    shoot(page, SettingsPage::Section::Stages, QStringLiteral("stages"));
    shoot(page, SettingsPage::Section::LostReasons, QStringLiteral("lost-reasons"));
    shoot(page, SettingsPage::Section::Sources, QStringLiteral("sources"));
    shoot(page, SettingsPage::Section::Assignment, QStringLiteral("assignment"));
    shoot(page, SettingsPage::Section::Rules, QStringLiteral("rules"));
    shoot(page, SettingsPage::Section::Hours, QStringLiteral("hours"));
    shoot(page, SettingsPage::Section::CardFields, QStringLiteral("cards"));

    // Editing: a source's assignment rule, and unsaved business hours.
    page.showSection(SettingsPage::Section::Sources);
    QTableView* sources = page.sources()->view();
    const QModelIndex rule = page.sources()->model()->index(2, SourceListModel::Assignment);
    sources->setCurrentIndex(rule);
    sources->edit(rule);
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/settings-sources-editing.png")));
    page.sources()->view()->setFocus();
    page.hours()->startEdit()->setTime(QTime(8, 0));
    shoot(page, SettingsPage::Section::Hours, QStringLiteral("hours-unsaved"));

    SettingsPage readOnly(Session{db, clock, changes, consultant});
    readOnly.resize(1000, 690);
    readOnly.show();
    REQUIRE(QTest::qWaitForWindowExposed(&readOnly));
    shoot(readOnly, SettingsPage::Section::Stages, QStringLiteral("consultant-stages"));
    shoot(readOnly, SettingsPage::Section::Assignment, QStringLiteral("consultant-assignment"));
    shoot(readOnly, SettingsPage::Section::Hours, QStringLiteral("consultant-hours"));
}
