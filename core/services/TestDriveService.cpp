#include "TestDriveService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/PipelineSettings.h"
#include "storage/LeadRepository.h"
#include "storage/TaskRepository.h"
#include "storage/TestDriveRepository.h"
#include "storage/VehicleRepository.h"

#include <QLocale>

namespace showroom {

namespace {
constexpr qint64 kMaxDurationSecs = 4 * 3600;

QString carName(const Vehicle& v)
{
    return TestDriveService::tr("The %1 (%2)").arg(v.label(), v.vin);
}

// "from 14:00 to 15:00 on 24.11.2026" in the showroom's time zone.
QString slotText(const TestDriveBooking& booking, const QTimeZone& zone)
{
    const QDateTime start = booking.startsAt.toTimeZone(zone);
    const QDateTime end = booking.endsAt.toTimeZone(zone);
    const QString hhmm = QStringLiteral("HH:mm");
    const QLocale locale;
    if (start.date() == end.date())
        return TestDriveService::tr("from %1 to %2 on %3")
            .arg(start.toString(hhmm), end.toString(hhmm),
                 locale.toString(start.date(), QLocale::ShortFormat));
    return TestDriveService::tr("from %1 to %2")
        .arg(locale.toString(start, QLocale::ShortFormat),
             locale.toString(end, QLocale::ShortFormat));
}
} // namespace

Result<TestDriveBooking> TestDriveService::book(const User& actor, qint64 leadId, qint64 vehicleId,
                                                const QDateTime& startsAt, const QDateTime& endsAt)
{
    if (auto allowed = require(actor, Permission::BookTestDrives); !allowed)
        return std::unexpected(allowed.error());
    if (!startsAt.isValid() || !endsAt.isValid())
        return fail(ErrorCode::InvalidInput, tr("A test drive needs a date, a start and an end."));
    if (endsAt <= startsAt)
        return fail(ErrorCode::InvalidInput, tr("A test drive must end after it starts."));
    const qint64 duration = startsAt.secsTo(endsAt);
    if (duration > kMaxDurationSecs)
        return fail(ErrorCode::InvalidInput,
                    tr("A test drive lasts at most 4 hours; this one would take %1 h %2 min.")
                        .arg(duration / 3600)
                        .arg((duration % 3600) / 60, 2, 10, QLatin1Char('0')));
    const QDateTime now = m_context.clock.now();
    auto booked = m_context.db.write([&]() -> Result<TestDriveBooking> {
        QSqlDatabase& sql = m_context.db.sql();
        auto lead = LeadRepository(sql).byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        auto vehicle = VehicleRepository(sql).byId(vehicleId);
        if (!vehicle)
            return std::unexpected(vehicle.error());
        if (!vehicle->testDriveCar)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not a test-drive car.").arg(carName(*vehicle)));
        if (vehicle->status == VehicleStatus::Sold || vehicle->status == VehicleStatus::Delivered)
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 is sold and no longer available for test drives.").arg(carName(*vehicle)));
        TestDriveRepository bookings(sql);
        auto taken = bookings.overlapping(vehicleId, startsAt.toUTC(), endsAt.toUTC());
        if (!taken)
            return std::unexpected(taken.error());
        if (!taken->empty()) {
            auto settings = PipelineSettings::load(sql);
            if (!settings)
                return std::unexpected(settings.error());
            return fail(ErrorCode::Conflict,
                        tr("%1 is already booked for a test drive %2.")
                            .arg(carName(*vehicle),
                                 slotText(taken->front(), settings->response.hours.zone())));
        }
        Task task;
        task.leadId = lead->id;
        task.customerId = lead->customerId;
        task.assigneeId = lead->consultantId ? lead->consultantId : std::optional<qint64>(actor.id);
        task.kind = TaskKind::TestDrive;
        task.title = tr("Test drive: %1").arg(vehicle->label());
        task.dueAt = startsAt.toUTC();
        task.createdBy = actor.id;
        task.createdAt = now;
        TaskRepository tasks(sql);
        auto taskId = tasks.insert(task);
        if (!taskId)
            return std::unexpected(taskId.error());
        if (auto next = tasks.refreshNextFollowUp(lead->id); !next)
            return std::unexpected(next.error());

        TestDriveBooking booking;
        booking.vehicleId = vehicleId;
        booking.leadId = lead->id;
        booking.customerId = lead->customerId;
        booking.taskId = *taskId;
        booking.startsAt = startsAt.toUTC();
        booking.endsAt = endsAt.toUTC();
        booking.createdBy = actor.id;
        booking.createdAt = now;
        auto id = bookings.insert(booking);
        if (!id)
            return std::unexpected(id.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("test_drive.book"),
                                QStringLiteral("test_drive_bookings"), *id,
                                {{QStringLiteral("lead_id"), lead->id},
                                 {QStringLiteral("vin"), vehicle->vin},
                                 {QStringLiteral("starts_at"), booking.startsAt.toSecsSinceEpoch()},
                                 {QStringLiteral("ends_at"), booking.endsAt.toSecsSinceEpoch()}});
            !logged)
            return std::unexpected(logged.error());
        return bookings.byId(*id);
    });
    if (booked && m_context.changes) {
        Q_EMIT m_context.changes->leadChanged(leadId);
        Q_EMIT m_context.changes->vehicleChanged(vehicleId);
    }
    return booked;
}

Result<void> TestDriveService::cancel(const User& actor, qint64 bookingId)
{
    if (auto allowed = require(actor, Permission::BookTestDrives); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    auto cancelled = m_context.db.write([&]() -> Result<TestDriveBooking> {
        QSqlDatabase& sql = m_context.db.sql();
        TestDriveRepository bookings(sql);
        auto booking = bookings.byId(bookingId);
        if (!booking)
            return booking;
        auto done = bookings.cancel(bookingId, now);
        if (!done)
            return std::unexpected(done.error());
        if (!*done)
            return fail(ErrorCode::InvalidInput,
                        tr("The test drive #%1 is already cancelled.").arg(bookingId));
        TaskRepository tasks(sql);
        if (booking->taskId) {
            if (auto closed = tasks.closeByRule(*booking->taskId, now, tr("Cancelled")); !closed)
                return std::unexpected(closed.error());
        }
        if (booking->leadId) {
            if (auto next = tasks.refreshNextFollowUp(*booking->leadId); !next)
                return std::unexpected(next.error());
        }
        if (auto logged = audit(m_context, &actor, QStringLiteral("test_drive.cancel"),
                                QStringLiteral("test_drive_bookings"), bookingId);
            !logged)
            return std::unexpected(logged.error());
        return booking;
    });
    if (!cancelled)
        return std::unexpected(cancelled.error());
    if (m_context.changes) {
        if (cancelled->leadId)
            Q_EMIT m_context.changes->leadChanged(*cancelled->leadId);
        Q_EMIT m_context.changes->vehicleChanged(cancelled->vehicleId);
    }
    return {};
}

Result<std::vector<TestDriveBooking>> TestDriveService::bookings(std::optional<qint64> vehicleId,
                                                                 const QDateTime& from,
                                                                 const QDateTime& to)
{
    return TestDriveRepository(m_context.db.sql()).overlapping(vehicleId, from.toUTC(), to.toUTC());
}

Result<std::vector<TestDriveBooking>> TestDriveService::forLead(qint64 leadId)
{
    return TestDriveRepository(m_context.db.sql()).forLead(leadId);
}

} // namespace showroom
