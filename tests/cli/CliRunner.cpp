#include "CliRunner.h"

#include <QProcessEnvironment>
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

} // namespace showroom::test
