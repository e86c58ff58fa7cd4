#pragma once

#include "Error.h"

namespace showroom {

class Database;

// Online backup: VACUUM INTO a temporary file beside the target, fsync it, then rename it over
// the target, so the target is either the old file or a complete new copy, never half written.
Result<void> backupDatabase(Database& db, const QString& targetPath);

} // namespace showroom
