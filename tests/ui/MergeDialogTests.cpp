#include "TestSupport.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListPage.h"
#include "customers/MergeDialog.h"
#include "customers/MergeFieldModel.h"
#include "services/ActivityService.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

struct MergeData {
    TestDatabase data;
    User manager, anna, ben;
    Customer first, second;

    MergeData()
    {
        manager = data.addUser(QStringLiteral("manager"), QStringLiteral("Maria Berger"),
                               Role::Manager, QStringLiteral("manager-pass"));
        anna = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Schmidt"),
                            Role::Consultant, QStringLiteral("anna-pass"));
        ben = data.addUser(QStringLiteral("ben"), QStringLiteral("Ben Walter"), Role::Consultant,
                           QStringLiteral("ben-pass"));
        first = data.addCustomer(QStringLiteral("Jürgen"), QStringLiteral("Schäfer"),
                                 QStringLiteral("0151 23456789"), {}, QStringLiteral("Berlin"));
        first.street = QStringLiteral("Hauptstraße 12");
        first.postalCode = QStringLiteral("10115");
        first.ownerId = anna.id;
        first.tier = Tier::High;
        first = save(first);
        second = data.addCustomer(QStringLiteral("Juergen"), QStringLiteral("Schaefer"),
                                  QStringLiteral("+49 170 5551234"),
                                  QStringLiteral("j.schaefer@firma.de"), QStringLiteral("Berlin"));
        second.ownerId = ben.id;
        second.notes = QStringLiteral("Asked for a Tiguan test drive; prefers calls after 17:00.");
        second = save(second);
    }

    Customer save(const Customer& customer)
    {
        auto saved = CustomerService(data.context()).update(data.admin(), customer);
        if (!saved)
            FAIL(saved.error().message.toStdString());
        return *saved;
    }

    // A lead with a stage change and `calls` logged calls on `customerId`.
    void addHistory(qint64 customerId, int calls)
    {
        LeadService leads(data.context());
        NewLead draft;
        draft.customerId = customerId;
        draft.sourceKey = QStringLiteral("walk_in");
        draft.consultantId = ben.id;
        auto lead = leads.create(manager, draft);
        REQUIRE(lead.has_value());
        REQUIRE(leads.moveStage(manager, lead->id, QStringLiteral("contacted")).has_value());
        for (int n = 0; n < calls; ++n) {
            Activity call;
            call.customerId = customerId;
            call.leadId = lead->id;
            call.kind = ActivityKind::Call;
            call.subject = QStringLiteral("Call %1").arg(n + 1);
            REQUIRE(ActivityService(data.context()).log(ben, call).has_value());
        }
        const qint64 now = data.clock().now().toSecsSinceEpoch();
        REQUIRE(sql::insert(data.db().sql(),
                            QStringLiteral("INSERT INTO visits (arrived_at, purpose, first_visit, "
                                           "customer_id, lead_id, created_at) VALUES (?, "
                                           "'new_car', 1, ?, ?, ?)"),
                            {now, customerId, lead->id, now})
                    .has_value());
    }

    Customer reload(qint64 id)
    {
        auto customer = CustomerService(data.context()).get(id);
        REQUIRE(customer.has_value());
        return *customer;
    }
};

QPoint centreOf(QTableView* view, const QModelIndex& index)
{
    return view->visualRect(index).center();
}

} // namespace

