#pragma once

#include "Error.h"
#include "domain/User.h"
#include "domain/Vehicle.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// Test drives reserve a marked test-drive car for a time slot. An overlapping booking of the same
// car is refused with a message naming the slot that is taken. The booking also puts a test-drive
// task on the lead's consultant's day.
class TestDriveService {
    Q_DECLARE_TR_FUNCTIONS(TestDriveService)

public:
    explicit TestDriveService(ServiceContext context) : m_context(context) {}

    Result<TestDriveBooking> book(const User& actor, qint64 leadId, qint64 vehicleId,
                                  const QDateTime& startsAt, const QDateTime& endsAt);
    // Frees the slot; the test-drive task is closed with "Cancelled".
    Result<void> cancel(const User& actor, qint64 bookingId);
    // Bookings (not cancelled) of one car, or of all test-drive cars when empty, that overlap the
    // period; with the vehicle and customer labels.
    Result<std::vector<TestDriveBooking>> bookings(std::optional<qint64> vehicleId,
                                                   const QDateTime& from, const QDateTime& to);
    Result<std::vector<TestDriveBooking>> forLead(qint64 leadId);

private:
    ServiceContext m_context;
};

} // namespace showroom
