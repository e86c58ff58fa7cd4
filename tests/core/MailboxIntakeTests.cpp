// The mailbox channel against a real IMAP server (dovecot on loopback, started by the test):
// unread messages become leads exactly once, are marked seen (flagged when nothing in them was
// usable), and nothing is lost while the server or the database is unavailable.

#include "../support/DovecotServer.h"
#include "Fixtures.h"
#include "net/ImapClient.h"
#include "services/MailboxIntake.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace showroom;
using namespace showroom::test;

namespace {

QByteArray emlFile(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/eml/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray inquiry(const QString& messageId, const QString& from, const QString& body)
{
    return QStringLiteral("From: %1\r\nTo: verkauf@autohaus.example\r\nSubject: Inquiry\r\n"
                          "Message-ID: <%2>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n\r\n%3\r\n")
        .arg(from, messageId, body)
        .toUtf8();
}

qint64 scalar(Fixture& f, const QString& query)
{
    auto value = sql::scalar(f.db->sql(), query);
    REQUIRE(value);
    return value->toLongLong();
}

MailboxAccount account(const DovecotServer& server, const QString& password = {})
{
    return {*MailboxAddress::parse(server.url()), DovecotServer::login(),
            password.isEmpty() ? DovecotServer::password() : password, QString()};
}

std::vector<qint64> search(const DovecotServer& server, const char* criteria)
{
    ImapClient client(account(server));
    auto found = client.search(QLatin1String(criteria));
    REQUIRE(found);
    return *found;
}

struct RunningServer {
    DovecotServer server;
    RunningServer()
    {
        const bool started = server.start();
        INFO(server.log().toStdString());
        REQUIRE(started);
    }
};

} // namespace

TEST_CASE("messages delivered to the mailbox become leads exactly once", "[intake][imap]")
{
    Fixture f;
    RunningServer imap;
    f.setSetting(QStringLiteral("intake.providers"), QStringLiteral("CallTrack=phone"));
    REQUIRE(imap.server.deliver(emlFile("adf-attachment.eml"))); // two ADF prospects
    REQUIRE(imap.server.deliver(inquiry(QStringLiteral("q1@example.org"),
                                        QStringLiteral("Olga Berg <olga@example.org>"),
                                        QStringLiteral("Is the estate car still there?"))));
    REQUIRE(imap.server.deliver(inquiry(QStringLiteral("empty@example.org"), QStringLiteral("<>"),
                                        QStringLiteral("no contact at all"))));
    IntakeOptions options;
    options.channelSourceKey = QStringLiteral("web_form");
    MailboxIntake intake(f.context(), account(imap.server));

    const MailboxPoll first = intake.pollOnce(f.admin, options);
    INFO((first.error ? first.error->message : QString()).toStdString());
    REQUIRE_FALSE(first.error);
    REQUIRE(first.messages.size() == 3);
    CHECK(first.leads() == 3);
    CHECK(first.waiting == 0);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads")) == 3);
    // ADF provider names map to sources; a message without ADF gets the channel's source.
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads l JOIN sources s ON s.id = "
                                   "l.source_id WHERE s.key = 'phone'")) == 2);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads l JOIN sources s ON s.id = "
                                   "l.source_id WHERE s.key = 'web_form'")) == 1);
    // The original is kept with each lead; the leads wait unassigned with the clock running.
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM attachments WHERE owner_kind = 'lead' "
                                   "AND file_name LIKE 'INBOX-%.eml'")) == 3);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads WHERE consultant_id IS NULL "
                                   "AND response_due_at IS NOT NULL")) == 3);
    // Everything read is marked seen; the unusable message is flagged for a person.
    CHECK(search(imap.server, "UNSEEN").empty());
    CHECK(search(imap.server, "FLAGGED") == std::vector<qint64>{first.messages[2].uid});
    CHECK(first.messages[2].report.count(IntakeOutcome::Rejected) == 1);

    // Polling again finds nothing new.
    const MailboxPoll second = intake.pollOnce(f.admin, options);
    REQUIRE_FALSE(second.error);
    CHECK(second.messages.empty());

    // The same message delivered again (same Message-ID) is no second lead.
    REQUIRE(imap.server.deliver(emlFile("adf-attachment.eml")));
    const MailboxPoll third = intake.pollOnce(f.admin, options);
    REQUIRE_FALSE(third.error);
    REQUIRE(third.messages.size() == 1);
    CHECK(third.messages[0].report.count(IntakeOutcome::Duplicate) == 2);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads")) == 3);
    CHECK(search(imap.server, "UNSEEN").empty());
}

TEST_CASE("the mailbox import goes on once an unreachable server is back", "[intake][imap]")
{
    Fixture f;
    DovecotServer server; // not started yet: nothing listens on its port
    IntakeOptions options;
    MailboxIntake intake(f.context(), account(server));

    const MailboxPoll down = intake.pollOnce(f.admin, options);
    REQUIRE(down.error);
    CHECK(down.error->code == ErrorCode::Io);
    CHECK(down.error->message.contains(QStringLiteral("cannot be reached")));
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads")) == 0);

    REQUIRE(server.start());
    REQUIRE(server.deliver(inquiry(QStringLiteral("q2@example.org"),
                                   QStringLiteral("Paul Kern <paul@example.org>"),
                                   QStringLiteral("Call me: 0151 44455566"))));
    const MailboxPoll up = intake.pollOnce(f.admin, options);
    INFO((up.error ? up.error->message : QString()).toStdString());
    REQUIRE_FALSE(up.error);
    CHECK(up.leads() == 1);
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads")) == 1);
}

