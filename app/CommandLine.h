#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace showroom {

struct StartupOptions {
    QString databasePath;
    StorageMode modeIfNew = StorageMode::Local;
    QString language;
    QString user;     // --user: sign in without the dialog (password from SHOWROOM_PASSWORD)
    QString password; // from the environment, never from the command line
    QString screenshotDir;
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The database used without --db: ~/.local/share/ShowroomCRM/showroom.sqlite.
    static QString defaultDatabasePath();
    // Parses the application's arguments; exits for --help and --version. An invalid argument
    // is printed and yields nullopt.
    static std::optional<StartupOptions> parse(const QString& language);
};

} // namespace showroom
