#include "DovecotServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QThread>
#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace showroom::test {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port nobody listens on now (the kernel's pick).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), length) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

// Dovecot refuses to run its login and mail processes as root: as root, they run as the
// users Debian's package creates; otherwise as whoever runs the test.
struct Accounts {
    QString internalUser, loginUser, group;
    uid_t mailUid;
    gid_t mailGid;
};

Accounts accounts()
{
    if (::geteuid() == 0) {
        const passwd* dovecot = ::getpwnam("dovecot");
        return {QStringLiteral("dovecot"), QStringLiteral("dovenull"), QStringLiteral("dovecot"),
                dovecot ? dovecot->pw_uid : 0, dovecot ? dovecot->pw_gid : 0};
    }
    const passwd* me = ::getpwuid(::geteuid());
    const group* myGroup = ::getgrgid(::getegid());
    const QString name = QString::fromLocal8Bit(me ? me->pw_name : "nobody");
    return {name, name, QString::fromLocal8Bit(myGroup ? myGroup->gr_name : "nogroup"), ::geteuid(),
            ::getegid()};
}

} // namespace

DovecotServer::DovecotServer(Tls tls) : m_tls(tls), m_port(freePort()) {}

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::url() const
{
    return m_tls == Tls::Off ? QStringLiteral("imap://127.0.0.1:%1/INBOX").arg(m_port)
                             : QStringLiteral("imaps://localhost:%1/INBOX").arg(m_port);
}

QString DovecotServer::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("server.pem"));
}

bool DovecotServer::makeCertificate()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
                   certificateFile()});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

bool DovecotServer::writeConfig()
{
    const Accounts who = accounts();
    const QString base = m_dir.path();
    for (const char* sub :
         {"run", "state", "home", "mail/sales/new", "mail/sales/cur", "mail/sales/tmp"})
        if (!QDir().mkpath(base + u'/' + QLatin1String(sub)))
            return false;
    // The mail process must write the mail folders.
    for (const char* sub :
         {"home", "mail", "mail/sales", "mail/sales/new", "mail/sales/cur", "mail/sales/tmp"})
        if (::chown(QFile::encodeName(base + u'/' + QLatin1String(sub)).constData(), who.mailUid,
                    who.mailGid) != 0)
            return false;
    QFile passwd(base + QStringLiteral("/passwd"));
    if (!passwd.open(QIODevice::WriteOnly))
        return false;
    passwd.write(QStringLiteral("%1:{PLAIN}%2\n").arg(login(), password()).toUtf8());
    passwd.close();
    const QString config =
        QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
%8
disable_plaintext_auth = no
auth_mechanisms = plain
login_trusted_networks = 127.0.0.0/8
auth_failure_delay = 0
mail_location = maildir:%1/mail/%u
default_internal_user = %2
default_login_user = %3
default_internal_group = %4
first_valid_uid = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/passwd
}
userdb {
  driver = static
  args = uid=%5 gid=%6 home=%1/home/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %7
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %9
  }
}
service anvil {
  chroot =
}
service stats {
  chroot =
}
)")
            .arg(base, who.internalUser, who.loginUser, who.group)
            .arg(who.mailUid)
            .arg(who.mailGid)
            .arg(m_tls == Tls::Off ? m_port : 0)
            .arg(m_tls == Tls::Off
                     ? QStringLiteral("ssl = no")
                     : QStringLiteral("ssl = required\nssl_cert = <%1\n"
                                      "ssl_key = <%2")
                           .arg(certificateFile(), m_dir.filePath(QStringLiteral("server.key"))))
            .arg(m_tls == Tls::Off ? 0 : m_port);
    QFile file(base + QStringLiteral("/dovecot.conf"));
    return file.open(QIODevice::WriteOnly) && file.write(config.toUtf8()) > 0;
}

bool DovecotServer::start()
{
    if (!m_dir.isValid())
        return false;
    // The test folder must be reachable by the unprivileged mail processes.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther |
                                            QFile::ReadOther | QFile::ExeGroup);
    if (m_tls == Tls::Implicit && !QFile::exists(certificateFile()) && !makeCertificate())
        return false;
    if (m_port == 0 || !writeConfig())
        return false;
    m_process.setProgram(QStringLiteral("/usr/sbin/dovecot"));
    m_process.setArguments({QStringLiteral("-F"), QStringLiteral("-c"),
                            m_dir.filePath(QStringLiteral("dovecot.conf"))});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    for (int tries = 0; tries < 100; ++tries) {
        if (accepts(m_port))
            return true;
        if (m_process.state() != QProcess::Running)
            return false;
        QThread::msleep(100);
    }
    return false;
}

void DovecotServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // A signal that arrives while dovecot is still starting its services goes unheeded: ask
    // again until it ends.
    for (int tries = 0; tries < 25 && m_process.state() != QProcess::NotRunning; ++tries) {
        m_process.terminate();
        m_process.waitForFinished(200);
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool DovecotServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool DovecotServer::deliver(const QByteArray& message)
{
    // Maildir delivery: written under tmp/, then renamed into new/ (unread).
    const QString name = QStringLiteral("%1.M%2P%3.showroom-test")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(++m_delivered)
                             .arg(::getpid());
    const QString box = m_dir.filePath(QStringLiteral("mail/sales/"));
    QFile file(box + QStringLiteral("tmp/") + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
        return false;
    file.close();
    file.setPermissions(file.permissions() | QFile::ReadOther | QFile::ReadGroup);
    return QFile::rename(box + QStringLiteral("tmp/") + name, box + QStringLiteral("new/") + name);
}

QString DovecotServer::log()
{
    QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
    const QByteArray logged = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return QString::fromLocal8Bit(logged) + QString::fromLocal8Bit(m_process.readAll());
}

} // namespace showroom::test
