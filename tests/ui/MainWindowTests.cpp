#include "TestSupport.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "common/Labels.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListPage.h"
#include "services/CustomerService.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

TEST_CASE("Main window shows who works on which database", "[ui][shell]")
{
    TestDatabase data;
    data.addCustomers(30);
    const User consultant = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Berger"),
                                         Role::Consultant, QStringLiteral("anna-password"));
    MainWindow window(Session{data.db(), data.clock(), data.changes(), consultant});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QString status = window.statusBarText();
    INFO(status.toStdString());
    CHECK(status.contains("Anna Berger"));
    CHECK(status.contains("Sales consultant"));
    CHECK(status.contains(QDir::toNativeSeparators(data.path())));
    CHECK(status.contains("Mode: local"));
    CHECK(status.contains(QStringLiteral("Schema version %1").arg(data.db().schemaVersion())));
    auto* user = window.findChild<QLabel*>(QStringLiteral("statusUser"));
    REQUIRE(user);
    CHECK(user->isVisible());

    SECTION("a consultant starts on the pipeline board; the customer page lists customers")
    {
        CHECK(window.currentPage() == MainWindow::Page::Pipeline);
        window.showPage(MainWindow::Page::Customers);
        CHECK(window.currentPage() == MainWindow::Page::Customers);
        CHECK(window.customerPage()->isVisible());
        CHECK(window.customerPage()->model()->rowCount() == 30);
    }
    SECTION("Ctrl+F moves the focus into the customer search")
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        navigation->setFocus();
        REQUIRE(navigation->hasFocus());
        QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
        CHECK(window.customerPage()->searchField()->hasFocus());
    }
    SECTION("navigation switches pages; the pipeline shows a column per stage")
    {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        REQUIRE(navigation->count() == MainWindow::PageCount);
        CHECK(navigation->item(1)->text() == "Pipeline");
        navigation->setCurrentRow(1);
        CHECK(window.currentPage() == MainWindow::Page::Pipeline);
        CHECK(window.pipelinePage()->isVisible());
        BoardModel* board = window.pipelinePage()->model();
        REQUIRE(board->rowCount() == 8);
        CHECK(board->index(0, 0).data().toString() == "Unassigned");
        CHECK(board->rowCount(board->index(0, 0)) == 0);
        CHECK(board->index(3, 0).data().toString() == "Needs & car selection");
        CHECK(window.pipelinePage()->columns().size() == 8);

        window.showPage(MainWindow::Page::Settings);
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        REQUIRE(pages);
        CHECK(pages->currentWidget()->objectName() == "settingsPage");
        CHECK(navigation->currentRow() == MainWindow::PageCount - 1);
    }
    SECTION("a failed backup is reported through the message seam")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        auto result = window.backupTo(QDir(data.path()).filePath("missing-folder/backup.sqlite"));
        CHECK_FALSE(result.has_value());
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors[0].startsWith("Backup failed: "));
    }
    SECTION("a backup is written next to the database")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        const QString target = QFileInfo(data.path()).absolutePath() + "/copy.sqlite";
        CHECK(window.backupTo(target).has_value());
        CHECK(boxes.errors.isEmpty());
        CHECK(QFileInfo(target).size() > 0);
    }
    SECTION("the customer list reloads when another desk changed the file")
    {
        auto other = Database::open(data.path());
        REQUIRE(other.has_value());
        CustomerService otherService(ServiceContext{**other, data.clock(), nullptr});
        CustomerListModel* model = window.customerPage()->model();
        auto customer = otherService.get(model->customerId(3));
        REQUIRE(customer.has_value());
        customer->city = QStringLiteral("Dresden");
        REQUIRE(otherService.update(data.admin(), *customer).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(model->index(3, CustomerListModel::City).data().toString(),
                                  QStringLiteral("Dresden"), 5000);
    }
}

TEST_CASE("Role and storage mode labels", "[ui][shell]")
{
    CHECK(Labels::role(Role::Manager) == "Sales manager");
    CHECK(Labels::storageMode(StorageMode::Shared) == "shared");
    CHECK(Labels::stage(QStringLiteral("custom"), QStringLiteral("Custom stage")) ==
          "Custom stage");
}
