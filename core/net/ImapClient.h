#pragma once

#include "Error.h"
#include "net/MailboxAddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <atomic>
#include <vector>

namespace showroom {

// A client of one IMAP mailbox folder through libcurl. Calls block (connect timeout 15 s, a
// stalled transfer gives up after 60 s) and share one connection while the client lives.
// Failures come back translated: the server unreachable, the login refused, TLS missing or
// failing, the folder unknown.
class ImapClient {
    Q_DECLARE_TR_FUNCTIONS(ImapClient)

public:
    // `cancelled`, when given and set by another thread, stops a call within a second or so.
    explicit ImapClient(MailboxAccount account, const std::atomic<bool>* cancelled = nullptr);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    // The UIDs of the messages nobody has read yet, oldest first.
    Result<std::vector<qint64>> unseen() { return search(QStringLiteral("UNSEEN")); }
    // The UIDs matching IMAP search criteria such as UNSEEN or FLAGGED.
    Result<std::vector<qint64>> search(const QString& criteria);
    // One message, whole. Reading it marks it seen on the server.
    Result<QByteArray> fetch(qint64 uid);

    enum class Flag { Seen, Flagged };
    Result<void> setFlag(qint64 uid, Flag flag, bool on);

    // A message is refused beyond this size (the transfer stops).
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024 * 1024;

private:
    // Sends `command` (empty: the URL's own request) and returns what the server wrote.
    Result<QByteArray> perform(const QString& url, const QString& command);
    Error errorFor(int curlCode, const char* detail) const;

    MailboxAccount m_account;
    const std::atomic<bool>* m_cancelled = nullptr;
    void* m_curl = nullptr; // CURL*
};

// The numbers of an untagged "* SEARCH 3 5 8" answer.
std::vector<qint64> parseSearchResponse(const QByteArray& response);

} // namespace showroom
