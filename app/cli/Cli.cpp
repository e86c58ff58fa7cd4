#include "Cli.h"

#include "services/PasswordHasher.h"
#include "services/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace showroom::cli {

Cli::Cli(Arguments& args, QString dbPath, QString login)
    : m_args(args), m_dbPath(std::move(dbPath)), m_login(std::move(login))
{
}

Database* Cli::openDatabase(OpenOptions options)
{
    if (m_db)
        return m_db.get();
    if (m_dbPath.isEmpty()) {
        failWith(QStringLiteral("--db FILE is required"), Usage);
        return nullptr;
    }
    auto db = Database::open(m_dbPath, options);
    if (!db) {
        failWith(db.error());
        return nullptr;
    }
    m_db = std::move(*db);
    return m_db.get();
}

const User* Cli::signIn()
{
    if (m_user)
        return &*m_user;
    if (m_login.isEmpty()) {
        failWith(QStringLiteral("this command needs --user LOGIN"), Usage);
        return nullptr;
    }
    Database* db = openDatabase();
    if (!db)
        return nullptr;
    QString password = qEnvironmentVariable("SHOWROOM_PASSWORD");
    if (password.isEmpty())
        password = readPassword(QStringLiteral("Password for %1: ").arg(m_login));
    auto user = UserService(context()).authenticate(m_login, password);
    if (!user) {
        failWith(user.error());
        return nullptr;
    }
    m_user = *user;
    return &*m_user;
}

ServiceContext Cli::context()
{
    return ServiceContext{*m_db, m_clock, nullptr};
}

std::optional<qint64> Cli::userIdByLogin(const QString& login)
{
    auto users = UserService(context()).users();
    if (!users) {
        failWith(users.error());
        return std::nullopt;
    }
    for (const User& user : *users)
        if (user.login.compare(login, Qt::CaseInsensitive) == 0)
            return user.id;
    failWith(QStringLiteral("there is no user %1").arg(login));
    return std::nullopt;
}

bool Cli::argumentsConsumed()
{
    const QStringList problems = m_args.problems();
    if (problems.isEmpty())
        return true;
    failWith(problems.join(QStringLiteral("; ")), Usage);
    return false;
}

int Cli::failWith(const Error& error)
{
    std::cerr << "showroom-cli: " << qPrintable(errorCodeName(error.code)) << ": "
              << error.message.toLocal8Bit().constData() << std::endl;
    return Failed;
}

int Cli::failWith(const QString& message, ExitCode code)
{
    std::cerr << "showroom-cli: " << message.toLocal8Bit().constData() << std::endl;
    if (code == Usage)
        std::cerr << "Run 'showroom-cli --help' for usage." << std::endl;
    return code;
}

void Cli::print(const QString& line)
{
    std::cout << line.toLocal8Bit().constData() << std::endl;
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::cout << document.toJson(QJsonDocument::Indented).constData() << std::flush;
}

QString readPassword(const QString& prompt)
{
    std::cerr << prompt.toLocal8Bit().constData() << std::flush;
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << std::endl;
    }
    return QString::fromLocal8Bit(line.c_str());
}

std::optional<qint64> parseId(const std::optional<QString>& text)
{
    bool ok = false;
    const qint64 id = text ? text->toLongLong(&ok) : 0;
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QDateTime> parseDateTime(const std::optional<QString>& text)
{
    const QDateTime at = text ? QDateTime::fromString(text->trimmed(), Qt::ISODate) : QDateTime();
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

QJsonValue idOrNull(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace showroom::cli
