#include "TestSupport.h"
#include "board/BoardActions.h"
#include "board/BoardColumnView.h"
#include "board/BoardFilterBar.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/ConsultantStrip.h"
#include "board/LostDialog.h"
#include "services/LeadService.h"
#include "services/LostService.h"
#include "services/SettingsService.h"
#include "shell/Session.h"
#include "storage/DataVersionWatcher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
struct Floor {
    TestDatabase data;
    User manager = data.addUser(QStringLiteral("mia"), QStringLiteral("Mia Manager"), Role::Manager,
                                kAdminPassword);
    User anna = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Albers"),
                             Role::Consultant, kAdminPassword);
    User ben = data.addUser(QStringLiteral("ben"), QStringLiteral("Ben Brandt"), Role::Consultant,
                            kAdminPassword);

    Floor()
    {
        REQUIRE(SettingsService(data.context()).set(data.admin(), "dealership.time_zone", "UTC"));
    }

    Lead lead(const QString& last, std::optional<qint64> consultant, const QString& car = {})
    {
        const Customer c = data.addCustomer(QStringLiteral("Kim"), last);
        NewLead draft;
        draft.customerId = c.id;
        draft.sourceKey = QStringLiteral("web_form");
        draft.consultantId = consultant;
        draft.vehicleInterest = car;
        draft.estimatedValueCents = 3'000'000;
        auto created = LeadService(data.context()).create(data.admin(), draft);
        REQUIRE(created);
        return *created;
    }
    QString stageOf(qint64 leadId)
    {
        auto lead = LeadService(data.context()).get(leadId);
        REQUIRE(lead);
        return lead->stageKey;
    }
    Session session(const User& user) { return {data.db(), data.clock(), data.changes(), user}; }
};

QStringList column(BoardModel& model, const QString& stageKey)
{
    QStringList names;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex index = model.index(c, 0);
        if (model.stage(index)->key != stageKey)
            continue;
        for (int row = 0; row < model.rowCount(index); ++row)
            names << model.index(row, 0, index).data().toString();
    }
    return names;
}

QModelIndex columnOf(BoardModel& model, const QString& stageKey)
{
    for (int c = 0; c < model.rowCount(); ++c)
        if (model.stage(model.index(c, 0))->key == stageKey)
            return model.index(c, 0);
    return {};
}
} // namespace

TEST_CASE("the board model shows a column per stage with cards in board order", "[ui][board]")
{
    takeWarnings(); // start clean
    Floor floor;
    floor.lead(QStringLiteral("Older"), floor.anna.id, QStringLiteral("Golf"));
    floor.lead(QStringLiteral("Newer"), floor.anna.id);
    floor.lead(QStringLiteral("Queued"), std::nullopt);

    BoardModel model(floor.data.context(), floor.manager);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 8);
    CHECK(model.index(0, 0).data().toString() == "Unassigned");
    CHECK(column(model, "assigned") == QStringList{"Older, Kim", "Newer, Kim"});
    CHECK(column(model, "unassigned") == QStringList{"Queued, Kim"});
    const QModelIndex assigned = columnOf(model, "assigned");
    CHECK(assigned.data(BoardModel::CountRole).toInt() == 2);
    CHECK(assigned.data(BoardModel::TotalValueRole).toLongLong() == 6'000'000);

    SECTION("a consultant sees his own leads and the pool, not a colleague's")
    {
        floor.lead(QStringLiteral("Bens"), floor.ben.id);
        BoardModel annas(floor.data.context(), floor.anna);
        REQUIRE(annas.reload());
        CHECK(column(annas, "assigned") == QStringList{"Older, Kim", "Newer, Kim"});
        CHECK(column(annas, "unassigned") == QStringList{"Queued, Kim"});
    }
    SECTION("filters narrow the cards without reading the database again")
    {
        BoardFilter filter;
        filter.text = QStringLiteral("golf");
        model.setFilter(filter);
        CHECK(column(model, "assigned") == QStringList{"Older, Kim"});
        CHECK(column(model, "unassigned").isEmpty());
        filter = {};
        filter.consultantId = 0; // the unassigned pool
        model.setFilter(filter);
        CHECK(column(model, "assigned").isEmpty());
        CHECK(column(model, "unassigned") == QStringList{"Queued, Kim"});
        filter = {};
        filter.overdueOnly = true;
        model.setFilter(filter);
        CHECK(column(model, "assigned").isEmpty()); // the response deadline is 30 minutes away
    }
    const QStringList warnings =
        takeWarnings().filter(QRegularExpression("^(?!.*propagateSizeHints)"));
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}

