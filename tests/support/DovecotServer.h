#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace showroom::test {

// A real IMAP server for tests: Debian's dovecot, started on a free loopback port with a
// throwaway configuration, one user (sales / secret) with a Maildir inbox, plain IMAP (allowed
// on loopback). Stopped, and its folder removed, when the object goes.
class DovecotServer {
public:
    DovecotServer();
    ~DovecotServer();

    // Starts the server and waits until it accepts connections; false (with log()) on failure.
    bool start();
    void stop();
    bool isRunning() const;

    // Delivers a message to the inbox, unread, as the mail system would.
    bool deliver(const QByteArray& message);

    int port() const { return m_port; } // chosen before the start, so known while stopped
    QString url() const;                // imap://127.0.0.1:PORT/INBOX
    static QString login() { return QStringLiteral("sales"); }
    static QString password() { return QStringLiteral("secret"); }
    QString log(); // dovecot's log and output, for failure messages

private:
    bool writeConfig();

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_delivered = 0;
};

} // namespace showroom::test
