// The Reports page: what it shows is what core computes (the JSON of the command-line tool), its
// models, filters, permissions and drill-downs, on a small demo dealership.
#include "ReportDemo.h"
#include "TestSupport.h"
#include "common/Labels.h"
#include "reports/ConsultantTableModel.h"
#include "reports/DataTableModel.h"
#include "reports/DrillDownDialog.h"
#include "reports/DrillDownModel.h"
#include "reports/KpiTiles.h"
#include "reports/ReportHeader.h"
#include "reports/ReportJson.h"
#include "reports/ReportService.h"
#include "reports/ReportTabs.h"
#include "reports/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace showroom;
using namespace showroom::test;
using reports::Drill;
using reports::DrillKind;
using reports::ReportService;

namespace {
constexpr auto kWarn = QAbstractItemModelTester::FailureReportingMode::Warning;

// Warnings other than the offscreen platform's note on shown dialogs (model tester findings).
QStringList modelWarnings()
{
    QStringList warnings = takeWarnings();
    warnings.removeIf([](const QString& w) { return w.contains("propagateSizeHints"); });
    return warnings;
}

// A raw value of the page as the JSON writes it: rates to 4 decimals, minutes to 0.1.
QJsonValue asJson(const QVariant& value, double scale)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    if (value.typeId() == QMetaType::Double)
        return std::round(value.toDouble() * scale) / scale;
    return double(value.toLongLong());
}

struct ConsultantKey {
    ConsultantTableModel::Column column;
    const char* key;
    double scale = 1.0;
};

constexpr ConsultantKey kConsultantKeys[] = {
    {ConsultantTableModel::Consultant, "name"},
    {ConsultantTableModel::LeadsAssigned, "leads_assigned"},
    {ConsultantTableModel::MedianFirstResponse, "median_first_response_minutes", 10.0},
    {ConsultantTableModel::ResponseBreaches, "response_breaches"},
    {ConsultantTableModel::Escalations, "escalations"},
    {ConsultantTableModel::FollowUpsDue, "follow_ups_due"},
    {ConsultantTableModel::FollowUpsDone, "follow_ups_done"},
    {ConsultantTableModel::FollowUpsOverdue, "follow_ups_overdue"},
    {ConsultantTableModel::TestDrives, "test_drives"},
    {ConsultantTableModel::Offers, "offers"},
    {ConsultantTableModel::Sales, "sales"},
    {ConsultantTableModel::Revenue, "revenue_cents"},
    {ConsultantTableModel::AccessoriesOffered, "accessories_offered"},
    {ConsultantTableModel::AccessoriesSold, "accessories_sold"},
    {ConsultantTableModel::AttachRate, "accessory_attach_rate", 10000.0},
    {ConsultantTableModel::ManagerComments, "manager_comments"},
};

// What the tiles show, checked against the JSON of the same report.
void compareTiles(const KpiTiles& tiles, const QJsonObject& json)
{
    const QJsonObject traffic = json[QStringLiteral("traffic")].toObject();
    const QJsonObject funnel = json[QStringLiteral("funnel")].toObject();
    double sales = 0;
    double revenue = 0;
    for (const QJsonValue source :
         json[QStringLiteral("sources")][QStringLiteral("sources")].toArray()) {
        sales += source[QStringLiteral("sales")].toDouble();
        revenue += source[QStringLiteral("revenue_cents")].toDouble();
    }
    const auto trafficValue = [&](const char* period, const QString& key) -> QJsonValue {
        return traffic[QLatin1String(period)].toObject()[key];
    };
    REQUIRE(tiles.figures().size() == 7);
    for (const KpiFigure& figure : tiles.figures()) {
        INFO(figure.key.toStdString());
        const double scale = figure.key.endsWith(QLatin1String("_rate")) ? 10000.0 : 1.0;
        if (figure.key == "visits" || figure.key == "first_visits" ||
            figure.key == "retention_rate") {
            CHECK(asJson(figure.value, scale) == trafficValue("current", figure.key));
            CHECK(asJson(figure.previous, scale) == trafficValue("previous", figure.key));
            CHECK(asJson(figure.lastYear, scale) == trafficValue("last_year", figure.key));
        } else if (figure.key == "new_leads" || figure.key == "close_rate") {
            CHECK(asJson(figure.value, scale) == funnel[figure.key]);
        } else if (figure.key == "sales") {
            CHECK(asJson(figure.value, scale) == QJsonValue(sales));
        } else {
            REQUIRE(figure.key == "revenue_cents");
            CHECK(asJson(figure.value, scale) == QJsonValue(revenue));
        }
    }
}

