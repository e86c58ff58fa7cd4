#include "Fixtures.h"
#include "services/ActivityService.h"
#include "services/ChangeBus.h"
#include "services/CustomerMergeService.h"
#include "services/LeadService.h"
#include "storage/AuditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MergeRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

const QString kVin = QStringLiteral("WVWZZZ1KZAW123456");
const QString kVinFragment = QStringLiteral("ZZ1KZA");

qint64 insertRow(Fixture& f, const QString& statement, const QVariantList& binds)
{
    auto id = sql::insert(f.db->sql(), statement, binds);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.has_value());
    return *id;
}

// One row of every kind that belongs to a customer.
void attachOneOfEach(Fixture& f, qint64 customerId, const QString& vin = kVin)
{
    const qint64 now = f.clock.now().toSecsSinceEpoch();
    LeadService leads(f.context());
    auto lead = leads.create(f.manager, newLead(customerId, QStringLiteral("walk_in"), f.anna.id));
    REQUIRE(lead.has_value());
    REQUIRE(leads.moveStage(f.anna, lead->id, QStringLiteral("contacted")).has_value());
    Activity call;
    call.customerId = customerId;
    call.leadId = lead->id;
    call.kind = ActivityKind::Call;
    call.direction = Direction::Outbound;
    call.subject = QStringLiteral("Called back about the Golf");
    REQUIRE(ActivityService(f.context()).log(f.anna, call).has_value());

    insertRow(f,
              QStringLiteral("INSERT INTO visits (arrived_at, purpose, first_visit, customer_id, "
                             "lead_id, consultant_id, created_at) VALUES (?, 'new_car', 1, ?, ?, "
                             "?, ?)"),
              {now, customerId, lead->id, f.anna.id, now});
    const qint64 vehicleId =
        insertRow(f,
                  QStringLiteral("INSERT INTO vehicles (vin, make, model, status, "
                                 "owner_customer_id, created_at) VALUES (?, 'Volkswagen', 'Golf', "
                                 "'sold', ?, ?)"),
                  {vin, customerId, now});
    insertRow(f,
              QStringLiteral("INSERT INTO test_drive_bookings (vehicle_id, lead_id, customer_id, "
                             "starts_at, ends_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {vehicleId, lead->id, customerId, now + 86400, now + 90000, now});
    insertRow(f,
              QStringLiteral("INSERT INTO deals (lead_id, customer_id, buyer_kind, "
                             "list_price_cents, payment, signed_at, created_at) VALUES (?, ?, "
                             "'private', 3200000, 'cash', ?, ?)"),
              {lead->id, customerId, now, now});
    insertRow(f,
              QStringLiteral("INSERT INTO contact_persons (customer_id, role, first_name, "
                             "last_name) VALUES (?, 'driver', 'Jonas', 'Roth')"),
              {customerId});
    insertRow(f,
              QStringLiteral("INSERT INTO consent_events (customer_id, channel, granted, at, "
                             "user_id) VALUES (?, 'email', 1, ?, ?)"),
              {customerId, now, f.reception.id});
    insertRow(f,
              QStringLiteral("INSERT INTO tasks (lead_id, customer_id, assignee_id, title, due_at, "
                             "created_at) VALUES (?, ?, ?, 'Call back on day 3', ?, ?)"),
              {lead->id, customerId, f.anna.id, now + 3 * 86400, now});
    insertRow(
        f,
        QStringLiteral("INSERT INTO attachments (owner_kind, owner_id, file_name, size_bytes, "
                       "sha256, data, created_at) VALUES ('customer', ?, 'licence.pdf', 4, "
                       "'x', ?, ?)"),
        {customerId, QByteArray("%PDF"), now});
}

// "table: rows" per table, the audit log left out (a merge adds to it).
QString rowCounts(Fixture& f)
{
    QStringList tables;
    REQUIRE(sql::select(f.db->sql(),
                        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                       "name NOT LIKE 'customer_search%' AND name <> 'audit_log'"),
                        {}, [&](const QSqlQuery& q) { tables << q.value(0).toString(); })
                .has_value());
    tables.sort();
    QStringList counts;
    for (const QString& table : tables)
        counts << QStringLiteral("%1: %2").arg(table).arg(
            sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
                ->toLongLong());
    return counts.join(QStringLiteral(", "));
}

Customer reload(Fixture& f, qint64 id)
{
    auto customer = CustomerRepository(f.db->sql()).byId(id);
    REQUIRE(customer.has_value());
    return *customer;
}

bool listed(const std::vector<CustomerRow>& rows, qint64 id)
{
    return std::ranges::any_of(rows, [id](const CustomerRow& row) { return row.id == id; });
}

} // namespace

