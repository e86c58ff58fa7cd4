#pragma once

#include <QString>

namespace showroom {

// The intake channels this desk runs (AppSettings, not the shared database: a folder path is
// this computer's, and only the desks set up for it should poll the mailbox). Where their
// leads are attributed is the dealership's setting (intake.folder.source, ...).
struct IntakeDeskSettings {
    bool folderEnabled = false;
    QString folder;
    bool mailboxEnabled = false;
    QString mailboxUrl; // imaps://host/INBOX
    QString mailboxLogin;
    QString mailboxCaFile;  // PEM certificates to trust besides the system's; usually empty
    int mailboxMinutes = 5; // between polls

    static IntakeDeskSettings load();
    void save() const;
    // The key under which the mailbox password is kept: login and server, never the password.
    QString mailboxAccountKey() const;
};

} // namespace showroom