TEST_CASE("dropping a card on a column moves the lead, persists, and Ctrl+Z undoes it",
          "[ui][board]")
{
    takeWarnings(); // start clean
    Floor floor;
    const Lead lead = floor.lead(QStringLiteral("Drag"), floor.anna.id);
    BoardPage page(floor.session(floor.anna));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    BoardModel& model = *page.model();
    const QModelIndex contacted = columnOf(model, "contacted");

    std::unique_ptr<QMimeData> mime(BoardModel::mimeFor({lead.id}));
    CHECK(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, contacted));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, contacted);
    CHECK(floor.stageOf(lead.id) == "contacted");
    CHECK(column(model, "contacted") == QStringList{"Drag, Kim"});
    CHECK(column(model, "assigned").isEmpty());
    auto history = LeadService(floor.data.context()).history(lead.id);
    REQUIRE(history);
    CHECK(history->size() == 2);

    page.actions()->undo();
    CHECK(floor.stageOf(lead.id) == "assigned");
    CHECK(column(model, "assigned") == QStringList{"Drag, Kim"});
    page.actions()->redo();
    CHECK(floor.stageOf(lead.id) == "contacted");

    SECTION("the keyboard moves the selected card to the next column")
    {
        page.show();
        QApplication::setActiveWindow(&page);
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.selectLead(lead.id);
        REQUIRE(page.selectedLeads() == std::vector<qint64>{lead.id});
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, Qt::Key_Right, Qt::ControlModifier);
        CHECK(floor.stageOf(lead.id) == "needs");
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
        CHECK(floor.stageOf(lead.id) == "contacted");
    }
    SECTION("a move refused by the service is reported and leaves nothing to undo")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        // Meanwhile the manager gave the lead to Ben on another desk (no change signal here).
        ServiceContext otherDesk{floor.data.db(), floor.data.clock(), nullptr};
        REQUIRE(LeadService(otherDesk).assign(floor.manager, lead.id, floor.ben.id));
        const int before = page.actions()->undoStack()->count();
        const qint64 needs = columnOf(model, "needs").data(BoardModel::StageIdRole).toLongLong();
        CHECK_FALSE(page.actions()->moveLeads({lead.id}, needs));
        CHECK(floor.stageOf(lead.id) == "contacted");
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors[0].contains("belongs to another consultant"));
        CHECK(page.actions()->undoStack()->count() == before);
    }
    const QStringList warnings =
        takeWarnings().filter(QRegularExpression("^(?!.*propagateSizeHints)"));
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}

TEST_CASE("dropping on Lost asks for the reason and a consultant's request waits for approval",
          "[ui][board]")
{
    Floor floor;
    const Lead lead = floor.lead(QStringLiteral("Gone"), floor.anna.id);
    BoardPage page(floor.session(floor.anna));
    BoardModel& model = *page.model();
    const QModelIndex lost = columnOf(model, "lost");

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<LostDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK_FALSE(dialog->okButton()->isEnabled()); // no reason yet
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData("other"));
        CHECK_FALSE(dialog->okButton()->isEnabled()); // "other" needs a comment
        dialog->commentEdit()->setPlainText("Moved abroad");
        REQUIRE(dialog->okButton()->isEnabled());
        dialog->accept();
    });
    std::unique_ptr<QMimeData> mime(BoardModel::mimeFor({lead.id}));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, lost);
    auto stored = LeadService(floor.data.context()).get(lead.id);
    REQUIRE(stored);
    CHECK(stored->lostStatus == LostStatus::Pending);
    CHECK(stored->stageKey == "assigned");
    CHECK(column(model, "lost") == QStringList{"Gone, Kim"}); // waiting in the Lost column

    page.actions()->undo(); // takes the request back
    stored = LeadService(floor.data.context()).get(lead.id);
    CHECK(stored->lostStatus == LostStatus::None);
    CHECK(column(model, "assigned") == QStringList{"Gone, Kim"});
}