void compareConsultants(const ConsultantTableModel& model, const QJsonObject& json)
{
    const QJsonArray rows = json[QStringLiteral("consultants")].toArray();
    REQUIRE(model.rowCount() == rows.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject expected = rows[row].toObject();
        INFO(expected[QStringLiteral("login")].toString().toStdString());
        for (const ConsultantKey& key : kConsultantKeys) {
            INFO(key.key);
            CHECK(asJson(model.index(row, key.column).data(ConsultantTableModel::RawRole),
                         key.scale) == expected[QLatin1String(key.key)]);
        }
    }
}

Drill drillOf(DrillKind kind, qint64 id)
{
    Drill drill;
    drill.kind = kind;
    drill.id = id;
    return drill;
}

QJsonObject withoutTime(QJsonObject json)
{
    json.remove(QStringLiteral("generated_at"));
    return json;
}

std::vector<qint64> leadIds(const std::vector<reports::DrillRow>& rows)
{
    std::vector<qint64> ids;
    for (const auto& row : rows)
        ids.push_back(row.leadId);
    std::ranges::sort(ids);
    return ids;
}

std::vector<qint64> leadIds(const DrillDownModel& model)
{
    std::vector<qint64> ids;
    for (const DrillLine& line : model.rows())
        ids.push_back(line.id);
    std::ranges::sort(ids);
    return ids;
}
} // namespace

TEST_CASE("the figures on screen are the core's figures, as the command-line JSON has them",
          "[ui][reports]")
{
    takeWarnings();
    ReportDemo& data = sharedReportDemo();
    const User manager = data.user(QStringLiteral("manager"));
    ReportsPage page(data.session(manager));
    QAbstractItemModelTester consultants(page.consultantsTab()->model(), kWarn);
    QAbstractItemModelTester funnel(page.funnelTab()->model(), kWarn);
    QAbstractItemModelTester sources(page.sourcesTab()->sourcesModel(), kWarn);
    QAbstractItemModelTester campaigns(page.sourcesTab()->campaignsModel(), kWarn);
    QAbstractItemModelTester lost(page.lostTab()->model(), kWarn);
    QAbstractItemModelTester proxy(page.consultantsTab()->proxy(), kWarn);

    // The default period: the last full week before Monday 23 November 2026.
    page.reload();
    REQUIRE(page.report().has_value());
    CHECK(page.report()->filter.first == QDate(2026, 11, 16));
    CHECK(page.report()->filter.last == QDate(2026, 11, 22));
    CHECK(page.header()->weekLabel()->text() == "2026-W47");

    for (const auto preset :
         {ReportHeader::Preset::LastWeek, ReportHeader::Preset::LastTwelveMonths,
          ReportHeader::Preset::LastFourWeeks}) {
        page.header()->setPreset(preset); // recomputes
        INFO(page.report()->filter.first.toString(Qt::ISODate).toStdString());
        auto direct = ReportService(data.context()).compute(manager, page.report()->filter);
        REQUIRE(direct.has_value());
        const QJsonObject json = reports::toJson(*direct);
        CHECK(withoutTime(reports::toJson(*page.report())) == withoutTime(json));
        compareTiles(*page.kpiTiles(), json);
        compareConsultants(*page.consultantsTab()->model(), json);
        CHECK(page.funnelTab()->model()->rowCount() ==
              json[QStringLiteral("funnel")][QStringLiteral("stages")].toArray().size());
        CHECK(page.sourcesTab()->sourcesModel()->rowCount() ==
              json[QStringLiteral("sources")][QStringLiteral("sources")].toArray().size());
        if (preset == ReportHeader::Preset::LastTwelveMonths) { // the demo has figures to compare
            CHECK(page.report()->traffic.current.visits > 0);
            CHECK(page.report()->funnel.won > 0);
            CHECK(page.consultantsTab()->model()->rowCount() == 5);
            CHECK(page.kpiTiles()->figures()[5].value.toInt() > 0); // sales
        }
    }
    CHECK(page.problemText().isEmpty());
    CHECK(modelWarnings().isEmpty());
}

