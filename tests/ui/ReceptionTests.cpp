#include "TestSupport.h"
#include "reception/AddContactDialog.h"
#include "reception/ContactFields.h"
#include "reception/ReceptionPage.h"
#include "reception/TrafficTiles.h"
#include "reception/VisitForm.h"
#include "reception/VisitListModel.h"
#include "services/LeadService.h"
#include "services/UserService.h"
#include "services/VisitService.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
struct Desk {
    TestDatabase data;
    User reception = data.addUser(QStringLiteral("reception"), QStringLiteral("Rita Reception"),
                                  Role::Receptionist, kAdminPassword);
    User anna = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Albers"),
                             Role::Consultant, kAdminPassword);
    User ben = data.addUser(QStringLiteral("ben"), QStringLiteral("Ben Brandt"), Role::Consultant,
                            kAdminPassword);
    Session session{data.db(), data.clock(), data.changes(), reception};

    qint64 count(const QString& table)
    {
        return sql::scalar(data.db().sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
            ->toLongLong();
    }
};

void showAndFocus(QWidget& widget)
{
    widget.resize(1100, 700);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// Types into whatever has the keyboard focus, like a receptionist would.
void type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}
} // namespace

TEST_CASE("a walk-in is logged with the keyboard only", "[ui][reception]")
{
    Desk desk;
    ReceptionPage page(desk.session);
    showAndFocus(page);
    QWidget* start = QApplication::focusWidget();
    REQUIRE(start != nullptr);
    CHECK(start->objectName() == QStringLiteral("visitPurpose"));

    // Purpose: used car; consultant: the first one offered (available); model; then the visitor.
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("visitConsultant"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Skoda Enyaq"));
    // Party size, test drive, repeat visit, arrival hour and minute, then the phone.
    int tabs = 0;
    while (QApplication::focusWidget()->objectName() != QStringLiteral("visitorPhone") &&
           tabs < 10) {
        press(Qt::Key_Tab);
        ++tabs;
    }
    CHECK(tabs == 6);
    type(QStringLiteral("0172 5550101"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Lena"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Vogel"));
    press(Qt::Key_Return);

    REQUIRE(desk.count(QStringLiteral("visits")) == 1);
    auto rows = VisitService(desk.data.context()).day(desk.data.clock().now().toLocalTime().date());
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 1);
    const VisitRow& row = rows->front();
    CHECK(row.visit.purpose == VisitPurpose::UsedCar);
    CHECK(row.visit.modelInterest == QStringLiteral("Skoda Enyaq"));
    CHECK(row.visit.consultantId.has_value());
    CHECK(row.contactCaptured);
    CHECK(row.customerName == QStringLiteral("Vogel, Lena"));
    REQUIRE(row.visit.leadId.has_value());
    CHECK(LeadService(desk.data.context()).get(*row.visit.leadId)->stageKey ==
          QStringLiteral("assigned"));

    // The form is ready for the next visitor; the list and the totals show the visit.
    CHECK(page.form()->contactFields()->phoneField()->text().isEmpty());
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.tiles()->retentionText().startsWith(QStringLiteral("100")));
}

TEST_CASE("a known phone number shows the customer and Ctrl+L links the visit",
          "[ui][reception][duplicates]")
{
    Desk desk;
    const Customer known =
        desk.data.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Brandt"),
                              QStringLiteral("0151 23456789"), QStringLiteral("jonas@example.com"));
    desk.data.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"),
                          QStringLiteral("0151 99999999"));
    ReceptionPage page(desk.session);
    showAndFocus(page);
    ContactFields* contact = page.form()->contactFields();
    contact->phoneField()->setFocus();

    type(QStringLiteral("+49 151 2345678"));
    CHECK(contact->hintedIds().isEmpty()); // not a complete number yet
    type(QStringLiteral("9"));
    REQUIRE(contact->hintList()->isVisible());
    REQUIRE(contact->hintedIds() == QList<qint64>{known.id});
    CHECK(contact->hintList()->item(0)->font().bold());

    press(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(contact->linkedCustomerId() == known.id);
    CHECK(contact->firstNameField()->text() == QStringLiteral("Jonas"));
    CHECK_FALSE(contact->hintList()->isVisible());
    press(Qt::Key_Return, Qt::ControlModifier);

    CHECK(desk.count(QStringLiteral("customers")) == 2); // no duplicate
    auto rows = VisitService(desk.data.context()).day(desk.data.clock().now().toLocalTime().date());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().visit.customerId == known.id);

    // Email and name are weaker hints, shown but not bold.
    contact->emailField()->setText(QStringLiteral("JONAS@example.com"));
    REQUIRE(contact->hintedIds() == QList<qint64>{known.id});
    CHECK_FALSE(contact->hintList()->item(0)->font().bold());
}

