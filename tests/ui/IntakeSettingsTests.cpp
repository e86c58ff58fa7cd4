// Settings › Lead intake: the channels' sources and campaigns, ADF provider names, and this
// desk's folder and mailbox, whose watcher brings leads in and shows how it is doing.
// `showroom_ui_tests "[.shots]"` also renders the tab to $SHOWROOM_SHOTS_DIR (or /tmp).
#include "../support/DovecotServer.h"
#include "PipelineDesk.h"
#include "TestSupport.h"
#include "common/AppSettings.h"
#include "common/MessageBoxes.h"
#include "intake/IntakeDeskSettings.h"
#include "intake/IntakeWatcher.h"
#include "intake/MailboxPassword.h"
#include "settings/IntakeForm.h"
#include "settings/ProviderSourceTable.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

// This desk's intake settings start empty and are left empty.
struct CleanDesk {
    CleanDesk()
    {
        AppSettings().remove(QStringLiteral("intake"));
        MailboxPassword::setKeychainEnabled(false); // as on a computer without a keychain
    }
    ~CleanDesk() { AppSettings().remove(QStringLiteral("intake")); }
};

qint64 leads(PipelineDesk& desk)
{
    return sql::scalar(desk.data.db().sql(), QStringLiteral("SELECT count(*) FROM leads"))
        ->toLongLong();
}

QString setting(PipelineDesk& desk, const char* key)
{
    return sql::scalar(desk.data.db().sql(),
                       QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                       {QLatin1String(key)})
        ->toString();
}

// This desk checks the test server's mailbox (and watches a folder, when given one).
void useMailbox(const DovecotServer& server, const QString& folder = {})
{
    IntakeDeskSettings settings;
    settings.folderEnabled = !folder.isEmpty();
    settings.folder = folder;
    settings.mailboxEnabled = true;
    settings.mailboxUrl = server.url();
    settings.mailboxLogin = DovecotServer::login();
    settings.save();
    REQUIRE(MailboxPassword::write(settings.mailboxAccountKey(), DovecotServer::password())
                .error.isEmpty());
}

} // namespace

TEST_CASE("The lead intake settings store the channels' sources, the providers and this desk's "
          "mailbox, warning when the password goes to the settings file",
          "[ui][intake]")
{
    CleanDesk clean;
    PipelineDesk desk;
    REQUIRE(sql::run(desk.data.db().sql(),
                     QStringLiteral("INSERT INTO campaigns (source_id, name) SELECT id, "
                                    "'Winter offers' FROM sources WHERE key = 'portal'")));
    QTemporaryDir folder;
    IntakeForm form(desk.session(desk.max));
    CHECK(form.isEditable());

    QComboBox* source = form.sourceBox(IntakeChannel::Mailbox);
    source->setCurrentIndex(source->findData(QStringLiteral("portal")));
    Q_EMIT source->activated(source->currentIndex());
    QComboBox* campaign = form.campaignBox(IntakeChannel::Mailbox);
    REQUIRE(campaign->count() == 2); // none, and the portal's campaign
    campaign->setCurrentIndex(1);
    Q_EMIT campaign->activated(1);
    QTest::mouseClick(form.providers()->addButton(), Qt::LeftButton);
    form.providers()->table()->item(0, 0)->setText(QStringLiteral("AutoScout24"));
    auto* providerSource = qobject_cast<QComboBox*>(form.providers()->table()->cellWidget(0, 1));
    providerSource->setCurrentIndex(providerSource->findData(QStringLiteral("event")));

    form.folderEnabled()->setChecked(true);
    form.folderPath()->setText(folder.path());
    form.mailboxEnabled()->setChecked(true);
    form.mailboxUrl()->setText(QStringLiteral("imap://mail.autohaus.example"));
    QTest::keyClicks(form.mailboxLogin(), QStringLiteral("leads"));
    QTest::keyClicks(form.mailboxPassword(), QStringLiteral("s3cret"));
    CHECK(form.hasUnsavedChanges());
    REQUIRE(form.save());

    CHECK(setting(desk, "intake.mailbox.source") == QStringLiteral("portal"));
    CHECK(setting(desk, "intake.mailbox.campaign") == campaign->currentData().toString());
    CHECK(setting(desk, "intake.providers") == QStringLiteral("AutoScout24=event"));
    const IntakeDeskSettings saved = IntakeDeskSettings::load();
    CHECK(saved.folderEnabled);
    CHECK(saved.folder == folder.path());
    CHECK(saved.mailboxUrl == QStringLiteral("imap://mail.autohaus.example"));
    CHECK(saved.mailboxLogin == QStringLiteral("leads"));
    const MailboxPassword::Stored password = MailboxPassword::read(saved.mailboxAccountKey());
    CHECK(password.password == QStringLiteral("s3cret"));
    CHECK(password.inSettingsFile);
    CHECK_FALSE(form.passwordWarning()->isHidden());
    CHECK(form.mailboxPassword()->text().isEmpty()); // never shown again

    // A mailbox address that is not one, or a folder that does not exist, is refused.
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    form.mailboxUrl()->setText(QStringLiteral("https://mail.autohaus.example"));
    Q_EMIT form.mailboxUrl()->textEdited(form.mailboxUrl()->text());
    CHECK_FALSE(form.save());
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors[0].contains(QStringLiteral("is not a mailbox address")));
    form.mailboxUrl()->setText(QStringLiteral("imaps://mail.autohaus.example"));
    form.folderPath()->setText(folder.filePath(QStringLiteral("missing")));
    CHECK_FALSE(form.save());
    REQUIRE(boxes.errors.size() == 2);
    CHECK(boxes.errors[1].contains(QStringLiteral("does not exist")));
    CHECK(IntakeDeskSettings::load().mailboxUrl == QStringLiteral("imap://mail.autohaus.example"));
}

