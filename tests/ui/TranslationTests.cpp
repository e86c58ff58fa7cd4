#include "TestSupport.h"
#include "customers/CustomerListPage.h"
#include "services/UserService.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
// Installs the embedded German catalogue for the lifetime of the scope.
class GermanTranslation {
public:
    GermanTranslation()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/showroom_de.qm")));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~GermanTranslation() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};
} // namespace

TEST_CASE("German translation covers menus, navigation and sign-in", "[ui][i18n]")
{
    TestDatabase data;
    data.addCustomers(5);
    GermanTranslation german;

    MainWindow window(Session{data.db(), data.clock(), data.changes(), data.admin()});
    const auto menus = window.menuBar()->actions();
    REQUIRE(menus.size() == 3);
    CHECK(menus[0]->text() == "&Datei");
    CHECK(menus[1]->text() == "&Ansicht");
    CHECK(menus[2]->text() == "&Hilfe");

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->item(0)->text() == "Empfang");
    CHECK(navigation->item(2)->text() == "Heute");
    CHECK(navigation->item(3)->text() == "Kunden");
    CHECK(navigation->item(4)->text() == "Auslieferungen");
    CHECK(navigation->item(5)->text() == "Bestand");
    CHECK(window.statusBarText().contains("Administrator"));
    CHECK(window.statusBarText().contains("Modus: lokal"));
    CHECK(window.customerPage()->searchField()->placeholderText().startsWith("Suche"));

    // Core messages are in the catalogue too.
    auto refused = UserService(data.context())
                       .authenticate(QStringLiteral("admin"), QStringLiteral("nope-nope"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message == "Falscher Benutzername oder falsches Passwort.");
}