TEST_CASE("every column that references customers is moved by a merge", "[merge][schema]")
{
    Fixture f;
    QStringList references;
    REQUIRE(sql::select(f.db->sql(),
                        QStringLiteral("SELECT m.name, k.\"from\" FROM sqlite_schema m, "
                                       "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' "
                                       "AND k.\"table\" = 'customers'"),
                        {},
                        [&](const QSqlQuery& q) {
                            references
                                << q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
                        })
                .has_value());
    references << QStringLiteral("attachments.owner_id"); // owner_kind 'customer': no foreign key
    references.sort();
    QStringList moved = MergeRepository::movedReferences();
    moved.sort();
    CHECK(moved == references);
}

TEST_CASE("a merge moves everything to the kept record and loses nothing", "[merge]")
{
    Fixture f;
    const Customer keep = f.addCustomer(QStringLiteral("Eva"), QStringLiteral("Roth"),
                                        QStringLiteral("0151 23456789"));
    Customer other = f.addCustomer(QStringLiteral("Eva"), QStringLiteral("Roth-Meier"),
                                   QStringLiteral("0170 9876543"), QStringLiteral("eva@roth.de"));
    attachOneOfEach(f, other.id);
    attachOneOfEach(f, keep.id, QStringLiteral("WBA3A5C50DF123457")); // its own history
    {
        // Earlier duplicate already merged into `other`: it must follow to the kept record.
        Customer third = f.addCustomer(QStringLiteral("E."), QStringLiteral("Roth"), {},
                                       QStringLiteral("e.roth@example.com"));
        CustomerMergeService service(f.context());
        REQUIRE(
            service.merge(f.manager, other.id, third.id, proposeMerge(other, third), third.version)
                .has_value());
    }
    // The customer gave email consent on the other record (its consent_events row is attached).
    const QDateTime consentGiven(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC);
    REQUIRE(sql::exec(f.db->sql(),
                      QStringLiteral("UPDATE customers SET consent_email = 1, consent_email_at = ? "
                                     "WHERE id = ?"),
                      {consentGiven.toSecsSinceEpoch(), other.id})
                .has_value());
    other = reload(f, other.id);
    CHECK(listed(*CustomerRepository(f.db->sql()).page(kVinFragment, {}, 100), other.id));

    CustomerMergeService merges(f.context());
    const auto before = rowCounts(f);
    auto attached = merges.attachedTo(other.id);
    REQUIRE(attached.has_value());
    for (MergeKind kind : allMergeKinds())
        CHECK((*attached)[kind] == 1);

    ChangeBus bus;
    QSignalSpy mergedSpy(&bus, &ChangeBus::customerMerged);
    QSignalSpy changedSpy(&bus, &ChangeBus::customerChanged);
    Customer chosen = proposeMerge(keep, other);
    CHECK(chosen.email == QStringLiteral("eva@roth.de")); // empty on the kept record: filled in
    CHECK(chosen.lastName == QStringLiteral("Roth"));
    copyField(other, chosen, CustomerField::Phone); // the user picks the other record's phone
    chosen.consentSms = {true, f.clock.now()};
    auto summary = CustomerMergeService(ServiceContext{*f.db, f.clock, &bus})
                       .merge(f.manager, keep.id, other.id, chosen, other.version);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.has_value());
    CHECK(summary->moved == *attached);
    CHECK(summary->kept.version == keep.version + 1);
    CHECK(summary->takenFromMerged == std::vector<CustomerField>{CustomerField::Phone,
                                                                 CustomerField::Email,
                                                                 CustomerField::ConsentEmail});
    REQUIRE(mergedSpy.size() == 1);
    CHECK(mergedSpy.front().at(0).toLongLong() == keep.id);
    CHECK(mergedSpy.front().at(1).toLongLong() == other.id);
    CHECK(changedSpy.size() == 1);

    SECTION("nothing is lost and everything points at the kept record")
    {
        CHECK(rowCounts(f).toStdString() == before.toStdString());
        auto left = merges.attachedTo(other.id);
        REQUIRE(left.has_value());
        CHECK(left->total() == 0);
        auto now = merges.attachedTo(keep.id);
        REQUIRE(now.has_value());
        for (MergeKind kind : allMergeKinds()) {
            INFO(mergeKindKey(kind).toStdString());
            CHECK((*now)[kind] == 2); // its own one and the other's (merged records: other, third)
        }
        CHECK(sql::scalar(f.db->sql(),
                          QStringLiteral("SELECT count(*) FROM stage_history h "
                                         "JOIN leads l ON l.id = h.lead_id "
                                         "WHERE l.customer_id = ?"),
                          {keep.id})
                  ->toInt() >= 4);
    }

    SECTION("the chosen values are saved on the kept record")
    {
        const Customer kept = reload(f, keep.id);
        CHECK(kept.phoneE164 == QStringLiteral("+491709876543"));
        CHECK(kept.email == QStringLiteral("eva@roth.de"));
        CHECK(kept.lastName == QStringLiteral("Roth"));
        CHECK(kept.consentSms.granted);
        // A consent taken over keeps the date the customer gave it; no new event is invented.
        CHECK(kept.consentEmail.granted);
        CHECK(kept.consentEmail.changedAt == consentGiven);
        CHECK_FALSE(kept.mergedIntoId.has_value());
    }

    SECTION("the other record keeps its data, points at the kept one and is hidden")
    {
        const Customer retired = reload(f, other.id);
        CHECK(retired.mergedIntoId == keep.id);
        CHECK(retired.version == other.version + 1);
        CHECK(retired.lastName == QStringLiteral("Roth-Meier"));
        CHECK(retired.phoneE164 == other.phoneE164);
        CHECK(retired.email == other.email);
        CustomerRepository customers(f.db->sql());
        auto samePhone = customers.byPhone(other.phoneE164);
        REQUIRE(samePhone.has_value());
        REQUIRE(samePhone->size() == 1);
        CHECK(samePhone->front().id == keep.id);
        CHECK_FALSE(listed(*customers.page(QStringLiteral("Roth-Meier"), {}, 100), other.id));
        CHECK_FALSE(listed(*customers.page(QStringLiteral("roth"), {}, 100), other.id));
        auto byVin = customers.page(kVinFragment, {}, 100);
        REQUIRE(byVin.has_value());
        CHECK(listed(*byVin, keep.id));
        CHECK_FALSE(listed(*byVin, other.id));
    }

    SECTION("the audit log holds the merged record's snapshot and what was taken")
    {
        auto entries = AuditRepository(f.db->sql()).forEntity(QStringLiteral("customers"), keep.id);
        REQUIRE(entries.has_value());
        const auto entry = std::ranges::find_if(*entries, [](const AuditEntry& e) {
            return e.action == QStringLiteral("customer.merge");
        });
        REQUIRE(entry != entries->end());
        CHECK(entry->userId == f.manager.id);
        const QJsonObject snapshot =
            entry->details.value(QStringLiteral("merged_record")).toObject();
        for (CustomerField field : allCustomerFields())
            CHECK(snapshot.contains(customerFieldKey(field)));
        CHECK(snapshot.value(QStringLiteral("last_name")).toString() ==
              QStringLiteral("Roth-Meier"));
        CHECK(snapshot.value(QStringLiteral("phone_e164")).toString() == other.phoneE164);
        const QJsonObject keptBefore =
            entry->details.value(QStringLiteral("kept_before")).toObject();
        CHECK(keptBefore.value(QStringLiteral("phone_e164")).toString() == keep.phoneE164);
        CHECK(entry->details.value(QStringLiteral("taken_from_merged")).toArray() ==
              QJsonArray{QStringLiteral("phone"), QStringLiteral("email"),
                         QStringLiteral("consent_email")});
        CHECK(entry->details.value(QStringLiteral("other_changes")).toArray() ==
              QJsonArray{QStringLiteral("consent_sms")});
        const QJsonObject moved = entry->details.value(QStringLiteral("moved")).toObject();
        CHECK(moved.value(QStringLiteral("leads")).toInt() == 1);
        CHECK(moved.value(QStringLiteral("attachments")).toInt() == 1);
        auto otherEntries =
            AuditRepository(f.db->sql()).forEntity(QStringLiteral("customers"), other.id);
        CHECK(std::ranges::any_of(*otherEntries, [](const AuditEntry& e) {
            return e.action == QStringLiteral("customer.merged_into");
        }));
    }
}

