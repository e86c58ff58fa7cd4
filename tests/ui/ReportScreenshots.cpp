// Renders the Reports page (overview and consultants tabs) and a drill-down on a demo dealership
// to PNG files, to look at the layout. Not run by ctest: `showroom_ui_tests "[.shots]"` writes
// reports-overview.png, reports-consultants.png and reports-drilldown.png into
// $SHOWROOM_SHOTS_DIR (or /tmp); docs/ has them.
#include "ReportDemo.h"
#include "reports/ConsultantTableModel.h"
#include "reports/DrillDownDialog.h"
#include "reports/ReportHeader.h"
#include "reports/ReportTabs.h"
#include "reports/ReportsPage.h"

#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace showroom;
using namespace showroom::test;

namespace {
QString shotPath(const QString& name)
{
    const QString folder = qEnvironmentVariable("SHOWROOM_SHOTS_DIR", QStringLiteral("/tmp"));
    return folder + QStringLiteral("/%1.png").arg(name);
}

void settle()
{
    QTest::qWait(100);
}
} // namespace

TEST_CASE("Reports screenshots", "[.shots]")
{
    ReportDemo data(2000);
    ReportsPage page(data.session(data.user(QStringLiteral("manager"))));
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.report().has_value());
    settle();
    CHECK(page.grab().save(shotPath(QStringLiteral("reports-overview"))));
    page.tabs()->setCurrentIndex(ReportsPage::Consultants);
    page.consultantsTab()->view()->sortByColumn(ConsultantTableModel::Revenue, Qt::DescendingOrder);
    settle();
    CHECK(page.grab().save(shotPath(QStringLiteral("reports-consultants"))));
    QTableView* view = page.consultantsTab()->view();
    const QModelIndex top = view->model()->index(0, ConsultantTableModel::Consultant);
    view->selectRow(0);
    Q_EMIT view->activated(top);
    DrillDownDialog* dialog = page.lastDrillDown();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    settle();
    CHECK(dialog->grab().save(shotPath(QStringLiteral("reports-drilldown"))));
}