TEST_CASE("the manager drops leads on a consultant to assign them", "[ui][board]")
{
    Floor floor;
    const Lead lead = floor.lead(QStringLiteral("Queue"), std::nullopt);
    BoardPage page(floor.session(floor.manager));
    REQUIRE_FALSE(page.consultantStrip()->isHidden());
    std::unique_ptr<QMimeData> mime(BoardModel::mimeFor({lead.id}));
    CHECK(page.consultantStrip()->dropLeads(mime.get(), floor.ben.id));
    auto stored = LeadService(floor.data.context()).get(lead.id);
    REQUIRE(stored);
    CHECK(stored->consultantId == floor.ben.id);
    CHECK(stored->stageKey == "assigned");
    CHECK(column(*page.model(), "assigned") == QStringList{"Queue, Kim"});
    page.actions()->undo();
    stored = LeadService(floor.data.context()).get(lead.id);
    CHECK_FALSE(stored->consultantId);
    CHECK(stored->stageKey == "unassigned");
}

TEST_CASE("a change on another desk appears on the board after the watcher fires", "[ui][board]")
{
    takeWarnings(); // start clean
    Floor floor;
    const Lead lead = floor.lead(QStringLiteral("Remote"), floor.anna.id);
    const Lead other = floor.lead(QStringLiteral("Stays"), floor.anna.id);
    BoardPage page(floor.session(floor.manager));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    DataVersionWatcher watcher(floor.data.db(), 1000);
    QObject::connect(&watcher, &DataVersionWatcher::changedElsewhere, &page, &BoardPage::refresh);
    watcher.poll();
    BoardColumnView* assigned = nullptr;
    for (BoardColumnView* c : page.columns())
        if (c->objectName() == "boardColumn_assigned")
            assigned = c;
    REQUIRE(assigned);
    assigned->cards()->setCurrentIndex(page.model()->indexOfLead(other.id));

    { // the other desk: its own connection to the same file
        auto desk = Database::open(floor.data.path());
        REQUIRE(desk);
        ManualClock clock(floor.data.clock().now());
        REQUIRE(LeadService({**desk, clock, nullptr}).moveStage(floor.anna, lead.id, "offer"));
    }
    CHECK(column(*page.model(), "offer").isEmpty()); // not yet: nobody polled
    CHECK(watcher.poll());
    CHECK(column(*page.model(), "offer") == QStringList{"Remote, Kim"});
    CHECK(column(*page.model(), "assigned") == QStringList{"Stays, Kim"});
    CHECK(page.selectedLeads() == std::vector<qint64>{other.id}); // selection kept
    const QStringList warnings =
        takeWarnings().filter(QRegularExpression("^(?!.*propagateSizeHints)"));
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}

TEST_CASE("a consultant takes a lead from the unassigned pool", "[ui][board]")
{
    Floor floor;
    const Lead lead = floor.lead(QStringLiteral("Pool"), std::nullopt);
    BoardPage page(floor.session(floor.anna));
    CHECK(page.consultantStrip()->isHidden()); // assigning others is the manager's job
    page.selectLead(lead.id);
    REQUIRE(page.selectedLeads() == std::vector<qint64>{lead.id});
    auto* take = page.findChild<QAction*>(QStringLiteral("takeLead"));
    REQUIRE(take);
    take->trigger();
    auto stored = LeadService(floor.data.context()).get(lead.id);
    REQUIRE(stored);
    CHECK(stored->consultantId == floor.anna.id);
    CHECK(stored->stageKey == "assigned");
    CHECK(column(*page.model(), "assigned") == QStringList{"Pool, Kim"});
}

TEST_CASE("changes made elsewhere on this desk reach the board in one refresh", "[ui][board]")
{
    Floor floor;
    const Lead first = floor.lead(QStringLiteral("First"), floor.anna.id);
    const Lead second = floor.lead(QStringLiteral("Second"), floor.anna.id);
    BoardPage page(floor.session(floor.manager));
    // e.g. the customer card moves leads: the change bus announces each one
    REQUIRE(LeadService(floor.data.context()).moveStage(floor.manager, first.id, "offer"));
    REQUIRE(LeadService(floor.data.context()).moveStage(floor.manager, second.id, "offer"));
    CHECK(column(*page.model(), "offer").isEmpty()); // coalesced: not yet
    QCoreApplication::processEvents();
    CHECK(column(*page.model(), "offer") == QStringList{"First, Kim", "Second, Kim"});
}
