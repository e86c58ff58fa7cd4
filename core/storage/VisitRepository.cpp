#include "VisitRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kColumns = QStringLiteral(
    "v.id, v.channel, v.arrived_at, v.left_at, v.party_size, v.purpose, v.first_visit, "
    "v.consultant_id, v.customer_id, v.lead_id, v.model_interest, v.test_drive, v.created_by, "
    "v.created_at, v.version");

// A visitor's contact was captured when the linked customer can be reached: phone or email.
const QString kCaptured =
    QStringLiteral("(c.id IS NOT NULL AND (c.phone_e164 IS NOT NULL OR c.email <> ''))");

Visit readVisit(const QSqlQuery& q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.channel = visitChannelFromKey(q.value(1).toString()).value_or(VisitChannel::WalkIn);
    v.arrivedAt = values::dateTime(q.value(2));
    v.leftAt = values::dateTime(q.value(3));
    v.partySize = q.value(4).toInt();
    v.purpose = visitPurposeFromKey(q.value(5).toString()).value_or(VisitPurpose::Other);
    v.firstVisit = q.value(6).toBool();
    v.consultantId = values::optionalId(q.value(7));
    v.customerId = values::optionalId(q.value(8));
    v.leadId = values::optionalId(q.value(9));
    v.modelInterest = q.value(10).toString();
    v.testDrive = q.value(11).toBool();
    v.createdBy = values::optionalId(q.value(12));
    v.createdAt = values::dateTime(q.value(13));
    v.version = q.value(14).toInt();
    return v;
}
} // namespace

Result<qint64> VisitRepository::insert(const Visit& v)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO visits (channel, arrived_at, left_at, party_size, purpose, "
                       "first_visit, consultant_id, customer_id, lead_id, model_interest, "
                       "test_drive, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {visitChannelKey(v.channel), values::epoch(v.arrivedAt), values::epoch(v.leftAt),
         v.partySize, visitPurposeKey(v.purpose), v.firstVisit, values::optionalId(v.consultantId),
         values::optionalId(v.customerId), values::optionalId(v.leadId), v.modelInterest,
         v.testDrive, values::optionalId(v.createdBy), values::epoch(v.createdAt)});
}

Result<Visit> VisitRepository::byId(qint64 id)
{
    std::optional<Visit> found;
    auto ok =
        sql::select(m_db, QStringLiteral("SELECT %1 FROM visits v WHERE v.id = ?").arg(kColumns),
                    {id}, [&](const QSqlQuery& q) { found = readVisit(q); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no visit #%1.").arg(id));
    return *found;
}

Result<int> VisitRepository::update(const Visit& v)
{
    return versionedUpdate(
        m_db, QStringLiteral("visits"), v.id, v.version,
        QStringLiteral("left_at = ?, party_size = ?, purpose = ?, first_visit = ?, "
                       "consultant_id = ?, customer_id = ?, lead_id = ?, model_interest = ?, "
                       "test_drive = ?"),
        {values::epoch(v.leftAt), v.partySize, visitPurposeKey(v.purpose), v.firstVisit,
         values::optionalId(v.consultantId), values::optionalId(v.customerId),
         values::optionalId(v.leadId), v.modelInterest, v.testDrive},
        [&] { return Tr::tr("Visit #%1").arg(v.id); });
}

Result<std::vector<VisitRow>> VisitRepository::between(const QDateTime& from, const QDateTime& to)
{
    std::vector<VisitRow> rows;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT %1, coalesce(u.display_name, ''), coalesce(c.display_name, ''), "
                       "%2 FROM visits v LEFT JOIN users u ON u.id = v.consultant_id "
                       "LEFT JOIN customers c ON c.id = v.customer_id "
                       "WHERE v.arrived_at >= ? AND v.arrived_at < ? "
                       "ORDER BY v.arrived_at DESC, v.id DESC")
            .arg(kColumns, kCaptured),
        {values::epoch(from), values::epoch(to)}, [&](const QSqlQuery& q) {
            rows.push_back({readVisit(q), q.value(15).toString(), q.value(16).toString(),
                            q.value(17).toBool()});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return rows;
}

Result<Traffic> VisitRepository::traffic(const QDateTime& from, const QDateTime& to)
{
    Traffic traffic;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT count(*), coalesce(sum(v.first_visit), 0), "
                       "coalesce(sum(v.first_visit AND %1), 0), coalesce(sum(v.test_drive), 0) "
                       "FROM visits v LEFT JOIN customers c ON c.id = v.customer_id "
                       "WHERE v.channel = 'walk_in' AND v.arrived_at >= ? AND v.arrived_at < ?")
            .arg(kCaptured),
        {values::epoch(from), values::epoch(to)}, [&](const QSqlQuery& q) {
            traffic.visits = q.value(0).toInt();
            traffic.firstVisits = q.value(1).toInt();
            traffic.captured = q.value(2).toInt();
            traffic.testDrives = q.value(3).toInt();
        });
    if (!ok)
        return std::unexpected(ok.error());
    return traffic;
}

Result<int> VisitRepository::earlierWalkIns(qint64 customerId, const QDateTime& before)
{
    auto count = sql::scalar(m_db,
                             QStringLiteral("SELECT count(*) FROM visits WHERE customer_id = ? "
                                            "AND channel = 'walk_in' AND arrived_at < ?"),
                             {customerId, values::epoch(before)});
    if (!count)
        return std::unexpected(count.error());
    return count->toInt();
}

Result<QStringList> VisitRepository::knownModels(int limit)
{
    QStringList models;
    auto ok =
        sql::select(m_db,
                    QStringLiteral("SELECT DISTINCT make || ' ' || model AS name FROM vehicles "
                                   "ORDER BY name LIMIT ?"),
                    {limit}, [&](const QSqlQuery& q) { models << q.value(0).toString(); });
    if (!ok)
        return std::unexpected(ok.error());
    return models;
}

Result<std::vector<std::pair<qint64, int>>>
VisitRepository::visitorsWithConsultants(const QDateTime& since)
{
    std::vector<std::pair<qint64, int>> counts;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT consultant_id, count(*) FROM visits WHERE channel = 'walk_in' "
                       "AND left_at IS NULL AND consultant_id IS NOT NULL AND arrived_at >= ? "
                       "GROUP BY consultant_id"),
        {values::epoch(since)}, [&](const QSqlQuery& q) {
            counts.emplace_back(q.value(0).toLongLong(), q.value(1).toInt());
        });
    if (!ok)
        return std::unexpected(ok.error());
    return counts;
}

} // namespace showroom