TEST_CASE("A changed mailbox login keeps its password under the new account and leaves none "
          "behind",
          "[ui][intake]")
{
    CleanDesk clean;
    PipelineDesk desk;
    IntakeDeskSettings before;
    before.mailboxEnabled = true;
    before.mailboxUrl = QStringLiteral("imaps://mail.autohaus.example/INBOX");
    before.mailboxLogin = QStringLiteral("leads");
    before.save();
    REQUIRE(MailboxPassword::write(before.mailboxAccountKey(), QStringLiteral("s3cret"))
                .error.isEmpty());

    IntakeForm form(desk.session(desk.max));
    form.mailboxLogin()->setText(QStringLiteral("internet-leads"));
    Q_EMIT form.mailboxLogin()->textEdited(form.mailboxLogin()->text());
    REQUIRE(form.save());

    const IntakeDeskSettings after = IntakeDeskSettings::load();
    CHECK(after.mailboxLogin == QStringLiteral("internet-leads"));
    CHECK(MailboxPassword::read(after.mailboxAccountKey()).password == QStringLiteral("s3cret"));
    CHECK(MailboxPassword::read(before.mailboxAccountKey()).password.isEmpty());
    AppSettings settings;
    settings.beginGroup(QStringLiteral("intake/mailboxPasswords"));
    CHECK(settings.childKeys().size() == 1);
}

TEST_CASE("A mail server with its own certificate is trusted once the desk names that certificate",
          "[ui][intake][imap]")
{
    CleanDesk clean;
    PipelineDesk desk;
    DovecotServer server(DovecotServer::Tls::Implicit);
    const bool started = server.start();
    INFO(server.log().toStdString());
    REQUIRE(started);
    REQUIRE(server.deliver(
        QByteArrayLiteral("From: Ida Berg <ida.berg@example.org>\r\nSubject: Test drive\r\n"
                          "Message-ID: <tls-desk-1@example.org>\r\n\r\nSaturday?\r\n")));
    useMailbox(server);

    MainWindow window(desk.session(desk.max));
    IntakeWatcher* watcher = window.intakeWatcher();
    watcher->pollMailboxNow();
    REQUIRE(watcher->waitUntilIdle(20000));
    CHECK(watcher->mailboxText().contains(QStringLiteral("does not trust")));
    const qint64 before = leads(desk);

    IntakeForm form(desk.session(desk.max));
    form.setWatcher(watcher);
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    form.mailboxCaFile()->setText(server.certificateFile() + QStringLiteral(".missing"));
    Q_EMIT form.mailboxCaFile()->textEdited(form.mailboxCaFile()->text());
    CHECK_FALSE(form.save());
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors[0].contains(QStringLiteral("cannot be read")));

    form.mailboxCaFile()->setText(server.certificateFile());
    REQUIRE(form.save()); // restarts the watcher with the certificate
    CHECK(IntakeDeskSettings::load().mailboxCaFile == server.certificateFile());
    CHECK(QTest::qWaitFor([&] { return leads(desk) > before; }, 20000));
    REQUIRE(watcher->waitUntilIdle(20000));
    INFO(watcher->mailboxText().toStdString());
    CHECK(watcher->mailboxStatus().problem.isEmpty());
    CHECK(leads(desk) == before + 1);
    CHECK(boxes.errors.size() == 1);
}