TEST_CASE("a wrong phone number is explained and nothing is logged", "[ui][reception]")
{
    Desk desk;
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    ReceptionPage page(desk.session);
    ContactFields* contact = page.form()->contactFields();
    contact->phoneField()->setText(QStringLiteral("0172 555"));
    CHECK_FALSE(page.form()->submit());
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("0172 555")));
    CHECK(desk.count(QStringLiteral("visits")) == 0);
    CHECK(contact->phoneField()->text() == QStringLiteral("0172 555")); // the input is kept
}

TEST_CASE("an anonymous visitor completed with contact data raises the retention rate",
          "[ui][reception]")
{
    Desk desk;
    takeWarnings();
    ReceptionPage page(desk.session);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(page.form()->submit()); // anonymous
    NewVisit call;
    call.channel = VisitChannel::Phone;
    call.contact.phone = QStringLiteral("030 5550123");
    REQUIRE(VisitService(desk.data.context()).log(desk.reception, call).has_value());
    page.reload();
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.tiles()->retentionText().startsWith(QStringLiteral("0")));

    const int anonymousRow = page.model()->visitAt(0).visit.channel == VisitChannel::Phone ? 1 : 0;
    const Visit anonymous = page.model()->visitAt(anonymousRow).visit;
    CHECK(page.model()->index(anonymousRow, VisitListModel::Contact).data().toString() ==
          QStringLiteral("missing"));
    AddContactDialog dialog(desk.data.context(), desk.reception, anonymous);
    dialog.contactFields()->emailField()->setText(QStringLiteral("walkin@example.com"));
    dialog.accept();
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->leadCreated);

    page.reload();
    const int row = page.model()->rowOf(anonymous.id);
    REQUIRE(row >= 0);
    CHECK(page.model()->visitAt(row).contactCaptured);
    CHECK(page.tiles()->retentionText().startsWith(QStringLiteral("100")));

    page.view()->selectRow(row);
    page.markSelectedLeft();
    CHECK(page.model()->visitAt(page.model()->rowOf(anonymous.id)).visit.leftAt.isValid());
    CHECK(takeWarnings().isEmpty());
}

TEST_CASE("a hotline call is logged from the same form", "[ui][reception]")
{
    Desk desk;
    ReceptionPage page(desk.session);
    page.form()->setChannel(VisitChannel::Phone);
    CHECK(page.form()->consultantBox()->currentIndex() == 0); // the lead queue
    page.form()->contactFields()->phoneField()->setText(QStringLiteral("030 5550123"));
    page.form()->contactFields()->lastNameField()->setText(QStringLiteral("Stein"));
    REQUIRE(page.form()->submit());
    auto rows = VisitService(desk.data.context()).day(desk.data.clock().now().toLocalTime().date());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().visit.channel == VisitChannel::Phone);
    auto lead = LeadService(desk.data.context()).get(*rows->front().visit.leadId);
    CHECK(lead->tier == Tier::Value);
    CHECK(lead->stageKey == QStringLiteral("unassigned"));
}

TEST_CASE("the consultant list offers available consultants first", "[ui][reception]")
{
    Desk desk;
    REQUIRE(UserService(desk.data.context(), PasswordHasher(PasswordHasher::Strength::Minimal))
                .setAvailability(desk.anna, desk.anna.id, true, true)
                .has_value());
    ReceptionPage page(desk.session);
    QComboBox* box = page.form()->consultantBox();
    REQUIRE(box->count() == 3);
    CHECK(box->currentData().toLongLong() == desk.ben.id);
    CHECK(box->itemText(2).contains(QStringLiteral("busy")));
}

// Not run by ctest: `showroom_ui_tests "[.shots]"` saves what the duplicate hint looks like.
TEST_CASE("reception form with a duplicate hint, for a look", "[.shots]")
{
    Desk desk;
    desk.data.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Brandt"),
                          QStringLiteral("0151 23456789"), QStringLiteral("jonas@example.com"),
                          QStringLiteral("Leipzig"));
    desk.data.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Brandt"),
                          QStringLiteral("0160 5550188"), {}, QStringLiteral("Halle"));
    ReceptionPage page(desk.session);
    showAndFocus(page);
    ContactFields* contact = page.form()->contactFields();
    contact->firstNameField()->setText(QStringLiteral("Jonas"));
    contact->lastNameField()->setText(QStringLiteral("Brandt"));
    contact->phoneField()->setText(QStringLiteral("+49 151 23456789"));
    REQUIRE(page.grab().save(qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp")) +
                             QStringLiteral("/reception-hint.png")));
    contact->linkSelectedHint();
    REQUIRE(page.grab().save(qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp")) +
                             QStringLiteral("/reception-linked.png")));
}
