#include "MailboxAddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace showroom {

Result<MailboxAddress> MailboxAddress::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("imap") && scheme != QLatin1String("imaps")))
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.")
                        .arg(text.trimmed()));
    if (url.host().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("The mailbox address “%1” names no server.").arg(text.trimmed()));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Give the login and password separately, not in the mailbox address."));
    MailboxAddress address;
    address.scheme = scheme;
    address.host = url.host();
    address.port = url.port(0);
    address.folder = url.path().mid(1);
    if (address.folder.endsWith(u'/'))
        address.folder.chop(1);
    if (address.folder.isEmpty())
        address.folder = QStringLiteral("INBOX");
    if (address.folder.contains(u';') || address.folder.contains(u'?'))
        return fail(ErrorCode::InvalidInput,
                    tr("The mailbox address “%1” has more than a folder after the server.")
                        .arg(text.trimmed()));
    return address;
}

bool MailboxAddress::isLoopback() const
{
    // QtNetwork is not for the core; loopback addresses are few enough to spell out.
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127(\\.\\d{1,3}){3}$"));
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("::1") || ipv4Loopback.match(host).hasMatch();
}

QString MailboxAddress::folderUrl() const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + folder);
    return url.toString(QUrl::FullyEncoded);
}

QString MailboxAddress::messageUrl(qint64 uid) const
{
    return folderUrl() + QStringLiteral("/;UID=%1").arg(uid);
}

} // namespace showroom
