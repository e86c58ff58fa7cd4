#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace showroom::test {

// A real IMAP server for tests: Debian's dovecot, started on a free loopback port with a
// throwaway configuration, one user (sales / secret) with a Maildir inbox. Plain IMAP (allowed
// on loopback), or with Tls::Implicit IMAP over TLS only (imaps://localhost) with a certificate
// made for the run (certificateFile()). Stopped, and its folder removed, when the object goes.
class DovecotServer {
public:
    enum class Tls { Off, Implicit };
    explicit DovecotServer(Tls tls = Tls::Off);
    ~DovecotServer();

    // Starts the server and waits until it accepts connections; false (with log()) on failure.
    bool start();
    void stop();
    bool isRunning() const;

    // Delivers a message to the inbox, unread, as the mail system would.
    bool deliver(const QByteArray& message);

    int port() const { return m_port; } // chosen before the start, so known while stopped
    QString url() const;                // imap://127.0.0.1:PORT/INBOX, imaps://localhost:PORT/INBOX
    QString certificateFile() const;    // the server's self-signed certificate (Tls::Implicit)
    static QString login() { return QStringLiteral("sales"); }
    static QString password() { return QStringLiteral("secret"); }
    QString log(); // dovecot's log and output, for failure messages

private:
    bool writeConfig();
    bool makeCertificate();

    Tls m_tls = Tls::Off;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_delivered = 0;
};

} // namespace showroom::test