TEST_CASE("a wrong password or a busy database leaves the messages unread", "[intake][imap]")
{
    Fixture f(StorageMode::Shared);
    RunningServer imap;
    REQUIRE(imap.server.deliver(inquiry(QStringLiteral("q3@example.org"),
                                        QStringLiteral("Rita Vogel <rita@example.org>"),
                                        QStringLiteral("Leasing offer, please"))));
    IntakeOptions options;

    const MailboxPoll refused =
        MailboxIntake(f.context(), account(imap.server, QStringLiteral("wrong")))
            .pollOnce(f.admin, options);
    REQUIRE(refused.error);
    CHECK(refused.error->code == ErrorCode::AuthenticationFailed);
    CHECK(search(imap.server, "UNSEEN").size() == 1);

    // Another desk holds the write lock for the whole poll.
    auto desk = f.openAnotherDesk(50);
    ServiceContext atDesk{*desk, f.clock, nullptr};
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(f.path()).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const MailboxPoll busy = MailboxIntake(atDesk, account(imap.server)).pollOnce(f.admin, options);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    REQUIRE(busy.error);
    CHECK(busy.messages.empty());
    CHECK(search(imap.server, "UNSEEN").size() == 1); // read, then marked unread again

    const MailboxPoll later =
        MailboxIntake(atDesk, account(imap.server)).pollOnce(f.admin, options);
    REQUIRE_FALSE(later.error);
    CHECK(later.leads() == 1);
    CHECK(search(imap.server, "UNSEEN").empty());
}

TEST_CASE("mailbox addresses: TLS unless on this machine, no credentials in the address",
          "[intake][imap]")
{
    auto secure = MailboxAddress::parse(QStringLiteral("imaps://mail.autohaus.example/Leads"));
    REQUIRE(secure);
    CHECK(secure->folder == QStringLiteral("Leads"));
    CHECK(secure->requiresTls());
    CHECK(secure->messageUrl(7) == QStringLiteral("imaps://mail.autohaus.example/Leads/;UID=7"));
    auto starttls = MailboxAddress::parse(QStringLiteral("imap://mail.autohaus.example:143"));
    REQUIRE(starttls);
    CHECK(starttls->folder == QStringLiteral("INBOX"));
    CHECK(starttls->requiresTls());
    for (const char* local :
         {"imap://127.0.0.1:1143/INBOX", "imap://localhost/INBOX", "imap://[::1]:1143/INBOX"}) {
        auto address = MailboxAddress::parse(QLatin1String(local));
        REQUIRE(address);
        CHECK_FALSE(address->requiresTls());
    }
    CHECK_FALSE(MailboxAddress::parse(QStringLiteral("https://mail.autohaus.example/")));
    CHECK_FALSE(MailboxAddress::parse(QStringLiteral("imaps://anna:secret@mail.example/")));
    CHECK_FALSE(MailboxAddress::parse(QStringLiteral("imaps:///INBOX")));
}

TEST_CASE("search answers and the retry schedule", "[intake][imap]")
{
    CHECK(parseSearchResponse("* SEARCH 5 3 12\r\nA4 OK done\r\n") ==
          std::vector<qint64>{3, 5, 12});
    CHECK(parseSearchResponse("* SEARCH\r\n").empty());
    CHECK(parseSearchResponse("* OK [UNSEEN 4]\r\n").empty());
    CHECK(secondsUntilNextPoll(300, 0) == 300);
    CHECK(secondsUntilNextPoll(300, 1) == 30);
    CHECK(secondsUntilNextPoll(300, 2) == 60);
    CHECK(secondsUntilNextPoll(300, 4) == 240);
    CHECK(secondsUntilNextPoll(300, 5) == 300);
    CHECK(secondsUntilNextPoll(300, 50) == 300);
}

TEST_CASE("the mailbox is read over TLS, and a certificate nobody vouches for is refused",
          "[intake][imap]")
{
    Fixture f;
    DovecotServer server(DovecotServer::Tls::Implicit);
    const bool started = server.start();
    INFO(server.log().toStdString());
    REQUIRE(started);
    REQUIRE(server.deliver(inquiry(QStringLiteral("tls@example.org"),
                                   QStringLiteral("Nora Stein <nora@example.org>"),
                                   QStringLiteral("Winter tyres for my car?"))));
    MailboxAccount trusting = account(server);
    REQUIRE(trusting.address.scheme == QStringLiteral("imaps"));

    // The server's certificate is its own: without it, nothing is sent, not even the login.
    const MailboxPoll untrusted = MailboxIntake(f.context(), trusting).pollOnce(f.admin, {});
    REQUIRE(untrusted.error);
    INFO(untrusted.error->message.toStdString());
    CHECK(untrusted.error->message.contains(QStringLiteral("does not trust")));
    CHECK(untrusted.error->message.contains(QStringLiteral("server certificate")));

    // A certificate file that is not one is named in the error.
    QTemporaryDir scratch;
    const QString notPem = scratch.filePath(QStringLiteral("server.pem"));
    QFile garbage(notPem);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();
    trusting.caFile = notPem;
    const MailboxPoll badFile = MailboxIntake(f.context(), trusting).pollOnce(f.admin, {});
    REQUIRE(badFile.error);
    INFO(badFile.error->message.toStdString());
    CHECK(badFile.error->message.contains(QDir::toNativeSeparators(notPem)));
    CHECK(scalar(f, QStringLiteral("SELECT count(*) FROM leads")) == 0);

    trusting.caFile = server.certificateFile();
    const MailboxPoll poll = MailboxIntake(f.context(), trusting).pollOnce(f.admin, {});
    INFO((poll.error ? poll.error->message : QString()).toStdString());
    REQUIRE_FALSE(poll.error);
    CHECK(poll.leads() == 1);
}
