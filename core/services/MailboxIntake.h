#pragma once

#include "Error.h"
#include "domain/User.h"
#include "net/MailboxAddress.h"
#include "services/LeadIntake.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <atomic>
#include <optional>
#include <vector>

namespace showroom {

class ImapClient;

// What one poll did with one message.
struct MailboxMessage {
    qint64 uid = 0;
    IntakeReport report;
};

struct MailboxPoll {
    std::vector<MailboxMessage> messages; // imported (or refused) in this poll
    int waiting = 0;                      // unread messages still in the mailbox
    std::optional<Error> error;           // why the poll stopped early

    int leads() const; // created, linked or to review
};

// The mailbox channel: every unread message becomes leads (see LeadIntakeService::importEmail),
// the original kept as an attachment of each lead. An imported message is marked seen; one
// with nothing usable is marked seen and flagged, so that staff find it in their mail program.
// When the database refuses a message, it is marked unread again for the next poll. Messages
// are never deleted or moved. The same message delivered twice is one lead (its Message-ID).
class MailboxIntake {
    Q_DECLARE_TR_FUNCTIONS(MailboxIntake)

public:
    MailboxIntake(ServiceContext context, MailboxAccount account)
        : m_context(context), m_account(std::move(account))
    {
    }

    MailboxPoll pollOnce(const User& actor, const IntakeOptions& options);
    // Set from another thread, stops a poll between messages or within a network call.
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

private:
    // False when the poll must stop (the message stays unread for the next one).
    bool importMessage(ImapClient& client, const User& actor, qint64 uid,
                       const IntakeOptions& options, MailboxPoll& poll);

    ServiceContext m_context;
    MailboxAccount m_account;
    const std::atomic<bool>* m_cancelled = nullptr;
};

// Seconds until the next poll: the interval, or sooner after failures, so that a server back
// up is noticed: 30 s after the first failure, doubling with each further one, never more
// than the interval.
int secondsUntilNextPoll(int intervalSecs, int failuresInARow);

} // namespace showroom
