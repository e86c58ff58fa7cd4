// Emails as .eml files: headers with encoded words, multipart trees, base64 and
// quoted-printable bodies, charsets, attachment names.

#include "io/Mime.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace showroom;

namespace {

mime::Message message(const char* name)
{
    QFile file(QStringLiteral(SHOWROOM_TEST_DATA "/intake/eml/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return mime::parse(file.readAll());
}

} // namespace

TEST_CASE("an email's headers are decoded: encoded words, sender, date, Message-ID",
          "[intake][mime]")
{
    const mime::Message m = message("plain-inquiry.eml");
    CHECK(m.fromName == QStringLiteral("Greta Zimmermann"));
    CHECK(m.fromAddress == QStringLiteral("greta.zimmermann@example.org"));
    CHECK(m.subject == QStringLiteral("Probefahrt für den Octavia"));
    CHECK(m.messageId == QStringLiteral("CAF=greta.1@mail.example.org"));
    CHECK(m.date.toUTC() == QDateTime(QDate(2026, 11, 23), QTime(8, 12), Qt::UTC));
    REQUIRE(m.parts.size() == 1);
    CHECK(m.bodyText().contains(QStringLiteral("ich interessiere mich für eine Probefahrt")));

    CHECK(mime::decodeHeader("=?iso-8859-1?Q?J=FCrgen_M=FCller?= <jm@example.de>") ==
          QStringLiteral("Jürgen Müller <jm@example.de>"));
    // White space between two encoded words belongs to neither.
    CHECK(mime::decodeHeader("=?UTF-8?Q?Stra=C3=9Fe?= =?UTF-8?Q?_5?=") ==
          QStringLiteral("Straße 5"));
    CHECK(mime::decodeHeader("plain words") == QStringLiteral("plain words"));
}

TEST_CASE("quoted-printable and base64 bodies and nested multiparts are decoded", "[intake][mime]")
{
    const mime::Message body = message("adf-in-body.eml");
    REQUIRE(body.parts.size() == 1);
    CHECK(body.subject == QStringLiteral("Neue Anfrage: Škoda Kodiaq"));
    CHECK(body.parts[0].text().contains(QStringLiteral("<name part=\"last\">Weiß</name>")));
    CHECK(body.parts[0].text().contains(QStringLiteral("Rückruf am Abend – danke!")));

    const mime::Message mixed = message("adf-attachment.eml");
    REQUIRE(mixed.parts.size() == 3); // text, html, the attachment
    CHECK(mixed.parts[0].contentType == QStringLiteral("text/plain"));
    CHECK(mixed.parts[1].contentType == QStringLiteral("text/html"));
    CHECK(mixed.parts[2].fileName == QStringLiteral("calls – Monday.xml"));
    CHECK(mixed.parts[2].body.contains("<id source=\"CallTrack\">ct-2</id>"));
    CHECK(mixed.bodyText() == QStringLiteral("Two calls came in; the details are attached."));

    const mime::Message html = message("html-no-message-id.eml");
    CHECK(html.fromAddress == QStringLiteral("bernd.schulz@example.net"));
    CHECK(html.messageId.isEmpty());
    CHECK(html.bodyText().contains(
        QStringLiteral("Superb – Preis bis 40.000 €.\nTel. 0172 5556677")));
}

TEST_CASE("text that is not an email is one plain part", "[intake][mime]")
{
    for (const QByteArray& raw : {QByteArray(), QByteArray("no headers here\nat all"),
                                  QByteArray("Content-Type: multipart/mixed; boundary=x\n\n--x\n"),
                                  QByteArray("Subject: a\nContent-Type: multipart/mixed; "
                                             "boundary=\"b\"\n\n--b\nContent-Type: message/rfc822"
                                             "\n\n--b--")}) {
        const mime::Message m = mime::parse(raw);
        INFO(raw.toStdString());
        CHECK(m.parts.size() <= 2);
    }
}
