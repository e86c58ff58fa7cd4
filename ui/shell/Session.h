#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

namespace showroom {

class ChangeBus;

// What the main window works with: the open database, the clock, the change bus and the user
// who signed in.
struct Session {
    Database& db;
    const Clock& clock;
    ChangeBus& changes;
    User user;

    ServiceContext context() const { return {db, clock, &changes}; }
};

} // namespace showroom
