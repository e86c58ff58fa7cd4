#include "MailboxPassword.h"

#include "common/AppSettings.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace showroom {

namespace {

bool g_keychainEnabled = true;
const QString kService = QStringLiteral("Showroom CRM mailbox");
constexpr int kKeychainTimeoutMs = 10000;

QString settingsKey(const QString& accountKey)
{
    return QStringLiteral("intake/mailboxPasswords/") +
           QString::fromLatin1(accountKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// Runs a keychain job to its end; false when there is no keychain or it failed.
bool runJob(QKeychain::Job& job, QString* error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *error = MailboxPassword::tr("The system keychain did not answer.");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

void MailboxPassword::setKeychainEnabled(bool enabled)
{
    g_keychainEnabled = enabled;
}

QString MailboxPassword::settingsFileWarning()
{
    return tr("This computer has no system keychain: the mailbox password is kept in the "
              "settings file %1 in plain text. Anyone who can read your files can read it.")
        .arg(AppSettings().fileName());
}

MailboxPassword::Stored MailboxPassword::read(const QString& accountKey)
{
    Stored stored;
    AppSettings settings;
    if (settings.contains(settingsKey(accountKey))) {
        stored.password = settings.value(settingsKey(accountKey)).toString();
        stored.inSettingsFile = true;
        return stored;
    }
    if (!g_keychainEnabled)
        return stored;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(accountKey);
    if (runJob(job, &stored.error))
        stored.password = job.textData();
    else if (job.error() == QKeychain::EntryNotFound)
        stored.error.clear();
    return stored;
}

MailboxPassword::Stored MailboxPassword::write(const QString& accountKey, const QString& password)
{
    Stored stored;
    stored.password = password;
    AppSettings settings;
    QString keychainError;
    if (g_keychainEnabled) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(accountKey);
        job.setTextData(password);
        if (runJob(job, &keychainError)) {
            settings.remove(settingsKey(accountKey)); // an older copy in the file goes
            return stored;
        }
    }
    settings.setValue(settingsKey(accountKey), password);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        stored.error = tr("The mailbox password could not be stored: %1")
                           .arg(keychainError.isEmpty() ? settings.fileName() : keychainError);
        return stored;
    }
    stored.inSettingsFile = true;
    return stored;
}

void MailboxPassword::forget(const QString& accountKey)
{
    AppSettings().remove(settingsKey(accountKey));
    if (!g_keychainEnabled)
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(accountKey);
    QString ignored; // nothing there is as good as removed
    runJob(job, &ignored);
}

} // namespace showroom
