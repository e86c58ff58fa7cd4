#include "MergeRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

namespace showroom {

namespace {

// One column that points at a customer. `filter` narrows polymorphic owners.
struct Reference {
    MergeKind kind;
    const char* key;
    const char* table;
    const char* column;
    const char* filter;
    bool versioned;
};

constexpr std::array<Reference, kMergeKindCount> kReferences{{
    {MergeKind::Leads, "leads", "leads", "customer_id", "", true},
    {MergeKind::Visits, "visits", "visits", "customer_id", "", true},
    {MergeKind::Activities, "activities", "activities", "customer_id", "", true},
    {MergeKind::Deals, "deals", "deals", "customer_id", "", true},
    {MergeKind::ContactPersons, "contact_persons", "contact_persons", "customer_id", "", true},
    {MergeKind::ConsentEvents, "consent_events", "consent_events", "customer_id", "", false},
    {MergeKind::Tasks, "tasks", "tasks", "customer_id", "", true},
    {MergeKind::Vehicles, "vehicles", "vehicles", "owner_customer_id", "", true},
    {MergeKind::Attachments, "attachments", "attachments", "owner_id", "owner_kind = 'customer'",
     false},
    {MergeKind::TestDrives, "test_drives", "test_drive_bookings", "customer_id", "", false},
    {MergeKind::MergedRecords, "merged_records", "customers", "merged_into_id", "", true},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kReferences.size(); ++i)
        if (kReferences[i].kind != MergeKind(i))
            return false;
    return true;
}
static_assert(inEnumOrder(), "kReferences is indexed by MergeKind");

const Reference& referenceOf(MergeKind kind)
{
    return kReferences[std::size_t(kind)];
}

QString whereClause(const Reference& ref)
{
    QString where = QStringLiteral("%1 = ?").arg(QLatin1String(ref.column));
    if (*ref.filter)
        where += QStringLiteral(" AND ") + QLatin1String(ref.filter);
    return where;
}

} // namespace

const std::array<MergeKind, kMergeKindCount>& allMergeKinds()
{
    static const std::array<MergeKind, kMergeKindCount> kinds = [] {
        std::array<MergeKind, kMergeKindCount> all{};
        for (std::size_t i = 0; i < kReferences.size(); ++i)
            all[i] = kReferences[i].kind;
        return all;
    }();
    return kinds;
}

QString mergeKindKey(MergeKind kind)
{
    return QString::fromLatin1(referenceOf(kind).key);
}

qint64 MergeCounts::total() const
{
    qint64 sum = 0;
    for (qint64 n : rows)
        sum += n;
    return sum;
}

Result<MergeCounts> MergeRepository::countAttached(qint64 customerId)
{
    MergeCounts counts;
    for (const Reference& ref : kReferences) {
        auto n = sql::scalar(m_db,
                             QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                 .arg(QLatin1String(ref.table), whereClause(ref)),
                             {customerId});
        if (!n)
            return std::unexpected(n.error());
        counts[ref.kind] = n->toLongLong();
    }
    return counts;
}

Result<MergeCounts> MergeRepository::moveAttached(qint64 fromId, qint64 toId)
{
    MergeCounts counts;
    for (const Reference& ref : kReferences) {
        const QString bump = ref.versioned ? QStringLiteral(", version = version + 1") : QString();
        auto moved = sql::exec(
            m_db,
            QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE %4")
                .arg(QLatin1String(ref.table), QLatin1String(ref.column), bump, whereClause(ref)),
            {toId, fromId});
        if (!moved)
            return std::unexpected(moved.error());
        counts[ref.kind] = *moved;
    }
    // Two records of one person may both have a "first" visit; only the earliest stays first.
    auto firstVisits =
        sql::exec(m_db,
                  QStringLiteral(
                      "UPDATE visits SET first_visit = 0, version = version + 1 "
                      "WHERE customer_id = ? AND first_visit = 1 AND channel = 'walk_in' "
                      "AND EXISTS (SELECT 1 FROM visits e WHERE e.customer_id = visits.customer_id "
                      "AND e.channel = 'walk_in' AND (e.arrived_at < visits.arrived_at "
                      "OR (e.arrived_at = visits.arrived_at AND e.id < visits.id)))"),
                  {toId});
    if (!firstVisits)
        return std::unexpected(firstVisits.error());
    return counts;
}

Result<int> MergeRepository::retire(qint64 id, int expectedVersion, qint64 intoId,
                                    const QDateTime& at,
                                    const std::function<QString()>& recordLabel)
{
    return versionedUpdate(m_db, QStringLiteral("customers"), id, expectedVersion,
                           QStringLiteral("merged_into_id = ?, updated_at = ?"),
                           {intoId, values::epoch(at)}, recordLabel);
}

Result<void> MergeRepository::writeConsents(const Customer& c)
{
    auto written =
        sql::exec(m_db,
                  QStringLiteral("UPDATE customers SET consent_email = ?, "
                                 "consent_email_at = ?, consent_sms = ?, "
                                 "consent_sms_at = ?, consent_phone = ?, "
                                 "consent_phone_at = ? WHERE id = ?"),
                  {c.consentEmail.granted, values::epoch(c.consentEmail.changedAt),
                   c.consentSms.granted, values::epoch(c.consentSms.changedAt),
                   c.consentPhone.granted, values::epoch(c.consentPhone.changedAt), c.id});
    if (!written)
        return std::unexpected(written.error());
    return {};
}

QStringList MergeRepository::movedReferences()
{
    QStringList references;
    for (const Reference& ref : kReferences)
        references << QStringLiteral("%1.%2").arg(QLatin1String(ref.table),
                                                  QLatin1String(ref.column));
    return references;
}

} // namespace showroom
