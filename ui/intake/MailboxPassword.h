#pragma once

#include <QCoreApplication>
#include <QString>

namespace showroom {

// The mailbox password of this desk: in the system keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through qtkeychain, or, where this computer has none, in
// the settings file, which the user is warned about.
class MailboxPassword {
    Q_DECLARE_TR_FUNCTIONS(MailboxPassword)

public:
    struct Stored {
        QString password;
        bool inSettingsFile = false; // no keychain: kept in the settings file in plain text
        QString error;               // could be stored nowhere; translated
    };

    static Stored read(const QString& accountKey);
    static Stored write(const QString& accountKey, const QString& password);
    // Removes the password kept for an account this desk no longer uses, wherever it is.
    static void forget(const QString& accountKey);
    // Tests: skip the keychain (as on a computer without one).
    static void setKeychainEnabled(bool enabled);

    // What the settings page says when the password is in the settings file.
    static QString settingsFileWarning();
};

} // namespace showroom
