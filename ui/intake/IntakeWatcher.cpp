#include "IntakeWatcher.h"

#include "intake/IntakeDeskSettings.h"
#include "intake/MailboxPassword.h"
#include "services/FolderIntake.h"
#include "services/IntakeSources.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

namespace showroom {

namespace {

QString timeOf(const QDateTime& moment)
{
    return QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

IntakeWatcher::IntakeWatcher(const Session& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    m_folderTimer.setInterval(kFolderIntervalMs);
    connect(&m_folderTimer, &QTimer::timeout, this, &IntakeWatcher::runFolderNow);
    m_mailboxTimer.setSingleShot(true);
    connect(&m_mailboxTimer, &QTimer::timeout, this, &IntakeWatcher::pollMailboxNow);
}

IntakeWatcher::~IntakeWatcher()
{
    m_cancel->store(true); // libcurl gives up within a second
    for (QThread* thread : {m_folderThread, m_mailboxThread}) {
        if (!thread)
            continue;
        thread->wait(); // a folder pass ends with the file it is importing
        delete thread;
    }
}

void IntakeWatcher::reconfigure()
{
    const IntakeDeskSettings desk = IntakeDeskSettings::load();
    // A pass already under way goes on and reports when it ends.
    m_folder = {};
    m_folder.running = m_folderThread != nullptr;
    m_folder.enabled = desk.folderEnabled && !desk.folder.isEmpty();
    m_folderPath = desk.folder;
    if (m_folder.enabled) {
        m_folderTimer.start();
        QTimer::singleShot(0, this, &IntakeWatcher::runFolderNow);
    } else
        m_folderTimer.stop();

    m_mailbox = {};
    m_mailbox.running = m_mailboxThread != nullptr;
    m_account = {}; // "Check now" must not use an account the settings no longer give
    m_mailbox.enabled = desk.mailboxEnabled && !desk.mailboxUrl.isEmpty();
    m_mailboxMinutes = desk.mailboxMinutes;
    m_mailboxTimer.stop();
    if (m_mailbox.enabled) {
        auto address = MailboxAddress::parse(desk.mailboxUrl);
        const MailboxPassword::Stored password = MailboxPassword::read(desk.mailboxAccountKey());
        if (!address)
            m_mailbox.problem = address.error().message;
        else if (password.password.isEmpty())
            m_mailbox.problem =
                password.error.isEmpty()
                    ? tr("No mailbox password on this desk; enter it in Settings.")
                    : tr("The mailbox password cannot be read: %1").arg(password.error);
        else
            m_account = {*address, desk.mailboxLogin, password.password, desk.mailboxCaFile};
        if (m_mailbox.problem.isEmpty()) {
            m_mailbox.nextAttempt = QDateTime::currentDateTimeUtc();
            m_mailboxTimer.start(0);
        }
    }
    Q_EMIT statusChanged();
}

QThread* IntakeWatcher::onOwnConnection(std::function<void(Result<Database*>)> work,
                                        std::function<void()> done)
{
    auto* thread = QThread::create([work = std::move(work), path = m_session.db.path()] {
        OpenOptions open;
        open.integrity = IntegrityCheck::Skip; // this desk has the file open already
        auto db = Database::open(path, open);
        if (!db)
            work(std::unexpected(db.error()));
        else
            work(db->get());
    });
    connect(thread, &QThread::finished, this, [thread, done = std::move(done)] {
        thread->deleteLater();
        done();
    });
    thread->start();
    return thread;
}

void IntakeWatcher::runFolderNow()
{
    if (!m_folder.enabled || m_folderThread)
        return;
    m_folder.running = true;
    m_folder.lastAttempt = QDateTime::currentDateTimeUtc();
    auto result = std::make_shared<Result<std::vector<IntakeFile>>>();
    m_folderThread = onOwnConnection(
        [result, folder = m_folderPath, actor = m_session.user,
         &clock = m_session.clock](Result<Database*> db) {
            if (!db) {
                *result = std::unexpected(db.error());
                return;
            }
            auto options = channelOptions((*db)->sql(), IntakeChannel::Folder);
            *result = options ? FolderIntake(ServiceContext{**db, clock, nullptr}, folder)
                                    .runOnce(actor, *options)
                              : std::unexpected(options.error());
        },
        [this, result] {
            m_folderThread = nullptr;
            folderFinished(*result);
        });
    Q_EMIT statusChanged();
}

void IntakeWatcher::folderFinished(const Result<std::vector<IntakeFile>>& files)
{
    m_folder.running = false;
    if (!files) {
        ++m_folder.failuresInARow;
        m_folder.problem = files.error().message;
    } else {
        int leads = 0, failed = 0;
        for (const IntakeFile& file : *files) {
            leads += file.report.leads();
            failed += file.failed ? 1 : 0;
        }
        m_folder.failuresInARow = 0;
        m_folder.lastSuccess = m_folder.lastAttempt;
        m_folder.problem =
            failed == 0
                ? QString()
                : tr("%n file(s) could not be imported; see the failed folder.", nullptr, failed);
        noteArrival(m_folder, leads, tr("intake folder"));
    }
    m_folder.nextAttempt = m_folder.lastAttempt.addMSecs(kFolderIntervalMs);
    Q_EMIT statusChanged();
}

void IntakeWatcher::pollMailboxNow()
{
    if (!m_mailbox.enabled || m_mailboxThread || m_account.address.host.isEmpty())
        return;
    m_mailbox.running = true;
    m_mailbox.lastAttempt = QDateTime::currentDateTimeUtc();
    auto result = std::make_shared<MailboxPoll>();
    m_mailboxThread = onOwnConnection(
        [result, actor = m_session.user, account = m_account, cancel = m_cancel,
         &clock = m_session.clock](Result<Database*> db) {
            auto options = db ? channelOptions((*db)->sql(), IntakeChannel::Mailbox)
                              : Result<IntakeOptions>(std::unexpected(db.error()));
            if (!options) {
                result->error = options.error();
                return;
            }
            MailboxIntake intake(ServiceContext{**db, clock, nullptr}, account);
            intake.setCancelFlag(cancel.get());
            *result = intake.pollOnce(actor, *options);
        },
        [this, result] {
            m_mailboxThread = nullptr;
            mailboxFinished(*result);
        });
    Q_EMIT statusChanged();
}

void IntakeWatcher::mailboxFinished(const MailboxPoll& poll)
{
    m_mailbox.running = false;
    if (poll.error) {
        ++m_mailbox.failuresInARow;
        m_mailbox.problem = poll.error->message;
    } else {
        m_mailbox.failuresInARow = 0;
        m_mailbox.problem.clear();
        m_mailbox.lastSuccess = m_mailbox.lastAttempt;
    }
    noteArrival(m_mailbox, poll.leads(), tr("mailbox"));
    scheduleMailbox();
    Q_EMIT statusChanged();
}

void IntakeWatcher::noteArrival(IntakeChannelStatus& status, int leads, const QString& channel)
{
    if (leads <= 0)
        return;
    status.lastArrival = status.lastAttempt;
    status.lastArrivalLeads = leads;
    Q_EMIT leadsArrived(leads, channel);
}

void IntakeWatcher::scheduleMailbox()
{
    if (!m_mailbox.enabled)
        return;
    const int secs = secondsUntilNextPoll(m_mailboxMinutes * 60, m_mailbox.failuresInARow);
    m_mailbox.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(secs);
    m_mailboxTimer.start(secs * 1000);
}

bool IntakeWatcher::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while ((m_folderThread || m_mailboxThread) && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !m_folderThread && !m_mailboxThread;
}

QString IntakeWatcher::statusText(const QString& channel, const IntakeChannelStatus& status) const
{
    if (!status.enabled)
        return {};
    // Later passes keep showing the last outcome: a status that blinks every 15 s helps nobody.
    if (status.running && !status.lastSuccess.isValid() && status.problem.isEmpty())
        return tr("%1: checking…").arg(channel);
    if (!status.problem.isEmpty())
        return status.nextAttempt.isValid()
                   ? tr("%1: %2 (next try at %3)")
                         .arg(channel, status.problem, timeOf(status.nextAttempt))
                   : tr("%1: %2").arg(channel, status.problem);
    if (!status.lastSuccess.isValid())
        return tr("%1: waiting for the first check").arg(channel);
    if (!status.lastArrival.isValid())
        return tr("%1: checked at %2, no new leads yet").arg(channel, timeOf(status.lastSuccess));
    return tr("%1: checked at %2; %n lead(s) came in at %3", nullptr, status.lastArrivalLeads)
        .arg(channel, timeOf(status.lastSuccess), timeOf(status.lastArrival));
}

QString IntakeWatcher::folderText() const
{
    return statusText(tr("Intake folder"), m_folder);
}

QString IntakeWatcher::mailboxText() const
{
    return statusText(tr("Mailbox"), m_mailbox);
}

} // namespace showroom
