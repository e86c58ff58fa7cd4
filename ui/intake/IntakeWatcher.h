#pragma once

#include "services/FolderIntake.h"
#include "services/MailboxIntake.h"
#include "shell/Session.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace showroom {

// How one intake channel of this desk is doing, for the status bar and the settings page.
struct IntakeChannelStatus {
    bool enabled = false;
    bool running = false;
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QDateTime nextAttempt;
    QDateTime lastArrival;    // when leads last came in
    int lastArrivalLeads = 0; // how many then
    int failuresInARow = 0;
    QString problem; // translated; empty while all is well
};

// Runs this desk's intake channels (IntakeDeskSettings): the watched folder every 15 seconds and
// the mailbox every few minutes, each on a thread of its own with its own connection to the
// database (a large file or a slow, unreachable server never freezes the window; the views learn
// of their leads as of another desk's). A failed mailbox poll is tried again sooner
// (secondsUntilNextPoll) and shows as a problem until a poll succeeds.
class IntakeWatcher : public QObject {
    Q_OBJECT

public:
    explicit IntakeWatcher(const Session& session, QObject* parent = nullptr);
    ~IntakeWatcher() override;

    // Reads the desk's settings and the mailbox password again; (re)starts the timers.
    void reconfigure();
    void runFolderNow();
    void pollMailboxNow();
    // Tests: waits until running passes (folder and mailbox) have been handled.
    bool waitUntilIdle(int timeoutMs);

    const IntakeChannelStatus& folderStatus() const { return m_folder; }
    const IntakeChannelStatus& mailboxStatus() const { return m_mailbox; }
    // One line per enabled channel, e.g. "Mailbox: checked 10:42, 3 new leads".
    QString folderText() const;
    QString mailboxText() const;

    static constexpr int kFolderIntervalMs = 15000;

Q_SIGNALS:
    void statusChanged();
    void leadsArrived(int count, const QString& channelName);

private:
    // Runs `work` on a thread with a connection of its own (or the reason it could not open
    // one), then `done` on this one.
    QThread* onOwnConnection(std::function<void(Result<Database*>)> work,
                             std::function<void()> done);
    void folderFinished(const Result<std::vector<IntakeFile>>& files);
    void mailboxFinished(const MailboxPoll& poll);
    void scheduleMailbox();
    void noteArrival(IntakeChannelStatus& status, int leads, const QString& channel);
    QString statusText(const QString& channel, const IntakeChannelStatus& status) const;

    Session m_session;
    QTimer m_folderTimer;
    QTimer m_mailboxTimer;
    QString m_folderPath;
    MailboxAccount m_account;
    int m_mailboxMinutes = 5;
    IntakeChannelStatus m_folder;
    IntakeChannelStatus m_mailbox;
    QThread* m_folderThread = nullptr;
    QThread* m_mailboxThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace showroom
