// Settings page: the lists (stages, lost reasons, sources) and who may change what.
#include "SettingsTestSupport.h"

using namespace showroom;
using namespace showroom::test;

TEST_CASE("a manager adds a stage at the end of the open stages", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);

    QTest::keyClicks(p.child<QLineEdit>(QStringLiteral("newStageName")),
                     QStringLiteral("Test drive booked"));
    p.child<QPushButton>(QStringLiteral("addStage"))->click();

    CHECK(boxes.errors.isEmpty());
    CHECK(p.child<QLineEdit>(QStringLiteral("newStageName"))->text().isEmpty());
    const std::vector<Stage> open = office.openStages();
    REQUIRE(open.size() == 7);
    CHECK(open.back().name == QStringLiteral("Test drive booked"));
    CHECK(p.stageNames() ==
          QStringList({"Unassigned", "Assigned", "Contacted", "Needs & car selection", "Offer",
                       "Negotiation", "Test drive booked", "Won", "Lost"}));
    // The new stage is selected, ready to be moved.
    CHECK(p.page.stages()->view()->currentIndex().row() == 6);
    CHECK(p.child<QPushButton>(QStringLiteral("moveStageUp"))->isEnabled());
    CHECK_FALSE(p.child<QPushButton>(QStringLiteral("moveStageDown"))->isEnabled());

    // A name that exists already is refused with the service's message.
    p.page.stages()->addStage(QStringLiteral("offer"));
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("There is a stage “Offer” already.")));
    CHECK(office.openStages().size() == 7);
}

TEST_CASE("a manager renames and moves stages", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    StageListModel* model = p.page.stages()->model();

    // Renamed in place: the new name replaces the translated default.
    const int offer = model->rowOf(office.stage(QStringLiteral("offer")).id);
    REQUIRE(model->setData(model->index(offer, StageListModel::Name), QStringLiteral("Quote")));
    settle();
    CHECK(office.stage(QStringLiteral("offer")).name == QStringLiteral("Quote"));
    CHECK(model->index(offer, StageListModel::Name).data().toString() == QStringLiteral("Quote"));

    // Moved one column to the left: before Needs & car selection.
    p.page.stages()->selectStage(office.stage(QStringLiteral("offer")).id);
    p.child<QPushButton>(QStringLiteral("moveStageUp"))->click();
    CHECK(boxes.errors.isEmpty());
    QStringList keys;
    for (const Stage& stage : office.openStages())
        keys << stage.key;
    CHECK(keys ==
          QStringList({"unassigned", "assigned", "contacted", "offer", "needs", "negotiation"}));
    CHECK(p.stageNames().mid(3, 2) == QStringList({"Quote", "Needs & car selection"}));
    // The selection follows the stage.
    CHECK(model->rowAt(p.page.stages()->view()->currentIndex().row()).key ==
          QStringLiteral("offer"));

    // Contacted cannot pass Assigned, and the fixed stages do not move at all.
    p.page.stages()->selectStage(office.stage(QStringLiteral("contacted")).id);
    CHECK_FALSE(p.child<QPushButton>(QStringLiteral("moveStageUp"))->isEnabled());
    CHECK(p.child<QPushButton>(QStringLiteral("moveStageDown"))->isEnabled());
    p.page.stages()->selectStage(office.stage(QStringLiteral("won")).id);
    CHECK_FALSE(p.child<QPushButton>(QStringLiteral("moveStageUp"))->isEnabled());
    CHECK_FALSE(p.child<QPushButton>(QStringLiteral("retireStage"))->isEnabled());
}

TEST_CASE("retiring a stage with leads shows why and changes nothing", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    auto* retire = p.child<QPushButton>(QStringLiteral("retireStage"));

    p.page.stages()->selectStage(office.stage(QStringLiteral("contacted")).id);
    REQUIRE(retire->isEnabled());
    retire->click();
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("1 lead(s) are still in “Contacted”")));
    CHECK_FALSE(office.stage(QStringLiteral("contacted")).retired);

    // An empty stage is retired (greyed) and restored.
    p.page.stages()->selectStage(office.stage(QStringLiteral("negotiation")).id);
    retire->click();
    CHECK(office.stage(QStringLiteral("negotiation")).retired);
    CHECK(retire->text().remove(QLatin1Char('&')) == QStringLiteral("Restore"));
    StageListModel* model = p.page.stages()->model();
    const int row = model->rowOf(office.stage(QStringLiteral("negotiation")).id);
    CHECK(model->index(row, StageListModel::Status)
              .data()
              .toString()
              .startsWith(QStringLiteral("Retired")));
    retire->click();
    CHECK_FALSE(office.stage(QStringLiteral("negotiation")).retired);
    CHECK(boxes.errors.size() == 1);
}

