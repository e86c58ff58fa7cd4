// Renders customer cards of demo data to PNG files, to look at the layout (not run by default).
#include "TestSupport.h"
#include "common/CheckedField.h"
#include "customers/ActivityDialog.h"
#include "customers/ConflictDialog.h"
#include "customers/ContactPersonDialog.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerDetailsForm.h"
#include "customers/NewLeadDialog.h"
#include "services/UserService.h"
#include "storage/Sql.h"
#include "storage/demo/DemoGenerator.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

// Not run by default: renders cards of demo customers into $SHOWROOM_CARD_SCREENSHOTS (or /tmp)
// to look at the layout. Run with: showroom_ui_tests "[screenshots]"
TEST_CASE("Customer card screenshots", "[.][screenshots]")
{
    QTemporaryDir dir;
    auto created =
        Database::create(dir.filePath(QStringLiteral("demo.sqlite")), StorageMode::Local);
    REQUIRE(created.has_value());
    Database& db = **created;
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    REQUIRE(generateDemoData(db, DemoOptions{400, 11, now}).has_value());
    ManualClock clock(now);
    ChangeBus changes;
    const ServiceContext context{db, clock, &changes};
    auto users = UserService(context).users();
    const User anna = *std::ranges::find(*users, QStringLiteral("anna"), &User::login);
    const QString folder =
        qEnvironmentVariable("SHOWROOM_CARD_SCREENSHOTS", QStringLiteral("/tmp"));

    const auto pick = [&](const QString& where) {
        auto id = sql::scalar(db.sql(), QStringLiteral("SELECT c.id FROM customers c WHERE ") +
                                            where + QStringLiteral(" LIMIT 1"));
        REQUIRE(id.has_value());
        REQUIRE(id->isValid());
        return id->toLongLong();
    };
    const qint64 company =
        pick(QStringLiteral("c.kind = 'company' AND (SELECT count(*) FROM contact_persons p WHERE "
                            "p.customer_id = c.id) "
                            ">= 2 AND EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = c.id)"));
    const qint64 person = pick(QStringLiteral(
        "c.kind = 'person' AND c.consent_email_at IS NOT NULL AND (SELECT count(*) FROM leads l "
        "WHERE l.customer_id = c.id) >= 2"));
    const auto shoot = [&](qint64 id, const QString& name, CustomerCardDialog::Tab tab) {
        CustomerCardDialog card(Session{db, clock, changes, anna}, id);
        card.show();
        REQUIRE(QTest::qWaitForWindowExposed(&card));
        card.showTab(tab);
        QTest::qWait(50);
        CHECK(card.grab().save(folder + QStringLiteral("/card-%1.png").arg(name)));
    };
    shoot(person, QStringLiteral("person-details"), CustomerCardDialog::Tab::Details);
    shoot(person, QStringLiteral("person-timeline"), CustomerCardDialog::Tab::Timeline);
    shoot(person, QStringLiteral("person-leads"), CustomerCardDialog::Tab::Leads);
    shoot(company, QStringLiteral("company-details"), CustomerCardDialog::Tab::Details);
    shoot(company, QStringLiteral("company-contacts"), CustomerCardDialog::Tab::ContactPersons);
    shoot(company, QStringLiteral("company-timeline"), CustomerCardDialog::Tab::Timeline);

    // The dialogs on top of the card.
    CustomerCardDialog card(Session{db, clock, changes, anna}, person);
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    card.detailsForm()->phoneField()->edit()->setText(QStringLiteral("0151 123"));
    QTest::qWait(50);
    CHECK(card.grab().save(folder + QStringLiteral("/card-invalid-phone.png")));
    ActivityDialog* call = card.logCall();
    QTest::qWait(50);
    CHECK(call->grab().save(folder + QStringLiteral("/card-call-dialog.png")));
    call->reject();
    NewLeadDialog* lead = card.newLead();
    QTest::qWait(50);
    CHECK(lead->grab().save(folder + QStringLiteral("/card-new-lead.png")));
    lead->reject();
    Customer mine = card.detailsForm()->customer();
    mine.phone = QStringLiteral("0151 23456789");
    mine.city = QStringLiteral("Bremen");
    Customer theirs = card.detailsForm()->stored();
    theirs.city = QStringLiteral("Kiel");
    theirs.notes = QStringLiteral("Moved to Kiel in March; prefers calls after 5 pm.");
    theirs.consentSms = {true, now};
    ConflictDialog conflict(card.detailsForm()->stored(), mine, theirs,
                            {{anna.id, anna.displayName}}, &card);
    conflict.show();
    QTest::qWait(50);
    CHECK(conflict.grab().save(folder + QStringLiteral("/card-conflict.png")));
    ContactPerson someone;
    someone.customerId = company;
    ContactPersonDialog contact(someone, QStringLiteral("DE"), &card);
    contact.show();
    QTest::qWait(50);
    CHECK(contact.grab().save(folder + QStringLiteral("/card-contact-dialog.png")));
}
