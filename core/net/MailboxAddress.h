#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace showroom {

// An IMAP mailbox: imaps://host[:port]/FOLDER (TLS from the start), or imap://host[:port]/FOLDER
// which must switch to TLS (STARTTLS), unless the host is this machine (127.0.0.1, ::1,
// localhost), where a plain connection is allowed. The folder defaults to INBOX.
struct MailboxAddress {
    Q_DECLARE_TR_FUNCTIONS(MailboxAddress)

public:
    QString scheme; // imap, imaps
    QString host;
    int port = 0;   // 0: the scheme's (143, 993)
    QString folder; // INBOX

    static Result<MailboxAddress> parse(const QString& url);

    bool isLoopback() const;
    bool requiresTls() const { return !isLoopback(); }
    // The URL of the folder, and of one message in it by its UID.
    QString folderUrl() const;
    QString messageUrl(qint64 uid) const;
    // For status lines and logs: scheme://host:port/folder, never credentials.
    QString display() const { return folderUrl(); }
};

struct MailboxAccount {
    MailboxAddress address;
    QString login;
    QString password;
    QString caFile; // PEM certificates to trust besides the system's (a private mail server)
};

} // namespace showroom
