#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace showroom::test;

TEST_CASE("four showroom-cli processes writing to one shared-mode file all land", "[cli][shared]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    const CliResult demo =
        runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                QStringLiteral("50"), QStringLiteral("--shared")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    constexpr int kWorkers = 4;
    constexpr int kRounds = 25;
    const QStringList logins = {QStringLiteral("anna"), QStringLiteral("ben"),
                                QStringLiteral("chen"), QStringLiteral("reception")};
    QSet<QString> expectedPhones;
    for (int round = 0; round < kRounds; ++round) {
        QObject owner;
        std::vector<QProcess*> running;
        for (int worker = 0; worker < kWorkers; ++worker) {
            const QString phone = QStringLiteral("+49 176 5%1%2")
                                      .arg(worker)
                                      .arg(100000 + round, 6, 10, QLatin1Char('0'));
            expectedPhones.insert(phone);
            running.push_back(startCli(
                {QStringLiteral("--db"), db, QStringLiteral("--user"), logins.at(worker),
                 QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--first"),
                 QStringLiteral("Worker%1").arg(worker), QStringLiteral("--last"),
                 QStringLiteral("Round%1").arg(round), QStringLiteral("--phone"), phone},
                QStringLiteral("showroom"), &owner));
        }
        for (QProcess* process : running) {
            REQUIRE(process->waitForFinished(60000));
            INFO(process->readAllStandardError().toStdString());
            CHECK(process->exitCode() == 0);
        }
    }

    const CliResult stats =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.json()
              .object()
              .value(QStringLiteral("tables"))
              .toObject()
              .value(QStringLiteral("customers"))
              .toInt() == 50 + kWorkers * kRounds);
    CHECK(stats.json().object().value(QStringLiteral("mode")).toString() ==
          QStringLiteral("shared"));

    for (int worker = 0; worker < kWorkers; ++worker) {
        const CliResult found =
            runCli({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("find"),
                    QStringLiteral("Worker%1").arg(worker), QStringLiteral("--json")});
        REQUIRE(found.exitCode == 0);
        CHECK(found.json().array().size() == kRounds);
    }
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
}