TEST_CASE("the consultant table sorts numbers as numbers", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    ReportsPage page(data.session(data.user(QStringLiteral("manager"))));
    page.header()->setPreset(ReportHeader::Preset::LastTwelveMonths);
    REQUIRE(page.report().has_value());
    QTableView* view = page.consultantsTab()->view();
    QSortFilterProxyModel* proxy = page.consultantsTab()->proxy();
    REQUIRE(proxy->rowCount() >= 4);
    for (const int column :
         {int(ConsultantTableModel::LeadsAssigned), int(ConsultantTableModel::Revenue),
          int(ConsultantTableModel::MedianFirstResponse)}) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(column, order);
            std::vector<double> values;
            for (int row = 0; row < proxy->rowCount(); ++row) {
                const QVariant raw = proxy->index(row, column).data(ConsultantTableModel::RawRole);
                if (raw.isValid())
                    values.push_back(raw.toDouble());
            }
            INFO("column " << column);
            if (order == Qt::AscendingOrder)
                CHECK(std::ranges::is_sorted(values));
            else
                CHECK(std::ranges::is_sorted(values, std::greater<>()));
        }
    }
}

TEST_CASE("a consultant sees only himself; the export is hidden from him", "[ui][reports]")
{
    takeWarnings();
    ReportDemo& data = sharedReportDemo();
    const User anna = data.user(QStringLiteral("anna"));
    ReportsPage page(data.session(anna));
    QAbstractItemModelTester tester(page.consultantsTab()->model(), kWarn);
    page.header()->setPreset(ReportHeader::Preset::LastTwelveMonths);
    REQUIRE(page.report().has_value());
    QComboBox* consultant = page.header()->consultantBox();
    CHECK(consultant->count() == 1);
    CHECK(consultant->currentText() == anna.displayName);
    CHECK_FALSE(consultant->isEnabled());
    CHECK(page.report()->filter.consultantId == anna.id);
    ConsultantTableModel* model = page.consultantsTab()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data(ConsultantTableModel::IdRole).toLongLong() == anna.id);
    CHECK(page.header()->exportButton()->isHidden());
    CHECK_FALSE(page.header()->previewButton()->isHidden());
    CHECK(modelWarnings().isEmpty());

    ReportsPage managers(data.session(data.user(QStringLiteral("manager"))));
    CHECK_FALSE(managers.header()->exportButton()->isHidden());
    CHECK(managers.header()->consultantBox()->isEnabled());
    CHECK(managers.header()->consultantBox()->itemText(0) == "All consultants");
    CHECK(managers.header()->consultantBox()->count() == 6); // all + five consultants
}

TEST_CASE("a receptionist is told that reports are not for her", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    ReportsPage page(data.session(data.user(QStringLiteral("reception"))));
    page.reload();
    CHECK(page.isRefused());
    CHECK_FALSE(page.report().has_value());
    CHECK(page.refusalText().contains("Reports are for consultants and managers"));
    CHECK_FALSE(page.header()->periodBox()->isEnabled());
    CHECK_FALSE(page.header()->previewButton()->isEnabled());
}

TEST_CASE("changing a filter recomputes the report", "[ui][reports]")
{
    ReportDemo& data = sharedReportDemo();
    const User manager = data.user(QStringLiteral("manager"));
    ReportsPage page(data.session(manager));
    page.reload();
    const int computed = page.computeCount();
    QComboBox* source = page.header()->sourceBox();
    CHECK(source->itemText(0) == "All sources");
    const int walkIn = source->findText("Walk-in");
    REQUIRE(walkIn > 0);
    source->setCurrentIndex(walkIn);
    CHECK(page.computeCount() == computed + 1);
    REQUIRE(page.report().has_value());
    CHECK(page.report()->filter.sourceId == source->currentData().toLongLong());

    QComboBox* consultant = page.header()->consultantBox();
    consultant->setCurrentIndex(consultant->findText("Ben Walter"));
    CHECK(page.computeCount() == computed + 2);
    CHECK(page.report()->filter.consultantId == data.user(QStringLiteral("ben")).id);

    SECTION("stepping the period moves it by its length")
    {
        page.header()->previousButton()->click();
        CHECK(page.report()->filter.first == QDate(2026, 11, 9));
        CHECK(page.report()->filter.last == QDate(2026, 11, 15));
        CHECK(page.header()->weekLabel()->text() == "2026-W46");
        page.header()->nextButton()->click();
        CHECK(page.report()->filter.first == QDate(2026, 11, 16));
        page.header()->setPreset(ReportHeader::Preset::ThisWeek);
        CHECK(page.report()->filter.first == QDate(2026, 11, 23));
        CHECK_FALSE(page.header()->nextButton()->isEnabled()); // next week has not begun
    }
    SECTION("custom dates")
    {
        page.header()->setCustomRange(QDate(2026, 10, 1), QDate(2026, 10, 31));
        CHECK(page.report()->filter.first == QDate(2026, 10, 1));
        CHECK(page.report()->filter.last == QDate(2026, 10, 31));
        CHECK(page.header()->fromEdit()->isEnabled());
        page.header()->previousButton()->click();
        CHECK(page.report()->filter.first == QDate(2026, 8, 31));
        CHECK(page.report()->filter.last == QDate(2026, 9, 30));
    }
}

