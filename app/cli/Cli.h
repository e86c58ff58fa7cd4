#pragma once

#include "Arguments.h"
#include "Clock.h"
#include "Error.h"
#include "domain/User.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonValue>
#include <memory>

namespace showroom::cli {

// An id for JSON output, null when there is none.
QJsonValue idOrNull(const std::optional<qint64>& id);

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// State shared by the commands: global options, the open database, the signed-in user.
class Cli {
public:
    Cli(Arguments& args, QString dbPath, QString login);

    Arguments& args() { return m_args; }
    const QString& dbPath() const { return m_dbPath; }
    // --user as given (empty without it).
    const QString& login() const { return m_login; }

    // Opens the existing database (validated, upgraded); prints the reason on failure.
    Database* openDatabase(OpenOptions options = {});
    // Signs in --user with SHOWROOM_PASSWORD or a password prompt.
    const User* signIn();
    ServiceContext context();
    // The id of the user with this login; prints the reason and returns nothing if there is none.
    std::optional<qint64> userIdByLogin(const QString& login);

    // Leftover arguments are a usage error; prints them and returns false.
    bool argumentsConsumed();

    int failWith(const Error& error);
    int failWith(const QString& message, ExitCode code = Failed);
    void print(const QString& line);
    void printJson(const QJsonValue& value);

private:
    Arguments& m_args;
    QString m_dbPath;
    QString m_login;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::optional<User> m_user;
};

QString readPassword(const QString& prompt);
// A positive record id, or nothing for a missing or malformed one.
std::optional<qint64> parseId(const std::optional<QString>& text);
// An ISO 8601 date and time ("2026-11-23T10:30", "...Z", "...+01:00"; without a zone it is local
// time), or nothing for a missing or malformed one.
std::optional<QDateTime> parseDateTime(const std::optional<QString>& text);

} // namespace showroom::cli