TEST_CASE("a manager adds a lost reason and changes whether it needs a comment", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    LostReasonListModel* model = p.page.lostReasons()->model();
    const auto reason = [&](const QString& key) {
        const std::vector<LostReason> reasons = *office.config().lostReasons();
        for (const LostReason& r : reasons)
            if (r.key == key)
                return r;
        FAIL("no lost reason " << key.toStdString());
        return LostReason{};
    };

    QTest::keyClicks(p.child<QLineEdit>(QStringLiteral("newLostReasonName")),
                     QStringLiteral("Financing refused"));
    p.child<QCheckBox>(QStringLiteral("newLostReasonNeedsComment"))->setChecked(true);
    p.child<QPushButton>(QStringLiteral("addLostReason"))->click();
    CHECK(boxes.errors.isEmpty());
    const LostReason added = reason(QStringLiteral("financing_refused"));
    CHECK(added.name == QStringLiteral("Financing refused"));
    CHECK(added.needsComment);
    CHECK(added.active);
    const int row = model->rowOf(added.id);
    REQUIRE(row == model->rowCount() - 1);
    CHECK(model->index(row, LostReasonListModel::NeedsComment).data(Qt::CheckStateRole) ==
          Qt::Checked);

    // The check box of an existing reason is stored when clicked.
    const int price = model->rowOf(reason(QStringLiteral("price")).id);
    REQUIRE(model->setData(model->index(price, LostReasonListModel::NeedsComment), Qt::Checked,
                           Qt::CheckStateRole));
    settle();
    CHECK(reason(QStringLiteral("price")).needsComment);
    CHECK(model->index(price, LostReasonListModel::NeedsComment).data(Qt::CheckStateRole) ==
          Qt::Checked);

    // Renamed in place, then retired.
    REQUIRE(model->setData(model->index(price, LostReasonListModel::Name),
                           QStringLiteral("Price too high")));
    settle();
    CHECK(reason(QStringLiteral("price")).name == QStringLiteral("Price too high"));
    p.page.lostReasons()->selectReason(reason(QStringLiteral("price")).id);
    p.child<QPushButton>(QStringLiteral("retireLostReason"))->click();
    CHECK_FALSE(reason(QStringLiteral("price")).active);
    CHECK(boxes.errors.isEmpty());
}

TEST_CASE("a lead source's response time and assignment rule are saved per row", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    SourceListModel* model = p.page.sources()->model();
    const auto source = [&](const QString& key) {
        const std::vector<Source> sources = *office.config().sources();
        for (const Source& s : sources)
            if (s.key == key)
                return s;
        FAIL("no source " << key.toStdString());
        return Source{};
    };
    const int web = model->rowOf(source(QStringLiteral("web_form")).id);
    CHECK(model->index(web, SourceListModel::Assignment).data().toString() ==
          QStringLiteral("Follow the general rule (Manual)"));

    REQUIRE(model->setData(model->index(web, SourceListModel::ResponseTime), 15));
    settle();
    REQUIRE(model->setData(model->index(web, SourceListModel::Assignment), QStringLiteral("pool")));
    settle();
    CHECK(boxes.errors.isEmpty());
    CHECK(source(QStringLiteral("web_form")).responseMinutes == 15);
    CHECK(source(QStringLiteral("web_form")).assignmentMode == QStringLiteral("pool"));
    CHECK(model->index(web, SourceListModel::ResponseTime).data().toString() ==
          QStringLiteral("15 min"));
    CHECK(model->index(web, SourceListModel::Assignment).data().toString() ==
          QStringLiteral("Shared pool"));
    // Other rows are untouched.
    CHECK(source(QStringLiteral("phone")).responseMinutes == 30);
    CHECK(source(QStringLiteral("phone")).assignmentMode.isEmpty());

    // The same through the table's editors: a spin box, then a combo box.
    QTableView* view = p.page.sources()->view();
    const int phone = model->rowOf(source(QStringLiteral("phone")).id);
    view->setCurrentIndex(model->index(phone, SourceListModel::ResponseTime));
    view->edit(view->currentIndex());
    auto* minutes = view->findChild<QSpinBox*>(QStringLiteral("sourceResponseEditor"));
    REQUIRE(minutes != nullptr);
    CHECK(minutes->value() == 30);
    minutes->setValue(45);
    QTest::keyClick(minutes, Qt::Key_Return);
    settle();
    CHECK(source(QStringLiteral("phone")).responseMinutes == 45);
    view->setCurrentIndex(model->index(phone, SourceListModel::Assignment));
    view->edit(view->currentIndex());
    auto* rules = view->findChild<QComboBox*>(QStringLiteral("sourceAssignmentEditor"));
    REQUIRE(rules != nullptr);
    rules->setCurrentIndex(rules->findData(QStringLiteral("round_robin")));
    Q_EMIT rules->activated(rules->currentIndex()); // as if picked from the list
    settle();
    CHECK(source(QStringLiteral("phone")).assignmentMode == QStringLiteral("round_robin"));
    CHECK(source(QStringLiteral("phone")).responseMinutes == 45);
    CHECK(boxes.errors.isEmpty());
}

