// The customer card dialog: details, live checks, saving, conflicts, timeline, contact persons.
#include "TestSupport.h"
#include "common/CheckedField.h"
#include "customers/ActivityDialog.h"
#include "customers/CardText.h"
#include "customers/ConflictDialog.h"
#include "customers/ConsentEditor.h"
#include "customers/ContactPersonDialog.h"
#include "customers/ContactPersonModel.h"
#include "customers/ContactPersonsTab.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerCardHeader.h"
#include "customers/CustomerCards.h"
#include "customers/CustomerDetailsForm.h"
#include "customers/CustomerLeadsModel.h"
#include "customers/CustomerListPage.h"
#include "customers/NewLeadDialog.h"
#include "customers/TimelineModel.h"
#include "rules/ContactValidation.h"
#include "services/ActivityService.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace showroom;
using namespace showroom::test;

namespace {
// A card on a database with a consultant, a customer, one lead and a note on it.
struct CardData {
    CardData()
    {
        anna = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Berger"), Role::Consultant,
                            QStringLiteral("anna-password"));
        customer = data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                    QStringLiteral("0151 23456789"),
                                    QStringLiteral("lena@example.com"), QStringLiteral("Hamburg"));
        NewLead draft;
        draft.customerId = customer.id;
        draft.sourceKey = QStringLiteral("walk_in");
        draft.consultantId = anna.id;
        draft.vehicleInterest = QStringLiteral("VW ID.4");
        lead = *LeadService(data.context()).create(anna, draft);
        Activity note;
        note.customerId = customer.id;
        note.leadId = lead.id;
        note.kind = ActivityKind::Note;
        note.body = QStringLiteral("Wants a test drive on Saturday");
        REQUIRE(ActivityService(data.context()).log(anna, note).has_value());
    }
    Session session() { return Session{data.db(), data.clock(), data.changes(), anna}; }
    Customer stored() { return *CustomerService(data.context()).get(customer.id); }

    TestDatabase data;
    User anna;
    Customer customer;
    Lead lead;
};

// Runs `act` on the next visible top-level widget of type T (a dialog shown with exec()).
template <typename T> void whenShown(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<T*>(widget); found && found->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(found);
                return;
            }
        }
        if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

// What a merge does to the record it merged away.
void markMerged(Database& db, qint64 mergedId, qint64 intoId)
{
    REQUIRE(sql::exec(db.sql(),
                      QStringLiteral("UPDATE customers SET merged_into_id = ? WHERE id = ?"),
                      {intoId, mergedId})
                .has_value());
}

// Model tester findings and other warnings; the offscreen platform's note that it cannot pass
// size hints to a window is not about our code.
QStringList cardWarnings()
{
    QStringList warnings = takeWarnings();
    warnings.removeIf([](const QString& warning) {
        return warning.contains(QStringLiteral("propagateSizeHints"));
    });
    return warnings;
}

QLineEdit* line(QWidget& parent, const QString& name)
{
    auto* edit = parent.findChild<QLineEdit*>(name);
    REQUIRE(edit);
    return edit;
}
} // namespace

