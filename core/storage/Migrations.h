#pragma once

#include "Error.h"

namespace showroom {

class Database;

// The schema version this build creates and understands.
int latestSchemaVersion();

// Brings the schema from `fromVersion` to latestSchemaVersion(), each migration in one transaction
// that also bumps PRAGMA user_version, so a failure leaves the file at the last good version.
Result<void> applyMigrations(Database& db, int fromVersion);

} // namespace showroom
