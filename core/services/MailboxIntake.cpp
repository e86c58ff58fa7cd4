#include "MailboxIntake.h"

#include "net/ImapClient.h"
#include "services/LeadIntakeService.h"

namespace showroom {

int MailboxPoll::leads() const
{
    int n = 0;
    for (const MailboxMessage& m : messages)
        n += m.report.leads();
    return n;
}

int secondsUntilNextPoll(int intervalSecs, int failuresInARow)
{
    if (failuresInARow <= 0)
        return intervalSecs;
    const qint64 retry = qint64(30) << std::min(failuresInARow - 1, 20);
    return int(std::min<qint64>(intervalSecs, retry));
}

MailboxPoll MailboxIntake::pollOnce(const User& actor, const IntakeOptions& options)
{
    MailboxPoll poll;
    // A wrong setting must not mark every message seen.
    if (auto checked = LeadIntakeService(m_context).checkSource(options); !checked) {
        poll.error = checked.error();
        return poll;
    }
    ImapClient client(m_account, m_cancelled);
    auto unseen = client.unseen();
    if (!unseen) {
        poll.error = unseen.error();
        return poll;
    }
    poll.waiting = int(unseen->size());
    for (const qint64 uid : *unseen) {
        if (m_cancelled && m_cancelled->load())
            break;
        if (!importMessage(client, actor, uid, options, poll))
            break;
        --poll.waiting;
    }
    return poll;
}

bool MailboxIntake::importMessage(ImapClient& client, const User& actor, qint64 uid,
                                  const IntakeOptions& base, MailboxPoll& poll)
{
    auto bytes = client.fetch(uid);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return true; // deleted meanwhile by someone else: nothing to import
        poll.error = bytes.error();
        return false;
    }
    IntakeOptions options = base;
    options.fileName = QStringLiteral("%1-%2.eml").arg(m_account.address.folder).arg(uid);
    auto report = LeadIntakeService(m_context).importEmail(actor, *bytes, options);
    if (!report) {
        // Unread again, so that the next poll tries it again; if that fails too, the
        // Message-ID still keeps it from becoming two leads.
        (void)client.setFlag(uid, ImapClient::Flag::Seen, false);
        poll.error = report.error();
        return false;
    }
    const bool nothingUsable =
        report->count(IntakeOutcome::Rejected) == int(report->records.size());
    auto marked = nothingUsable ? client.setFlag(uid, ImapClient::Flag::Flagged, true)
                                : client.setFlag(uid, ImapClient::Flag::Seen, true);
    poll.messages.push_back({uid, std::move(*report)});
    if (!marked) {
        poll.error = marked.error();
        return false;
    }
    return true;
}

} // namespace showroom
