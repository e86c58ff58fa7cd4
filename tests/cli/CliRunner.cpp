#include "CliRunner.h"

#include <QProcessEnvironment>
#include <catch2/catch.hpp>
#include <memory>

namespace showroom::test {

QJsonDocument CliResult::json() const
{
    return QJsonDocument::fromJson(out);
}

QProcess* startCli(const QStringList& args, const QString& password, QObject* parent)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SHOWROOM_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("SHOWROOM_PASSWORD"), password);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(SHOWROOM_CLI_PATH), args);
    process->closeWriteChannel();
    return process;
}

CliResult runCli(const QStringList& args, const QString& password)
{
    std::unique_ptr<QProcess> process(startCli(args, password, nullptr));
    process->waitForFinished(120000);
    return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            process->readAllStandardOutput(), process->readAllStandardError()};
}

CliResult runOn(const QString& db, const QString& login, const QStringList& args)
{
    QStringList all{QStringLiteral("--db"), db};
    if (!login.isEmpty())
        all << QStringLiteral("--user") << login;
    return runCli(all + args, login.isEmpty() ? QString() : QStringLiteral("showroom"));
}

QJsonDocument succeed(const QString& db, const QString& login, const QStringList& args)
{
    const CliResult result = runOn(db, login, args + QStringList{QStringLiteral("--json")});
    INFO(args.join(QLatin1Char(' ')).toStdString() + ": " + result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.json();
}

} // namespace showroom::test