TEST_CASE("Merge dialog: pick fields, swap the kept record, merge", "[ui][merge]")
{
    MergeData d;
    d.addHistory(d.second.id, 3);
    RecordingMessageBoxes boxes;
    const ScopedMessageBoxes scoped(boxes);
    takeWarnings();

    MergeDialog dialog(d.data.context(), d.manager, d.first.id, d.second.id);
    REQUIRE(dialog.load());
    MergeFieldModel* fields = dialog.fieldModel();
    QAbstractItemModelTester tester(fields,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK_FALSE(dialog.mergeButton()->isDefault()); // Enter must not merge by accident
    CHECK(dialog.fieldView()->hasFocus());
    // The record with history is proposed for keeping.
    CHECK(dialog.keptId() == d.second.id);
    CHECK(dialog.keepButton(1)->isChecked());
    CHECK(dialog.summaryText().contains(QStringLiteral("#%1").arg(d.first.id)));

    // Keep the first record instead (a click on its card); the summary and the headers follow.
    QWidget* card = dialog.keepButton(0)->parentWidget();
    QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(card->width() / 2, card->height() - 8));
    CHECK(dialog.keepButton(0)->isChecked());
    REQUIRE(dialog.keptId() == d.first.id);
    CHECK(fields->headerData(MergeFieldModel::Left, Qt::Horizontal).toString() ==
          QStringLiteral("Kept record #%1").arg(d.first.id));
    const QString summary = dialog.summaryText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("1 lead")));
    CHECK(summary.contains(QStringLiteral("3 activities")));
    CHECK(summary.contains(QStringLiteral("1 visit")));

    // Owners by name; the empty email of the kept record is filled from the other by default.
    const auto owner = fields->rowOf(CustomerField::Owner);
    REQUIRE(owner);
    CHECK(fields->index(*owner, MergeFieldModel::Left).data().toString() ==
          QStringLiteral("Anna Schmidt"));
    CHECK(fields->index(*owner, MergeFieldModel::Right).data().toString() ==
          QStringLiteral("Ben Walter"));
    const auto email = fields->rowOf(CustomerField::Email);
    REQUIRE(email);
    CHECK(fields->chosenSide(*email) == MergeFieldModel::Right);
    const auto phone = fields->rowOf(CustomerField::Phone);
    REQUIRE(phone);
    CHECK(fields->chosenSide(*phone) == MergeFieldModel::Left);

    // Click the other record's phone number and its last name.
    QTableView* view = dialog.fieldView();
    for (CustomerField field : {CustomerField::Phone, CustomerField::LastName}) {
        const QModelIndex cell = fields->index(*fields->rowOf(field), MergeFieldModel::Right);
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(view, cell));
        CHECK(cell.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    }
    CHECK(fields->index(*phone, MergeFieldModel::Left).data(Qt::CheckStateRole).toInt() ==
          Qt::Unchecked);

    QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
    INFO(boxes.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(boxes.errors.isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.mergeSummary().has_value());

    const Customer kept = d.reload(d.first.id);
    CHECK(kept.phoneE164 == d.second.phoneE164);
    CHECK(kept.lastName == QStringLiteral("Schaefer"));
    CHECK(kept.firstName == QStringLiteral("Jürgen"));
    CHECK(kept.email == QStringLiteral("j.schaefer@firma.de"));
    CHECK(kept.ownerId == d.anna.id);
    CHECK(d.reload(d.second.id).mergedIntoId == d.first.id);
    CHECK(sql::scalar(d.data.db().sql(),
                      QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ?"),
                      {d.first.id})
              ->toInt() == 3);
    // The model tester's findings; the offscreen platform's note about size hints is no finding.
    const QStringList warnings =
        takeWarnings().filter(QRegularExpression(QStringLiteral("^(?!.*propagateSizeHints)")));
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.isEmpty());
}

