#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <memory>

namespace showroom {

// Opens the database chosen at startup. A missing file is created and filled with demo data
// (with a progress dialog); any failure is shown through MessageBoxes and yields nullptr.
class DatabaseStartup {
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    static std::unique_ptr<Database> openOrCreate(const QString& path, StorageMode modeIfNew);

private:
    static std::unique_ptr<Database> createWithDemoData(const QString& path, StorageMode mode);
    static void showOpenError(const QString& path, const Error& error);
};

} // namespace showroom