TEST_CASE("only managers and administrators merge customers", "[merge][permissions]")
{
    Fixture f;
    const Customer a = f.addCustomer(QStringLiteral("Max"), QStringLiteral("Bauer"),
                                     QStringLiteral("0151 12345671"));
    const Customer b = f.addCustomer(QStringLiteral("Max"), QStringLiteral("Bauer"),
                                     QStringLiteral("0151 12345672"));
    CustomerMergeService merges(f.context());
    for (const User* refused : {&f.anna, &f.reception}) {
        auto merged = merges.merge(*refused, a.id, b.id, proposeMerge(a, b), b.version);
        REQUIRE_FALSE(merged.has_value());
        CHECK(merged.error().code == ErrorCode::PermissionDenied);
    }
    CHECK_FALSE(reload(f, b.id).mergedIntoId.has_value());
    CHECK(merges.merge(f.admin, a.id, b.id, proposeMerge(a, b), b.version).has_value());
}

TEST_CASE("a merge on stale versions or invalid records is refused and moves nothing",
          "[merge][conflict]")
{
    Fixture f;
    const Customer keep = f.addCustomer(QStringLiteral("Lena"), QStringLiteral("Wolf"),
                                        QStringLiteral("0151 55500011"));
    const Customer other = f.addCustomer(QStringLiteral("Lena"), QStringLiteral("Wolf"),
                                         QStringLiteral("0151 55500012"));
    attachOneOfEach(f, other.id);
    CustomerMergeService merges(f.context());
    const auto nothingMoved = [&] {
        CHECK(merges.attachedTo(other.id)->total() == 10);
        CHECK(merges.attachedTo(keep.id)->total() == 0);
        CHECK_FALSE(reload(f, other.id).mergedIntoId.has_value());
    };

    SECTION("the other record was changed on another desk")
    {
        Customer edited = other;
        edited.city = QStringLiteral("Hamburg");
        REQUIRE(CustomerService(f.context()).update(f.reception, edited).has_value());
        auto merged =
            merges.merge(f.manager, keep.id, other.id, proposeMerge(keep, other), other.version);
        REQUIRE_FALSE(merged.has_value());
        CHECK(merged.error().code == ErrorCode::Conflict);
        CHECK(merged.error().message.contains(QStringLiteral("Wolf, Lena")));
        nothingMoved();
    }
    SECTION("the kept record was changed on another desk")
    {
        Customer edited = keep;
        edited.city = QStringLiteral("Hamburg");
        REQUIRE(CustomerService(f.context()).update(f.reception, edited).has_value());
        auto merged =
            merges.merge(f.manager, keep.id, other.id, proposeMerge(keep, other), other.version);
        REQUIRE_FALSE(merged.has_value());
        CHECK(merged.error().code == ErrorCode::Conflict);
        nothingMoved();
    }
    SECTION("a chosen phone number of a third customer is refused after the other was retired")
    {
        const Customer third = f.addCustomer(QStringLiteral("Sven"), QStringLiteral("Klein"),
                                             QStringLiteral("0151 55500013"));
        Customer chosen = proposeMerge(keep, other);
        chosen.phone = third.phone;
        auto merged = merges.merge(f.manager, keep.id, other.id, chosen, other.version);
        REQUIRE_FALSE(merged.has_value());
        CHECK(merged.error().code == ErrorCode::Duplicate);
        nothingMoved();
    }
    SECTION("a record cannot be merged into itself")
    {
        auto merged = merges.merge(f.manager, keep.id, keep.id, keep, keep.version);
        REQUIRE_FALSE(merged.has_value());
        CHECK(merged.error().code == ErrorCode::InvalidInput);
        nothingMoved();
    }
    SECTION("unknown and already merged records are refused")
    {
        auto unknown = merges.merge(f.manager, keep.id, 4711, keep, 1);
        REQUIRE_FALSE(unknown.has_value());
        CHECK(unknown.error().code == ErrorCode::NotFound);

        const Customer third = f.addCustomer(QStringLiteral("L."), QStringLiteral("Wolf"), {},
                                             QStringLiteral("l.wolf@example.com"));
        REQUIRE(merges.merge(f.manager, keep.id, third.id, proposeMerge(keep, third), third.version)
                    .has_value());
        const Customer keptNow = reload(f, keep.id);
        const Customer retired = reload(f, third.id);
        auto again = merges.merge(f.manager, other.id, third.id, proposeMerge(other, retired),
                                  retired.version);
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == ErrorCode::InvalidInput);
        CHECK(again.error().message.contains(QStringLiteral("already merged")));
        auto into = merges.merge(f.manager, third.id, other.id, retired, other.version);
        REQUIRE_FALSE(into.has_value());
        CHECK(into.error().code == ErrorCode::InvalidInput);
        CHECK(merges.attachedTo(other.id)->total() == 10);
        CHECK(reload(f, keep.id).version == keptNow.version);
    }
}