TEST_CASE("The desk's intake watcher brings mailbox and folder leads in and shows problems",
          "[ui][intake][imap]")
{
    CleanDesk clean;
    PipelineDesk desk;
    DovecotServer server; // started later: first it is down
    QTemporaryDir folder;
    useMailbox(server, folder.path());

    MainWindow window(desk.session(desk.max));
    IntakeWatcher* watcher = window.intakeWatcher();
    REQUIRE(watcher->mailboxStatus().enabled);
    watcher->pollMailboxNow(); // the first poll is due at once
    REQUIRE(watcher->waitUntilIdle(20000));
    CHECK(watcher->mailboxStatus().failuresInARow == 1);
    CHECK(watcher->mailboxText().contains(QStringLiteral("cannot be reached")));
    CHECK(watcher->mailboxText().contains(QStringLiteral("next try at")));
    CHECK(window.statusBarText().contains(QStringLiteral("Lead intake: mailbox not working")));

    REQUIRE(server.start());
    REQUIRE(server.deliver(
        QByteArrayLiteral("From: Mila Roth <mila.roth@example.org>\r\nSubject: Family car\r\n"
                          "Message-ID: <family-1@example.org>\r\n\r\nPlease call me back.\r\n")));
    const qint64 before = leads(desk);
    watcher->pollMailboxNow();
    REQUIRE(watcher->waitUntilIdle(20000));
    INFO(watcher->mailboxText().toStdString());
    CHECK(watcher->mailboxStatus().problem.isEmpty());
    CHECK(watcher->mailboxStatus().lastArrivalLeads == 1);
    CHECK(leads(desk) == before + 1);
    CHECK(watcher->mailboxText().contains(QStringLiteral("came in")));

    QFile dropped(folder.filePath(QStringLiteral("walkin.vcf")));
    REQUIRE(dropped.open(QIODevice::WriteOnly));
    dropped.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Timo Kraus\r\nTEL;TYPE=CELL:+49 171 5550101\r\n"
                  "END:VCARD\r\n");
    dropped.close();
    REQUIRE(dropped.open(QIODevice::ReadWrite));
    REQUIRE(dropped.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                QFileDevice::FileModificationTime));
    dropped.close();
    watcher->runFolderNow();
    CHECK(watcher->folderStatus().running); // on a thread of its own: the window stays usable
    REQUIRE(watcher->waitUntilIdle(20000));
    CHECK(leads(desk) == before + 2);
    CHECK(QFile::exists(folder.filePath(QStringLiteral("processed/walkin.vcf"))));
    CHECK(watcher->folderText().contains(QStringLiteral("came in")));
}

TEST_CASE("Lead intake settings screenshot", "[.shots]")
{
    CleanDesk clean;
    PipelineDesk desk;
    IntakeDeskSettings settings;
    settings.folderEnabled = true;
    settings.folder = QStringLiteral("/srv/showroom/intake");
    settings.mailboxEnabled = true;
    settings.mailboxUrl = QStringLiteral("imap://127.0.0.1:1/INBOX");
    settings.mailboxLogin = QStringLiteral("leads@autohaus.example");
    settings.save();
    MailboxPassword::write(settings.mailboxAccountKey(), QStringLiteral("x"));
    REQUIRE(sql::run(desk.data.db().sql(),
                     QStringLiteral("UPDATE settings SET value = 'AutoScout24=portal\nmobile.de="
                                    "portal\nCallTrack=phone' WHERE key = 'intake.providers'")));
    MainWindow window(desk.session(desk.max));
    window.intakeWatcher()->pollMailboxNow();
    window.intakeWatcher()->waitUntilIdle(20000);
    window.showPage(MainWindow::Page::Settings);
    window.settingsPage()->showSection(SettingsPage::Section::Intake);
    window.resize(1180, 1040);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QString shots = qEnvironmentVariable("SHOWROOM_SHOTS_DIR");
    if (shots.isEmpty())
        shots = QStringLiteral("/tmp");
    CHECK(window.grab().save(shots + QStringLiteral("/settings-intake.png")));
}

// Needs a session bus with an unlocked Secret Service, e.g.
//   dbus-run-session -- sh -c 'echo x | gnome-keyring-daemon --unlock --components=secrets &&
//       showroom_ui_tests "[.keychain]"'
TEST_CASE("The mailbox password goes to the system keychain where there is one", "[.keychain]")
{
    CleanDesk clean;
    MailboxPassword::setKeychainEnabled(true);
    const QString account = QStringLiteral("keychain-test@imaps://mail.example/INBOX");
    const MailboxPassword::Stored written =
        MailboxPassword::write(account, QStringLiteral("k3ychain"));
    INFO(written.error.toStdString());
    CHECK(written.error.isEmpty());
    CHECK_FALSE(written.inSettingsFile);
    CHECK_FALSE(AppSettings().allKeys().join(u' ').contains(QStringLiteral("mailboxPasswords")));
    const MailboxPassword::Stored read = MailboxPassword::read(account);
    CHECK(read.password == QStringLiteral("k3ychain"));
    CHECK_FALSE(read.inSettingsFile);
    MailboxPassword::forget(account);
    const MailboxPassword::Stored forgotten = MailboxPassword::read(account);
    CHECK(forgotten.password.isEmpty());
    CHECK(forgotten.error.isEmpty());
    MailboxPassword::setKeychainEnabled(false);
}