TEST_CASE("drill-downs list the leads behind a figure", "[ui][reports]")
{
    takeWarnings();
    ReportDemo& data = sharedReportDemo();
    const User manager = data.user(QStringLiteral("manager"));
    ReportsPage page(data.session(manager));
    page.header()->setPreset(ReportHeader::Preset::LastTwelveMonths);
    REQUIRE(page.report().has_value());
    const reports::ReportFilter filter = page.report()->filter;
    ReportService service(data.context());

    SECTION("a consultant row lists exactly that consultant's leads")
    {
        page.tabs()->setCurrentIndex(ReportsPage::Consultants);
        QTableView* view = page.consultantsTab()->view();
        const QModelIndex first = view->model()->index(0, ConsultantTableModel::Consultant);
        const qint64 id = first.data(ConsultantTableModel::IdRole).toLongLong();
        Q_EMIT view->activated(first);
        DrillDownDialog* dialog = page.lastDrillDown();
        REQUIRE(dialog != nullptr);
        QAbstractItemModelTester tester(dialog->model(), kWarn);
        QAbstractItemModelTester proxyTester(dialog->proxy(), kWarn);
        CHECK(dialog->problemText().isEmpty());
        auto expected = service.drillDown(manager, filter, drillOf(DrillKind::Consultant, id));
        REQUIRE(expected.has_value());
        CHECK(leadIds(*dialog->model()) == leadIds(*expected));
        CHECK(dialog->windowTitle().contains(first.data().toString()));

        // Double-click / Enter on a lead asks for its customer card.
        if (dialog->model()->rowCount() > 0) {
            QSignalSpy opened(&page, &ReportsPage::openCustomerRequested);
            const QModelIndex lead = dialog->proxy()->index(0, 0);
            dialog->view()->setCurrentIndex(lead);
            Q_EMIT dialog->view()->activated(lead);
            REQUIRE(opened.size() == 1);
            CHECK(opened[0][0].toLongLong() ==
                  lead.data(DrillDownModel::CustomerIdRole).toLongLong());
        }
    }
    SECTION("a funnel bar lists the leads that entered its stage")
    {
        QChart* chart = page.funnelTab()->chart()->chart();
        REQUIRE(chart != nullptr);
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        REQUIRE(series != nullptr);
        QBarSet* set = series->barSets().value(0);
        REQUIRE(set != nullptr);
        const auto& stage = page.report()->funnel.stages.front(); // the top bar
        Q_EMIT set->clicked(set->count() - 1);
        DrillDownDialog* dialog = page.lastDrillDown();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->windowTitle().contains(Labels::stage(stage.key, stage.name)));
        auto expected =
            service.drillDown(manager, filter, drillOf(DrillKind::StageEntered, stage.stageId));
        REQUIRE(expected.has_value());
        CHECK(leadIds(*dialog->model()) == leadIds(*expected));
    }
    SECTION("a source row lists the source's leads")
    {
        QTableView* view = page.sourcesTab()->sourcesView();
        const QModelIndex first = view->model()->index(0, 0);
        Q_EMIT view->activated(first);
        DrillDownDialog* dialog = page.lastDrillDown();
        REQUIRE(dialog != nullptr);
        auto expected = service.drillDown(
            manager, filter,
            drillOf(DrillKind::Source, page.report()->sources.sources[0].sourceId));
        REQUIRE(expected.has_value());
        CHECK(leadIds(*dialog->model()) == leadIds(*expected));
    }
    CHECK(modelWarnings().isEmpty());
}
