// intake imap --once against a real IMAP server (dovecot on loopback, started by the test).
#include "../support/DovecotServer.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

TEST_CASE("intake imap turns unread messages into leads once and reports an unreachable server",
          "[cli][intake][imap]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mailbox.sqlite"));
    REQUIRE(runOn(db, {},
                  {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode == 0);
    const QString passwordFile = dir.filePath(QStringLiteral("imap-password"));
    {
        QFile file(passwordFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(DovecotServer::password().toUtf8() + "\n");
    }
    DovecotServer server;
    const QStringList poll{QStringLiteral("intake"),          QStringLiteral("imap"),
                           QStringLiteral("--url"),           server.url(),
                           QStringLiteral("--login"),         DovecotServer::login(),
                           QStringLiteral("--password-file"), passwordFile,
                           QStringLiteral("--once"),          QStringLiteral("--json")};

    // Nothing listens yet: a clear error and exit code 1.
    const CliResult down = runOn(db, QStringLiteral("reception"), poll);
    CHECK(down.exitCode == 1);
    const QJsonObject downJson = down.json().object();
    CHECK(downJson.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("cannot be reached")));

    const bool started = server.start();
    INFO(server.log().toStdString());
    REQUIRE(started);
    REQUIRE(server.deliver(QByteArrayLiteral(
        "From: Lena Falk <lena.falk@example.org>\r\nSubject: Test drive\r\n"
        "Message-ID: <td-1@example.org>\r\n\r\nCan I drive the hybrid on Saturday?\r\n")));
    const CliResult first = runOn(db, QStringLiteral("reception"), poll);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject report = first.json().object();
    CHECK(report.value(QStringLiteral("leads")).toInt() == 1);
    const QJsonObject record = report.value(QStringLiteral("messages"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("records"))
                                   .toArray()[0]
                                   .toObject();
    CHECK(record.value(QStringLiteral("outcome")).toString() == QStringLiteral("created"));
    CHECK(record.value(QStringLiteral("external_id")).toString() ==
          QStringLiteral("mail:td-1@example.org"));

    // Marked seen: the next poll finds nothing.
    const CliResult second = runOn(db, QStringLiteral("reception"), poll);
    REQUIRE(second.exitCode == 0);
    CHECK(second.json().object().value(QStringLiteral("messages")).toArray().isEmpty());
}
