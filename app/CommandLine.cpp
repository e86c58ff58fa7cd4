#include "CommandLine.h"

#include "Languages.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>

namespace showroom {

namespace {
void printError(const QString& message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}
} // namespace

QString CommandLine::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/showroom.sqlite");
}

std::optional<StartupOptions> CommandLine::parse(const QString& language)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        tr("Database file to open; a new one is created and filled with demo data "
           "(default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: %1 (default: the system language).")
                                      .arg(Languages::supported().join(QStringLiteral(", "))),
                                  tr("code"));
    const QCommandLineOption shared(
        QStringLiteral("shared"),
        tr("Create a new database in shared mode, for a file on a network share that several "
           "desks use."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        tr("Sign in as this user without the dialog; the password is read from the "
           "environment variable SHOWROOM_PASSWORD."),
        tr("login"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("After signing in, save a picture of every page into this folder and quit "
           "(needs --user)."),
        tr("folder"));
    parser.addOptions({db, lang, shared, user, screenshot});
    parser.process(*QCoreApplication::instance());

    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
        return std::nullopt;
    }
    StartupOptions options;
    options.language = language;
    if (parser.isSet(lang) && Languages::resolve(parser.value(lang)).isEmpty()) {
        printError(tr("Unknown language “%1”; choose one of: %2.")
                       .arg(parser.value(lang), Languages::supported().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    options.databasePath = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    options.modeIfNew = parser.isSet(shared) ? StorageMode::Shared : StorageMode::Local;
    options.user = parser.value(user);
    options.screenshotDir = parser.value(screenshot);
    if (!options.user.isEmpty()) {
        options.password = qEnvironmentVariable("SHOWROOM_PASSWORD");
        if (options.password.isEmpty()) {
            printError(tr("--user needs the password in the environment variable "
                          "SHOWROOM_PASSWORD."));
            return std::nullopt;
        }
    }
    if (!options.screenshotDir.isEmpty() && options.user.isEmpty()) {
        printError(tr("--screenshot needs --user (and SHOWROOM_PASSWORD)."));
        return std::nullopt;
    }
    return options;
}

} // namespace showroom