TEST_CASE("proposeMerge keeps the kept values and fills only the empty ones", "[merge]")
{
    Customer keep;
    keep.id = 7;
    keep.version = 3;
    keep.firstName = QStringLiteral("Anna");
    keep.phone = QStringLiteral("0151 1");
    Customer other;
    other.id = 8;
    other.firstName = QStringLiteral("Anna-Maria");
    other.lastName = QStringLiteral("Schulz");
    other.phone = QStringLiteral("0151 2");
    other.ownerId = 5;
    other.consentEmail = {true, QDateTime(QDate(2025, 1, 2), QTime(10, 0), Qt::UTC)};
    const Customer proposed = proposeMerge(keep, other);
    CHECK(proposed.id == 7);
    CHECK(proposed.version == 3);
    CHECK(proposed.firstName == QStringLiteral("Anna"));
    CHECK(proposed.lastName == QStringLiteral("Schulz"));
    CHECK(proposed.phone == QStringLiteral("0151 1"));
    CHECK(proposed.ownerId == 5);
    CHECK(proposed.consentEmail.granted);

    // The customer's latest word on a consent wins, whichever record holds it.
    keep.consentSms = {true, QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC)};
    other.consentSms = {false, QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC)};
    keep.consentPhone = {true, QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC)};
    other.consentPhone = {false, QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC)};
    const Customer latest = proposeMerge(keep, other);
    CHECK_FALSE(latest.consentSms.granted);
    CHECK(latest.consentSms.changedAt == other.consentSms.changedAt);
    CHECK(latest.consentPhone.granted);
    CHECK(CustomerMergeService::describe({}) == QStringLiteral("nothing"));
    MergeCounts counts;
    counts[MergeKind::Leads] = 3;
    counts[MergeKind::Visits] = 1;
    counts[MergeKind::Activities] = 12;
    const QString described = CustomerMergeService::describe(counts); // list style: QLocale
    CHECK(described.startsWith(QStringLiteral("3 leads, 1 visit")));
    CHECK(described.endsWith(QStringLiteral(" 12 activities")));
}
