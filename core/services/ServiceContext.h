#pragma once

#include "Clock.h"
#include "storage/Database.h"

namespace showroom {

class ChangeBus;

// What every service needs: the database, the clock, and where to announce changes (optional).
struct ServiceContext {
    Database& db;
    const Clock& clock;
    ChangeBus* changes = nullptr;
};

} // namespace showroom