TEST_CASE("Customer card shows the customer's data and timeline", "[ui][card]")
{
    CardData d;
    takeWarnings();
    CustomerCardDialog card(d.session(), d.customer.id);
    QAbstractItemModelTester timelineTester(
        card.timelineModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester leadsTester(card.leadsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester contactsTester(
        card.contactPersonsTab()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));

    CHECK(card.header()->title() == QStringLiteral("Vogel, Lena"));
    CHECK(card.header()->subtitle().contains(QStringLiteral("Private person")));
    CHECK(card.header()->mergedText().isEmpty());
    CustomerDetailsForm* form = card.detailsForm();
    CHECK(line(*form, QStringLiteral("firstName"))->text() == QStringLiteral("Lena"));
    CHECK(line(*form, QStringLiteral("city"))->text() == QStringLiteral("Hamburg"));
    CHECK(form->phoneField()->message()->text().contains(QStringLiteral("+4915123456789")));
    CHECK(form->consents()->stateLabel(ConsentChannel::Sms)->text() ==
          QStringLiteral("never asked"));
    CHECK_FALSE(card.saveButton()->isEnabled());
    CHECK(card.isEditable());

    TimelineModel* timeline = card.timelineModel();
    REQUIRE(timeline->rowCount() == 2);
    CHECK(timeline->index(0, 0).data(TimelineModel::KindRole) == QStringLiteral("note"));
    CHECK(timeline->index(0, TimelineModel::What).data() == QStringLiteral("Note"));
    CHECK(timeline->index(0, TimelineModel::Who).data() == QStringLiteral("Anna Berger"));
    CHECK(timeline->index(0, TimelineModel::Details)
              .data()
              .toString()
              .contains(QStringLiteral("Wants a test drive")));
    CHECK(timeline->index(1, 0).data(TimelineModel::KindRole) == QStringLiteral("lead_created"));
    CHECK(timeline->index(1, TimelineModel::Details)
              .data()
              .toString()
              .contains(QStringLiteral("Walk-in")));
    CHECK(card.leadsModel()->rowCount() == 1);
    CHECK(card.leadsModel()->index(0, CustomerLeadsModel::Stage).data() ==
          QStringLiteral("Assigned"));
    CHECK(card.tabs()->tabText(2) == QStringLiteral("Timeline (2)"));

    SECTION("contact persons are for companies only")
    {
        CHECK_FALSE(card.contactPersonsTab()->addButton()->isEnabled());
        CHECK(card.contactPersonsTab()->addPerson() == nullptr);
    }
    SECTION("an invalid phone shows the message and Save refuses")
    {
        form->phoneField()->edit()->setText(QStringLiteral("12"));
        CHECK(form->phoneField()->message()->isVisible());
        CHECK(form->phoneField()->message()->text().contains(QStringLiteral("“12”")));
        REQUIRE(card.saveButton()->isEnabled());
        QTest::mouseClick(card.saveButton(), Qt::LeftButton);
        CHECK(card.statusText().startsWith(QStringLiteral("Not saved")));
        CHECK(d.stored().phone == QStringLiteral("0151 23456789"));
        CHECK(d.stored().version == d.customer.version);
        CHECK(card.hasUnsavedChanges());
    }
    SECTION("a valid edit saves and persists, consent with today's date")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        QLineEdit* city = line(*form, QStringLiteral("city"));
        city->clear();
        QTest::keyClicks(city, QStringLiteral("Kappeln"));
        city->setText(QStringLiteral("Lübeck"));
        form->phoneField()->edit()->setText(QStringLiteral("0451 1234567"));
        CHECK(form->phoneField()->message()->text().contains(QStringLiteral("+494511234567")));
        form->consents()->checkBox(ConsentChannel::Email)->setChecked(true);
        CHECK(form->consents()->stateLabel(ConsentChannel::Email)->text().startsWith("given —"));
        REQUIRE(card.saveButton()->isEnabled());
        QTest::mouseClick(card.saveButton(), Qt::LeftButton);
        CHECK(boxes.errors.isEmpty());
        CHECK(card.statusText() == QStringLiteral("Saved."));
        CHECK_FALSE(card.saveButton()->isEnabled());

        const Customer stored = d.stored();
        CHECK(stored.city == QStringLiteral("Lübeck"));
        CHECK(stored.phoneE164 == QStringLiteral("+494511234567"));
        CHECK(stored.consentEmail.granted);
        CHECK(stored.consentEmail.changedAt == d.data.clock().now());
        CHECK(form->consents()->stateLabel(ConsentChannel::Email)->text() ==
              CardText::consentState(stored.consentEmail));
        // The consent change is on the timeline now (the test clock stands still, so it is
        // not necessarily the top row).
        REQUIRE(timeline->rowCount() == 3);
        QStringList kinds;
        for (int row = 0; row < timeline->rowCount(); ++row)
            kinds << timeline->index(row, 0).data(TimelineModel::KindRole).toString();
        CHECK(kinds.contains(QStringLiteral("consent")));

        CustomerCardDialog again(d.session(), d.customer.id);
        CHECK(line(*again.detailsForm(), QStringLiteral("city"))->text() ==
              QStringLiteral("Lübeck"));
    }
    SECTION("a change saved elsewhere in this app shows at once")
    {
        Customer elsewhere = d.stored();
        elsewhere.city = QStringLiteral("Celle");
        REQUIRE(CustomerService(d.data.context()).update(d.data.admin(), elsewhere).has_value());
        CHECK(line(*form, QStringLiteral("city"))->text() == QStringLiteral("Celle"));
        CHECK_FALSE(card.hasUnsavedChanges());
    }
    SECTION("closing with unsaved edits asks first")
    {
        RecordingMessageBoxes boxes;
        ScopedMessageBoxes scoped(boxes);
        line(*form, QStringLiteral("street"))->setText(QStringLiteral("Hafenstraße 1"));
        boxes.answer = false;
        card.close();
        CHECK(boxes.questions.size() == 1);
        CHECK(card.isVisible());
        boxes.answer = true;
        card.close();
        CHECK(boxes.questions.size() == 2);
        CHECK_FALSE(card.isVisible());
        CHECK(d.stored().street.isEmpty());
    }
    CHECK(cardWarnings().isEmpty());
}

