#include "TestDriveRepository.h"

#include "Sql.h"
#include "Values.h"

#include <QCoreApplication>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.vehicle_id, b.lead_id, b.customer_id, b.task_id, b.starts_at, b.ends_at, "
    "b.cancelled_at, b.created_by, b.created_at, v.make, v.model, v.trim, v.colour, v.vin, "
    "coalesce(c.display_name, '') FROM test_drive_bookings b "
    "JOIN vehicles v ON v.id = b.vehicle_id "
    "LEFT JOIN customers c ON c.id = b.customer_id ");

TestDriveBooking readBooking(const QSqlQuery& q)
{
    TestDriveBooking b;
    b.id = q.value(0).toLongLong();
    b.vehicleId = q.value(1).toLongLong();
    b.leadId = values::optionalId(q.value(2));
    b.customerId = values::optionalId(q.value(3));
    b.taskId = values::optionalId(q.value(4));
    b.startsAt = values::dateTime(q.value(5));
    b.endsAt = values::dateTime(q.value(6));
    b.cancelledAt = values::dateTime(q.value(7));
    b.createdBy = values::optionalId(q.value(8));
    b.createdAt = values::dateTime(q.value(9));
    Vehicle car;
    car.make = q.value(10).toString();
    car.model = q.value(11).toString();
    car.trim = q.value(12).toString();
    car.colour = q.value(13).toString();
    b.vehicleLabel = QStringLiteral("%1 (%2)").arg(car.label(), q.value(14).toString());
    b.customerName = q.value(15).toString();
    return b;
}

Result<std::vector<TestDriveBooking>> selectBookings(QSqlDatabase& db, const QString& where,
                                                     const QVariantList& binds)
{
    std::vector<TestDriveBooking> bookings;
    auto ok = sql::select(db, kSelect + where, binds,
                          [&](const QSqlQuery& q) { bookings.push_back(readBooking(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return bookings;
}
} // namespace

Result<qint64> TestDriveRepository::insert(const TestDriveBooking& b)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO test_drive_bookings (vehicle_id, lead_id, customer_id, "
                       "task_id, starts_at, ends_at, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {b.vehicleId, values::optionalId(b.leadId), values::optionalId(b.customerId),
         values::optionalId(b.taskId), values::epoch(b.startsAt), values::epoch(b.endsAt),
         values::optionalId(b.createdBy), values::epoch(b.createdAt)});
}

Result<TestDriveBooking> TestDriveRepository::byId(qint64 id)
{
    auto found = selectBookings(m_db, QStringLiteral("WHERE b.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no test-drive booking #%1.").arg(id));
    return found->front();
}

Result<std::vector<TestDriveBooking>>
TestDriveRepository::overlapping(std::optional<qint64> vehicleId, const QDateTime& from,
                                 const QDateTime& to)
{
    QString where =
        QStringLiteral("WHERE b.cancelled_at IS NULL AND b.starts_at < ? AND b.ends_at > ? ");
    QVariantList binds{values::epoch(to), values::epoch(from)};
    if (vehicleId) {
        where += QStringLiteral("AND b.vehicle_id = ? ");
        binds << *vehicleId;
    }
    where += QStringLiteral("ORDER BY b.starts_at, b.id");
    return selectBookings(m_db, where, binds);
}

Result<std::vector<TestDriveBooking>> TestDriveRepository::forLead(qint64 leadId)
{
    return selectBookings(m_db, QStringLiteral("WHERE b.lead_id = ? ORDER BY b.starts_at, b.id"),
                          {leadId});
}

Result<bool> TestDriveRepository::cancel(qint64 bookingId, const QDateTime& at)
{
    auto done = sql::exec(m_db,
                          QStringLiteral("UPDATE test_drive_bookings SET cancelled_at = ? "
                                         "WHERE id = ? AND cancelled_at IS NULL"),
                          {values::epoch(at), bookingId});
    if (!done)
        return std::unexpected(done.error());
    return *done == 1;
}

} // namespace showroom