TEST_CASE("the page follows changes made elsewhere", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    // Another page (or desk) adds a stage and changes a setting.
    REQUIRE(office.config().addStage(office.manager, QStringLiteral("Delivery booked")));
    REQUIRE(SettingsService(office.data.context())
                .set(office.manager, QStringLiteral("board.card_fields"), QStringLiteral("tier")));
    settle();
    CHECK(p.stageNames().contains(QStringLiteral("Delivery booked")));
    CHECK(p.page.cardFields()->fieldBox(QStringLiteral("tier"))->isChecked());
    CHECK_FALSE(p.page.cardFields()->fieldBox(QStringLiteral("vehicle"))->isChecked());
}

TEST_CASE("a consultant sees the settings read-only", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.anna));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    CHECK(p.child<QLabel>(QStringLiteral("readOnlyNote"))->isVisible());
    CHECK(p.stageNames().size() == 8);

    for (const char* name : {"addStage", "renameStage", "moveStageUp", "moveStageDown",
                             "retireStage", "addLostReason", "retireLostReason"})
        CHECK_FALSE(p.child<QPushButton>(QString::fromLatin1(name))->isVisible());
    CHECK_FALSE(p.child<QLineEdit>(QStringLiteral("newStageName"))->isVisible());
    for (QPushButton* save : p.page.findChildren<QPushButton*>(QStringLiteral("saveSettings")))
        CHECK_FALSE(save->isVisible());

    // Nothing is editable in place.
    StageListModel* stages = p.page.stages()->model();
    CHECK_FALSE(stages->flags(stages->index(2, StageListModel::Name)) & Qt::ItemIsEditable);
    CHECK_FALSE(stages->setData(stages->index(2, StageListModel::Name), QStringLiteral("X")));
    LostReasonListModel* reasons = p.page.lostReasons()->model();
    CHECK_FALSE(reasons->flags(reasons->index(0, LostReasonListModel::NeedsComment)) &
                Qt::ItemIsEnabled);
    CHECK_FALSE(reasons->setData(reasons->index(0, LostReasonListModel::NeedsComment), Qt::Checked,
                                 Qt::CheckStateRole));
    SourceListModel* sources = p.page.sources()->model();
    CHECK_FALSE(sources->flags(sources->index(0, SourceListModel::ResponseTime)) &
                Qt::ItemIsEditable);
    CHECK_FALSE(sources->setData(sources->index(0, SourceListModel::ResponseTime), 5));
    ShareModel* shares = p.page.assignment()->shares();
    CHECK_FALSE(shares->setData(shares->index(0, ShareModel::Share), 5));
    for (QTableView* view : p.page.findChildren<QTableView*>())
        CHECK(view->editTriggers() == QAbstractItemView::NoEditTriggers);

    // Form editors are disabled or read-only, and saving is refused.
    CHECK_FALSE(p.page.assignment()->modeBox()->isEnabled());
    CHECK_FALSE(p.page.hours()->startEdit()->isEnabled());
    CHECK_FALSE(p.page.hours()->dayBoxes()[0]->isEnabled());
    CHECK_FALSE(p.page.hours()->nameEdit()->isEnabled());
    CHECK_FALSE(p.page.rules()->responseMinutes()->isEnabled());
    CHECK_FALSE(p.page.rules()->followUpDays()->isEnabled());
    CHECK_FALSE(p.page.cardFields()->fieldBox(QStringLiteral("age"))->isEnabled());
    CHECK_FALSE(p.page.cardFields()->save());
    settle();
    CHECK(boxes.errors.isEmpty());
    CHECK(office.stage(QStringLiteral("contacted")).name == QStringLiteral("Contacted"));
    CHECK(office.setting(QStringLiteral("board.card_fields")) ==
          QStringLiteral("vehicle,consultant,source,tier,age,follow_up,response"));
}