TEST_CASE("Merge dialog shows conflicts and refusals in message boxes", "[ui][merge]")
{
    MergeData d;
    RecordingMessageBoxes boxes;
    const ScopedMessageBoxes scoped(boxes);

    SECTION("a colleague changed a record: nothing is merged, the dialog shows the new state")
    {
        MergeDialog dialog(d.data.context(), d.manager, d.first.id, d.second.id);
        REQUIRE(dialog.load());
        Customer changed = d.second;
        changed.city = QStringLiteral("Potsdam");
        d.save(changed);
        dialog.merge();
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors.front().contains(QStringLiteral("changed on another desk")));
        CHECK_FALSE(dialog.mergeSummary().has_value());
        CHECK_FALSE(d.reload(d.second.id).mergedIntoId.has_value());
        const auto city = dialog.fieldModel()->rowOf(CustomerField::City);
        REQUIRE(city);
        CHECK(dialog.fieldModel()->index(*city, MergeFieldModel::Right).data().toString() ==
              QStringLiteral("Potsdam"));

        dialog.merge(); // now on the versions shown
        CHECK(boxes.errors.size() == 1);
        CHECK(dialog.mergeSummary().has_value());
    }
    SECTION("two records with the same values: no table, merging still moves everything")
    {
        const Customer a = d.data.addCustomer(QStringLiteral("Max"), QStringLiteral("Bauer"), {},
                                              QStringLiteral("max@bauer.de"));
        const Customer b = d.data.addCustomer(QStringLiteral("Max"), QStringLiteral("Bauer"), {},
                                              QStringLiteral("max@bauer.de"));
        d.addHistory(b.id, 1);
        MergeDialog dialog(d.data.context(), d.manager, a.id, b.id);
        REQUIRE(dialog.load());
        CHECK(dialog.fieldModel()->rowCount() == 0);
        CHECK_FALSE(dialog.fieldView()->isVisibleTo(&dialog));
        auto* same = dialog.findChild<QLabel*>(QStringLiteral("mergeSameValues"));
        REQUIRE(same);
        CHECK(same->isVisibleTo(&dialog));
        CHECK(dialog.keptId() == b.id);
        dialog.merge();
        REQUIRE(dialog.mergeSummary().has_value());
        CHECK(dialog.mergeSummary()->moved[MergeKind::Leads] == 0); // b was kept: a had nothing
        CHECK(d.reload(a.id).mergedIntoId == b.id);
    }
    SECTION("a consultant is refused")
    {
        MergeDialog dialog(d.data.context(), d.anna, d.first.id, d.second.id);
        REQUIRE(dialog.load());
        dialog.merge();
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors.front().contains(QStringLiteral("not allowed to merge customers")));
        CHECK_FALSE(d.reload(d.second.id).mergedIntoId.has_value());
    }
    SECTION("an already merged record is not offered")
    {
        MergeDialog first(d.data.context(), d.manager, d.first.id, d.second.id);
        REQUIRE(first.load());
        first.merge();
        REQUIRE(first.mergeSummary().has_value());
        MergeDialog again(d.data.context(), d.manager, d.first.id, d.second.id);
        CHECK_FALSE(again.load());
        REQUIRE(boxes.errors.size() == 1);
        CHECK(boxes.errors.front().contains(QStringLiteral("already merged")));
    }
}

TEST_CASE("Customer list: merge action for managers, and the merged row leaves the list",
          "[ui][merge]")
{
    MergeData d;
    takeWarnings();
    {
        MainWindow window(Session{d.data.db(), d.data.clock(), d.data.changes(), d.anna});
        auto* merge = window.findChild<QPushButton*>(QStringLiteral("mergeCustomers"));
        REQUIRE(merge);
        CHECK_FALSE(merge->isVisibleTo(&window));
    }
    MainWindow window(Session{d.data.db(), d.data.clock(), d.data.changes(), d.manager});
    window.showPage(MainWindow::Page::Customers);
    auto* merge = window.findChild<QPushButton*>(QStringLiteral("mergeCustomers"));
    REQUIRE(merge);
    CHECK(merge->isVisibleTo(&window));

    CustomerListModel* model = window.customerPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 2);
    Customer chosen = proposeMerge(d.first, d.second);
    auto merged = CustomerMergeService(d.data.context())
                      .merge(d.manager, d.first.id, d.second.id, chosen, d.second.version);
    REQUIRE(merged.has_value());
    CHECK(model->rowCount() == 1);
    CHECK(model->rowOf(d.second.id) == -1);
    CHECK(model->rowOf(d.first.id) == 0);
    CHECK(takeWarnings().isEmpty());

    // The page's merge request opens the dialog, which refuses a record merged meanwhile.
    RecordingMessageBoxes boxes;
    const ScopedMessageBoxes scoped(boxes);
    Q_EMIT window.customerPage()->mergeRequested(d.first.id, d.second.id);
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("already merged")));
}

// Not run by ctest: writes /tmp/merge-dialog.png to look at the layout.
TEST_CASE("Merge dialog screenshot", "[.][screenshot]")
{
    MergeData d;
    d.addHistory(d.first.id, 2);
    d.addHistory(d.second.id, 5);
    d.addHistory(d.second.id, 4);
    MergeDialog dialog(d.data.context(), d.manager, d.first.id, d.second.id);
    REQUIRE(dialog.load());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString path =
        qEnvironmentVariable("MERGE_SCREENSHOT", QStringLiteral("/tmp/merge-dialog.png"));
    CHECK(dialog.grab().save(path));
}
