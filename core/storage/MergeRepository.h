#pragma once

#include "Error.h"
#include "domain/Customer.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <array>
#include <functional>

namespace showroom {

// What belongs to a customer record and moves with a merge, one kind per referencing column.
enum class MergeKind {
    Leads, // their stage history, tasks and deals keep pointing at the same lead ids
    Visits,
    Activities,
    Deals,
    ContactPersons,
    ConsentEvents,
    Tasks,
    Vehicles,      // vehicles.owner_customer_id: cars the customer owns or ordered
    Attachments,   // attachments with owner_kind 'customer'
    TestDrives,    // test-drive bookings
    MergedRecords, // records merged into this one earlier (customers.merged_into_id)
};
inline constexpr int kMergeKindCount = int(MergeKind::MergedRecords) + 1;

const std::array<MergeKind, kMergeKindCount>& allMergeKinds();
// Stable, untranslated name ("visits", "contact_persons", ...) for JSON and the audit log.
QString mergeKindKey(MergeKind kind);

// Rows per kind.
struct MergeCounts {
    std::array<qint64, kMergeKindCount> rows{};

    qint64& operator[](MergeKind kind) { return rows[std::size_t(kind)]; }
    qint64 operator[](MergeKind kind) const { return rows[std::size_t(kind)]; }
    qint64 total() const;
    bool operator==(const MergeCounts&) const = default;
};

// The SQL of a customer merge. Call inside one write transaction (CustomerMergeService does).
class MergeRepository {
public:
    explicit MergeRepository(QSqlDatabase& db) : m_db(db) {}

    // What is attached to `customerId` now.
    Result<MergeCounts> countAttached(qint64 customerId);
    // Re-points every row attached to `fromId` to `toId`. Rows that carry a version get a new
    // one, so that an edit a colleague started before the merge is refused as a conflict
    // instead of quietly putting the row back on the retired record.
    Result<MergeCounts> moveAttached(qint64 fromId, qint64 toId);
    // Marks `id` as merged into `intoId` (checked against `expectedVersion`); nothing else of
    // the record changes. Returns the new version.
    Result<int> retire(qint64 id, int expectedVersion, qint64 intoId, const QDateTime& at,
                       const std::function<QString()>& recordLabel);
    // Stores the three consents of `customer` with their dates as they are: a consent taken
    // over from the merged record keeps the date the customer gave it (its consent_events move
    // along). Call right after the kept record's versioned update, in the same transaction.
    Result<void> writeConsents(const Customer& customer);

    // "table.column" of every reference moveAttached handles, attachments included
    // ("attachments.owner_id"); the tests compare it with the schema's foreign keys.
    static QStringList movedReferences();

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
