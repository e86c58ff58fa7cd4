#include "ImapClient.h"

#include <QDir>
#include <QFile>
#include <curl/curl.h>
#include <mutex>

namespace showroom {

namespace {

constexpr long kConnectTimeoutSecs = 15;
constexpr long kStalledSecs = 60;

size_t collect(char* data, size_t size, size_t count, void* target)
{
    auto* bytes = static_cast<QByteArray*>(target);
    const size_t n = size * count;
    if (bytes->size() + qsizetype(n) > ImapClient::kMaxMessageBytes)
        return 0; // libcurl stops with CURLE_WRITE_ERROR
    bytes->append(data, qsizetype(n));
    return n;
}

// libcurl asks this while it works (connecting, waiting, transferring): non-zero stops it.
int progress(void* cancelled, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* flag = static_cast<const std::atomic<bool>*>(cancelled);
    return flag && flag->load() ? 1 : 0;
}

CURL* handle(void* curl)
{
    return static_cast<CURL*>(curl);
}

} // namespace

std::vector<qint64> parseSearchResponse(const QByteArray& response)
{
    std::vector<qint64> uids;
    for (const QByteArray& line : response.split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() < 2 || words[0] != "*" || words[1].toUpper() != "SEARCH")
            continue;
        for (qsizetype i = 2; i < words.size(); ++i) {
            bool ok = false;
            const qint64 uid = words[i].toLongLong(&ok);
            if (ok && uid > 0)
                uids.push_back(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

ImapClient::ImapClient(MailboxAccount account, const std::atomic<bool>* cancelled)
    : m_account(std::move(account)), m_cancelled(cancelled)
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

ImapClient::~ImapClient()
{
    if (m_curl)
        curl_easy_cleanup(handle(m_curl));
}

Result<std::vector<qint64>> ImapClient::search(const QString& criteria)
{
    auto response =
        perform(m_account.address.folderUrl(), QStringLiteral("UID SEARCH ") + criteria);
    if (!response)
        return std::unexpected(response.error());
    return parseSearchResponse(*response);
}

Result<QByteArray> ImapClient::fetch(qint64 uid)
{
    auto message = perform(m_account.address.messageUrl(uid), {});
    if (!message)
        return std::unexpected(message.error());
    if (message->isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("Message %1 is no longer in %2.").arg(uid).arg(m_account.address.display()));
    return message;
}

Result<void> ImapClient::setFlag(qint64 uid, Flag flag, bool on)
{
    const QString command =
        QStringLiteral("UID STORE %1 %2FLAGS (%3)")
            .arg(uid)
            .arg(on ? QStringLiteral("+") : QStringLiteral("-"))
            .arg(flag == Flag::Seen ? QStringLiteral("\\Seen") : QStringLiteral("\\Flagged"));
    auto done = perform(m_account.address.folderUrl(), command);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QByteArray> ImapClient::perform(const QString& url, const QString& command)
{
    if (!m_curl)
        return fail(ErrorCode::Io, tr("The mail library could not start."));
    CURL* curl = handle(m_curl);
    QByteArray response;
    char detail[CURL_ERROR_SIZE] = {};
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray login = m_account.login.toUtf8();
    const QByteArray password = m_account.password.toUtf8();
    const QByteArray request = command.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_account.caFile);
    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, login.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST,
                     request.isEmpty() ? nullptr : request.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     m_account.address.requiresTls() ? CURLUSESSL_ALL : CURLUSESSL_NONE);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imap,imaps");
    curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.isEmpty() ? nullptr : caFile.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSecs);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, kStalledSecs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, m_cancelled);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    if (code != CURLE_OK)
        return std::unexpected(errorFor(int(code), detail));
    return response;
}

Error ImapClient::errorFor(int curlCode, const char* detail) const
{
    const auto code = CURLcode(curlCode);
    const QString server = m_account.address.display();
    const QString why = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return {ErrorCode::Io, tr("The mail server %1 cannot be reached: %2").arg(server, why)};
    case CURLE_LOGIN_DENIED:
        return {ErrorCode::AuthenticationFailed,
                tr("The mail server %1 refused the login “%2”; check the login and password.")
                    .arg(server, m_account.login)};
    case CURLE_USE_SSL_FAILED:
        return {ErrorCode::Io, tr("The mail server %1 offers no encrypted connection (STARTTLS); "
                                  "use imaps:// or a server that does.")
                                   .arg(server)};
    case CURLE_PEER_FAILED_VERIFICATION:
        return {ErrorCode::Io,
                tr("The encrypted connection to %1 failed: this computer does not trust the "
                   "server's certificate (%2). A mail server with a certificate of its own "
                   "needs that certificate given as the server certificate.")
                    .arg(server, why)};
    case CURLE_SSL_CACERT_BADFILE:
        return {ErrorCode::Io, tr("The server certificate %1 cannot be used: %2")
                                   .arg(QDir::toNativeSeparators(m_account.caFile), why)};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
        return {ErrorCode::Io, tr("The encrypted connection to %1 failed: %2").arg(server, why)};
    case CURLE_ABORTED_BY_CALLBACK:
        return {ErrorCode::Io, tr("The mailbox check was stopped.")};
    case CURLE_WRITE_ERROR:
        return {ErrorCode::InvalidInput,
                tr("A message in %1 is larger than %2 MB; it was left in the mailbox.")
                    .arg(server)
                    .arg(kMaxMessageBytes / 1024 / 1024)};
    default:
        return {ErrorCode::Io,
                tr("The mail server %1 answered with an error: %2").arg(server, why)};
    }
}

} // namespace showroom