TEST_CASE("Customer card is read-only for a user who may not edit", "[ui][card]")
{
    CardData d;
    User inactive = d.anna;
    inactive.active = false; // signed in before being deactivated
    CustomerCardDialog card(Session{d.data.db(), d.data.clock(), d.data.changes(), inactive},
                            d.customer.id);
    CHECK_FALSE(card.isEditable());
    CHECK(line(*card.detailsForm(), QStringLiteral("city"))->isReadOnly());
    CHECK_FALSE(card.detailsForm()->consents()->checkBox(ConsentChannel::Email)->isEnabled());
    line(*card.detailsForm(), QStringLiteral("city"))->setText(QStringLiteral("Celle"));
    CHECK_FALSE(card.saveButton()->isEnabled());
    CHECK_FALSE(card.hasUnsavedChanges());
    CHECK_FALSE(card.findChild<QPushButton*>(QStringLiteral("addNote"))->isEnabled());
    CHECK(card.statusText().contains(QStringLiteral("not change")));
}

TEST_CASE("Customer card adds notes and calls, and starts a repurchase lead", "[ui][card]")
{
    CardData d;
    takeWarnings();
    CustomerCardDialog card(d.session(), d.customer.id);
    QAbstractItemModelTester tester(card.timelineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    card.show();
    TimelineModel* timeline = card.timelineModel();
    REQUIRE(timeline->rowCount() == 2);

    QTest::mouseClick(card.findChild<QPushButton*>(QStringLiteral("addNote")), Qt::LeftButton);
    auto* note = card.findChild<ActivityDialog*>(QStringLiteral("noteDialog"));
    REQUIRE(note);
    CHECK_FALSE(note->okButton()->isEnabled());                        // a note needs text
    CHECK(note->leadField()->currentData().toLongLong() == d.lead.id); // the open lead
    QTest::keyClicks(note->textField(), QStringLiteral("Prefers to be called after 5 pm"));
    QTest::mouseClick(note->okButton(), Qt::LeftButton);
    REQUIRE(timeline->rowCount() == 3);
    CHECK(timeline->index(0, 0).data(TimelineModel::KindRole) == QStringLiteral("note"));
    CHECK(timeline->index(0, 0).data(TimelineModel::LeadIdRole).toLongLong() == d.lead.id);
    CHECK(timeline->index(0, TimelineModel::Details)
              .data()
              .toString()
              .contains(QStringLiteral("after 5 pm")));
    CHECK(card.statusText() == QStringLiteral("Note added."));

    ActivityDialog* call = card.logCall();
    REQUIRE(call);
    call->directionField()->setCurrentIndex(
        call->directionField()->findData(int(Direction::Inbound)));
    call->durationField()->setValue(12);
    call->textField()->setPlainText(QStringLiteral("Asked about leasing"));
    QTest::mouseClick(call->okButton(), Qt::LeftButton);
    REQUIRE(timeline->rowCount() == 4);
    CHECK(timeline->index(0, TimelineModel::What).data() == QStringLiteral("Incoming call"));
    CHECK(timeline->index(0, TimelineModel::Details).data().toString().startsWith("12 min"));

    SECTION("a customer who bought before gets a repurchase lead")
    {
        auto won = LeadService(d.data.context())
                       .moveStage(d.data.admin(), d.lead.id, QStringLiteral("won"));
        REQUIRE(won.has_value());
        CHECK(card.card().boughtBefore); // reloaded by the lead change
        NewLeadDialog* dialog = card.newLead();
        REQUIRE(dialog);
        CHECK_FALSE(dialog->sourceField()->isEnabled());
        CHECK(dialog->sourceField()->currentData() == QStringLiteral("repurchase"));
        CHECK(dialog->consultantField()->currentData().toLongLong() == d.anna.id);
        dialog->vehicleField()->setText(QStringLiteral("Skoda Superb"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        REQUIRE(card.leadsModel()->rowCount() == 2);
        CHECK(card.card().leads.front().sourceKey == QStringLiteral("repurchase"));
        CHECK(card.card().leads.front().vehicleInterest == QStringLiteral("Skoda Superb"));
    }
    SECTION("a first-time buyer chooses the source")
    {
        NewLeadDialog* dialog = card.newLead();
        REQUIRE(dialog);
        CHECK(dialog->sourceField()->isEnabled());
        CHECK_FALSE(dialog->okButton()->isEnabled());
        CHECK(dialog->sourceField()->findData(QStringLiteral("repurchase")) < 0);
        dialog->sourceField()->setCurrentIndex(
            dialog->sourceField()->findData(QStringLiteral("web_form")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        REQUIRE(card.leadsModel()->rowCount() == 2);
        CHECK(card.card().leads.front().sourceKey == QStringLiteral("web_form"));
    }
    CHECK(cardWarnings().isEmpty());
}

TEST_CASE("Saving over a colleague's change opens the conflict dialog", "[ui][card]")
{
    CardData d;
    CustomerCardDialog card(d.session(), d.customer.id);
    card.show();
    CustomerDetailsForm* form = card.detailsForm();
    line(*form, QStringLiteral("city"))->setText(QStringLiteral("Bremen"));

    // Another desk saves the same customer meanwhile: its own connection, no shared bus.
    auto otherDesk = Database::open(d.data.path());
    REQUIRE(otherDesk.has_value());
    CustomerService elsewhere(ServiceContext{**otherDesk, d.data.clock(), nullptr});
    Customer theirs = d.stored();
    theirs.city = QStringLiteral("Kiel");
    theirs.notes = QStringLiteral("Moved to Kiel in March");
    REQUIRE(elsewhere.update(d.data.admin(), theirs).has_value());
    card.reload(); // what the data-version watcher does: the unsaved edit stays
    CHECK(line(*form, QStringLiteral("city"))->text() == QStringLiteral("Bremen"));
    CHECK(card.hasUnsavedChanges());

    SECTION("the chosen values are saved")
    {
        std::vector<CustomerField> listed;
        ConflictDialog::Choice cityDefault = ConflictDialog::Choice::Theirs;
        ConflictDialog::Choice notesDefault = ConflictDialog::Choice::Mine;
        whenShown<ConflictDialog>([&](ConflictDialog* dialog) {
            listed = dialog->fields();
            cityDefault = dialog->choice(CustomerField::City);
            notesDefault = dialog->choice(CustomerField::Notes);
            dialog->findChild<QPushButton*>(QStringLiteral("saveChosen"))->click();
        });
        CHECK(card.save());
        CHECK(listed == std::vector<CustomerField>{CustomerField::City, CustomerField::Notes});
        CHECK(cityDefault == ConflictDialog::Choice::Mine);    // the user changed it
        CHECK(notesDefault == ConflictDialog::Choice::Theirs); // only the colleague did
        const Customer stored = d.stored();
        CHECK(stored.city == QStringLiteral("Bremen"));
        CHECK(stored.notes == QStringLiteral("Moved to Kiel in March"));
        CHECK(stored.version == d.customer.version + 2);
        CHECK_FALSE(card.hasUnsavedChanges());
        CHECK(card.findChild<QPlainTextEdit*>(QStringLiteral("notes"))->toPlainText() ==
              stored.notes);
    }
    SECTION("taking the colleague's city saves nothing of mine")
    {
        whenShown<ConflictDialog>([](ConflictDialog* dialog) {
            dialog->findChild<QRadioButton*>(QStringLiteral("theirs_city"))->setChecked(true);
            dialog->findChild<QPushButton*>(QStringLiteral("saveChosen"))->click();
        });
        CHECK(card.save());
        CHECK(d.stored().city == QStringLiteral("Kiel"));
        CHECK(line(*form, QStringLiteral("city"))->text() == QStringLiteral("Kiel"));
    }
    SECTION("cancel keeps the edits and saves nothing")
    {
        whenShown<ConflictDialog>([](ConflictDialog* dialog) { dialog->reject(); });
        CHECK_FALSE(card.save());
        CHECK(d.stored().city == QStringLiteral("Kiel"));
        CHECK(line(*form, QStringLiteral("city"))->text() == QStringLiteral("Bremen"));
        CHECK(card.statusText().startsWith(QStringLiteral("Not saved")));
        CHECK(card.hasUnsavedChanges());
    }
}

TEST_CASE("Contact persons of a company customer on the card", "[ui][card]")
{
    TestDatabase data;
    Customer draft;
    draft.kind = CustomerKind::Company;
    draft.companyName = QStringLiteral("Nordlicht Logistik GmbH");
    const Customer firm = *CustomerService(data.context()).add(data.admin(), draft);
    takeWarnings();
    CustomerCardDialog card(Session{data.db(), data.clock(), data.changes(), data.admin()},
                            firm.id);
    ContactPersonModel* model = card.contactPersonsTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    card.show();
    REQUIRE(card.contactPersonsTab()->addButton()->isEnabled());

    ContactPersonDialog* dialog = card.contactPersonsTab()->addPerson();
    REQUIRE(dialog);
    CHECK(dialog->roleField()->currentData().toInt() == int(ContactRole::DecisionMaker));
    CHECK_FALSE(dialog->okButton()->isEnabled()); // no name yet
    dialog->lastNameField()->setText(QStringLiteral("Krause"));
    dialog->phoneField()->setText(QStringLiteral("12"));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    CHECK(dialog->phoneField()->message()->text().contains(QStringLiteral("“12”")));
    dialog->phoneField()->setText(QStringLiteral("0151 23456789"));
    REQUIRE(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ContactPersonModel::Phone).data() ==
          formatPhoneForDisplay(QStringLiteral("+4915123456789")));
    CHECK(model->index(0, ContactPersonModel::RoleColumn).data() ==
          QStringLiteral("Decision maker"));
    CHECK(card.tabs()->tabText(1) == QStringLiteral("Contact persons (1)"));

    card.contactPersonsTab()->view()->selectRow(0);
    ContactPersonDialog* edit = card.contactPersonsTab()->editPerson();
    REQUIRE(edit);
    edit->firstNameField()->setText(QStringLiteral("Sabine"));
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    CHECK(model->index(0, ContactPersonModel::Name).data() == QStringLiteral("Sabine Krause"));

    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    boxes.answer = true;
    card.contactPersonsTab()->view()->selectRow(0);
    QTest::mouseClick(card.contactPersonsTab()->removeButton(), Qt::LeftButton);
    CHECK(boxes.questions.size() == 1);
    CHECK(model->rowCount() == 0);
    CHECK(cardWarnings().isEmpty());
}

TEST_CASE("Main window opens one card per customer, a merged card points to the kept one",
          "[ui][card]")
{
    CardData d;
    const Customer other = d.data.addCustomer(QStringLiteral("Jonas"), QStringLiteral("Kurz"),
                                              QStringLiteral("0160 5551234"));
    MainWindow window(d.session());
    window.show();
    CustomerCards* cards = window.customerCards();
    REQUIRE(cards);
    Q_EMIT window.customerPage()->openRequested(d.customer.id);
    Q_EMIT window.customerPage()->openRequested(d.customer.id);
    CHECK(cards->openCount() == 1);
    CustomerCardDialog* card = cards->find(d.customer.id);
    REQUIRE(card);
    CHECK(card->isVisible());
    CHECK_FALSE(card->isModal());

    markMerged(d.data.db(), other.id, d.customer.id);
    Q_EMIT window.customerPage()->openRequested(other.id);
    CHECK(cards->openCount() == 2);
    CustomerCardDialog* merged = cards->find(other.id);
    REQUIRE(merged);
    CHECK(merged->header()->mergedText().contains(QStringLiteral("#%1").arg(d.customer.id)));
    CHECK_FALSE(merged->isEditable());
    CHECK(line(*merged->detailsForm(), QStringLiteral("city"))->isReadOnly());
    merged->findChild<QPushButton*>(QStringLiteral("openMergedInto"))->click();
    CHECK(cards->openCount() == 2); // the kept customer's card was open already

    card->close();
    QTRY_COMPARE(cards->openCount(), 1);

    // Closing the main window closes the cards, but not over unsaved edits.
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    Q_EMIT window.customerPage()->openRequested(d.customer.id);
    line(*cards->find(d.customer.id)->detailsForm(), QStringLiteral("city"))
        ->setText(QStringLiteral("Celle"));
    boxes.answer = false;
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(boxes.questions.size() == 1);
    boxes.answer = true;
    CHECK(window.close());
}
