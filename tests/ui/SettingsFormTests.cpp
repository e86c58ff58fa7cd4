// Settings page: the forms that keep edits until Save.
#include "SettingsTestSupport.h"

using namespace showroom;
using namespace showroom::test;

TEST_CASE("business hours and days are saved to the settings", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    HoursForm* hours = p.page.hours();
    CHECK(hours->startEdit()->time() == QTime(9, 0));
    CHECK(hours->endEdit()->time() == QTime(19, 0));
    CHECK(hours->dayBoxes()[5]->isChecked());
    CHECK_FALSE(hours->dayBoxes()[6]->isChecked());
    CHECK_FALSE(hours->saveButton()->isEnabled());

    hours->startEdit()->setTime(QTime(8, 30));
    hours->endEdit()->setTime(QTime(18, 0));
    hours->dayBoxes()[5]->setChecked(false); // Saturday off
    hours->timeZoneBox()->setCurrentIndex(
        hours->timeZoneBox()->findData(QStringLiteral("Europe/Vienna")));
    CHECK(hours->hasUnsavedChanges());
    CHECK(p.page.tabs()->tabText(int(SettingsPage::Section::Hours)).endsWith(QStringLiteral("•")));
    // Unsaved edits survive a reload (e.g. after a change on another desk).
    p.page.reload();
    CHECK(hours->startEdit()->time() == QTime(8, 30));
    REQUIRE(hours->saveButton()->isEnabled());
    hours->saveButton()->click();

    CHECK(boxes.errors.isEmpty());
    CHECK(office.setting(QStringLiteral("business_hours.start")) == QStringLiteral("08:30"));
    CHECK(office.setting(QStringLiteral("business_hours.end")) == QStringLiteral("18:00"));
    CHECK(office.setting(QStringLiteral("business_hours.days")) == QStringLiteral("1,2,3,4,5"));
    CHECK(office.setting(QStringLiteral("dealership.time_zone")) ==
          QStringLiteral("Europe/Vienna"));
    CHECK_FALSE(hours->hasUnsavedChanges());
    CHECK_FALSE(
        p.page.tabs()->tabText(int(SettingsPage::Section::Hours)).endsWith(QStringLiteral("•")));

    // A day that ends before it starts, or an unknown time zone, is refused with a message.
    hours->endEdit()->setTime(QTime(7, 0));
    CHECK_FALSE(hours->save());
    CHECK(boxes.errors.size() == 1);
    hours->revert();
    CHECK(hours->endEdit()->time() == QTime(18, 0));
    hours->timeZoneBox()->setEditText(QStringLiteral("Mars/Olympus"));
    CHECK_FALSE(hours->save());
    REQUIRE(boxes.errors.size() == 2);
    CHECK(boxes.errors.back().contains(QStringLiteral("“Mars/Olympus” is not a time zone")));
    CHECK(office.setting(QStringLiteral("dealership.time_zone")) ==
          QStringLiteral("Europe/Vienna"));
    // Back to this computer's zone.
    hours->timeZoneBox()->setCurrentIndex(0);
    CHECK(hours->save());
    CHECK(office.setting(QStringLiteral("dealership.time_zone")).isEmpty());
}

TEST_CASE("response and follow-up rules are saved", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    RulesForm* rules = p.page.rules();
    CHECK(rules->followUpDays()->text() == QStringLiteral("1, 3, 7"));

    rules->responseMinutes()->setValue(20);
    rules->escalationMinutes()->setValue(45);
    rules->followUpDays()->clear();
    QTest::keyClicks(rules->followUpDays(), QStringLiteral("2, 5,14"));
    rules->noShowDays()->setValue(21);
    REQUIRE(rules->save());
    CHECK(boxes.errors.isEmpty());
    CHECK(office.setting(QStringLiteral("response.minutes")) == QStringLiteral("20"));
    CHECK(office.setting(QStringLiteral("response.escalation_minutes")) == QStringLiteral("45"));
    CHECK(office.setting(QStringLiteral("follow_up.days")) == QStringLiteral("2,5,14"));
    CHECK(office.setting(QStringLiteral("follow_up.no_show_days")) == QStringLiteral("21"));
    CHECK(rules->followUpDays()->text() == QStringLiteral("2, 5, 14"));
}

TEST_CASE("assignment mode, queue owner and consultants' shares are saved", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    AssignmentForm* form = p.page.assignment();
    ShareModel* shares = form->shares();
    REQUIRE(shares->rowCount() == 2); // the consultants, not the manager or the admin
    CHECK(shares->index(0, ShareModel::Consultant).data().toString() ==
          QStringLiteral("Anna Albers"));
    CHECK(shares->index(0, ShareModel::Percent).data().toString() == QStringLiteral("50 %"));
    CHECK(form->queueOwnerBox()->itemText(0) == QStringLiteral("All managers"));
    CHECK(form->queueOwnerBox()->findData(QStringLiteral("mia")) == 1);

    form->modeBox()->setCurrentIndex(form->modeBox()->findData(QStringLiteral("weighted")));
    form->queueOwnerBox()->setCurrentIndex(1);
    REQUIRE(shares->setData(shares->index(0, ShareModel::Share), 40));
    REQUIRE(shares->setData(shares->index(1, ShareModel::Share), 60));
    CHECK_FALSE(shares->setData(shares->index(1, ShareModel::Share), -1));
    CHECK(shares->index(0, ShareModel::Percent).data().toString() == QStringLiteral("40 %"));
    CHECK(shares->index(1, ShareModel::Percent).data().toString() == QStringLiteral("60 %"));
    REQUIRE(form->saveButton()->isEnabled());
    form->saveButton()->click();

    CHECK(boxes.errors.isEmpty());
    CHECK(office.setting(QStringLiteral("assignment.mode")) == QStringLiteral("weighted"));
    CHECK(office.setting(QStringLiteral("assignment.queue_owner")) == QStringLiteral("mia"));
    const std::vector<User> users = *UserService(office.data.context()).users();
    for (const User& user : users) {
        if (user.id == office.anna.id)
            CHECK(user.assignmentWeight == 40);
        if (user.id == office.ben.id)
            CHECK(user.assignmentWeight == 60);
    }
    // The sources that follow the general rule say so.
    settle();
    SourceListModel* sources = p.page.sources()->model();
    CHECK(sources->index(0, SourceListModel::Assignment).data().toString() ==
          QStringLiteral("Follow the general rule (Weighted shares)"));
}

TEST_CASE("board card fields are saved", "[ui][settings]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    CardFieldsForm* cards = p.page.cardFields();
    CHECK(cards->fieldBox(QStringLiteral("age"))->isChecked());
    CHECK_FALSE(cards->fieldBox(QStringLiteral("value"))->isChecked());

    cards->fieldBox(QStringLiteral("age"))->setChecked(false);
    cards->fieldBox(QStringLiteral("value"))->setChecked(true);
    REQUIRE(cards->save());
    CHECK(boxes.errors.isEmpty());
    CHECK(office.setting(QStringLiteral("board.card_fields")) ==
          QStringLiteral("vehicle,consultant,source,tier,follow_up,response,value"));
}
