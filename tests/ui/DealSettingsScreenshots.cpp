// Renders Settings › Checklists and Settings › Dealership & hours on demo data to PNG files, to
// look at the layout. Not run by ctest: `showroom_ui_tests "[.shots]"` writes into
// $SHOWROOM_SHOTS_DIR (or /tmp).
#include "TestSupport.h"
#include "services/ChecklistTemplateService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "settings/ChecklistItemDialog.h"
#include "settings/ChecklistTemplateModels.h"
#include "settings/ChecklistsSection.h"
#include "settings/SettingsPage.h"
#include "storage/demo/DemoGenerator.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
QString shotPath(const QString& name)
{
    return qEnvironmentVariable("SHOWROOM_SHOTS_DIR", QStringLiteral("/tmp")) +
           QStringLiteral("/%1.png").arg(name);
}

// A made-up dealership logo: a blue badge with the name.
QString logoBase64()
{
    QImage image(320, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x4e, 0x79));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 4, 312, 112), 18, 18);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(44);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(4, 4, 312, 112), Qt::AlignCenter, QStringLiteral("BERGER"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(bytes.toBase64());
}
} // namespace

TEST_CASE("Deal settings screenshots", "[.shots]")
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
    const User manager = *std::ranges::find(*users, Role::Manager, &User::role);

    SettingsService settings(context);
    REQUIRE(
        settings
            .set(manager, QStringLiteral("dealership.name"), QStringLiteral("Autohaus Berger GmbH"))
            .has_value());
    REQUIRE(settings
                .set(manager, QStringLiteral("dealership.address"),
                     QStringLiteral("Hauptstraße 12\n10115 Berlin\nGermany"))
                .has_value());
    REQUIRE(
        settings.set(manager, QStringLiteral("dealership.phone"), QStringLiteral("+49 30 1234567"))
            .has_value());
    REQUIRE(settings.set(manager, QStringLiteral("dealership.logo"), logoBase64()).has_value());
    ChecklistTemplateService templates(context);
    auto golf = templates.addAccessoryTemplate(manager, QStringLiteral("Golf"));
    REQUIRE(golf.has_value());
    const std::pair<const char*, qint64> golfItems[] = {
        {"Roof box 420 l", 29900}, {"Winter wheels 16\"", 119000}, {"Rubber floor mats", 8900}};
    for (const auto& [title, cents] : golfItems) {
        ChecklistTemplateItem item;
        item.title = QString::fromUtf8(title);
        item.required = false;
        item.priceCents = cents;
        item.salesArgument = QStringLiteral("Room for the whole family's luggage");
        REQUIRE(templates.addItem(manager, golf->id, item).has_value());
    }

    SettingsPage page(Session{db, clock, changes, manager});
    page.resize(1360, 820);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const auto shoot = [&](SettingsPage::Section section, const QString& name) {
        page.showSection(section);
        QTest::qWait(50);
        CHECK(page.grab().save(shotPath(name)));
    };

    ChecklistsSection* checklists = page.checklists();
    checklists->selectKind(ChecklistKind::Delivery);
    checklists->selectItem(checklists->items()->rowAt(2).id);
    shoot(SettingsPage::Section::Checklists, QStringLiteral("settings-checklists"));
    shoot(SettingsPage::Section::Hours, QStringLiteral("settings-dealership"));
    shoot(SettingsPage::Section::Deals, QStringLiteral("settings-deals"));

    checklists->selectTemplate(golf->id);
    checklists->selectItem(checklists->items()->rowAt(0).id);
    shoot(SettingsPage::Section::Checklists, QStringLiteral("settings-checklists-golf"));
    QPointer<ChecklistItemDialog> dialog = checklists->editSelected();
    REQUIRE(dialog);
    QTest::qWait(50);
    CHECK(dialog->grab().save(shotPath(QStringLiteral("settings-checklist-item"))));
    dialog->reject();
}
