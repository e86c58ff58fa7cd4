#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace showroom::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const;
};

// Runs showroom-cli with `args`; SHOWROOM_PASSWORD is set when `password` is given.
CliResult runCli(const QStringList& args, const QString& password = {});
// Runs showroom-cli on `db`; with a login, signed in with the demo password.
CliResult runOn(const QString& db, const QString& login, const QStringList& args);
// Runs a command with --json that must succeed (checked) and returns its output.
QJsonDocument succeed(const QString& db, const QString& login, const QStringList& args);
// Starts it without waiting, for concurrent runs.
QProcess* startCli(const QStringList& args, const QString& password, QObject* parent);

} // namespace showroom::test
