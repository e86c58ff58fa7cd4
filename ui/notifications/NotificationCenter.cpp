#include "NotificationCenter.h"

#include "services/NotificationService.h"
#include "services/RuleService.h"

namespace showroom {

NotificationCenter::NotificationCenter(const Session& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    // What is there already was seen when the list was last open: only newer ones "arrive".
    NotificationService notifications(m_session.context());
    if (auto newest = notifications.list(m_session.user, 1); newest && !newest->empty())
        m_lastSeenId = newest->front().id;
    m_unread = notifications.unreadCount(m_session.user).value_or(0);
    m_rules.setInterval(kRulesIntervalMs);
    m_poll.setInterval(kPollIntervalMs);
    connect(&m_rules, &QTimer::timeout, this, &NotificationCenter::runRulesNow);
    connect(&m_poll, &QTimer::timeout, this, &NotificationCenter::pollNow);
}

void NotificationCenter::start()
{
    m_rules.start();
    m_poll.start();
    runRulesNow();
}

void NotificationCenter::stop()
{
    m_rules.stop();
    m_poll.stop();
}

bool NotificationCenter::runRulesNow()
{
    auto fired = RuleService(m_session.context()).run(m_session.clock.now());
    if (!fired) {
        Q_EMIT problem(tr("The reminder rules could not run: %1").arg(fired.error().message));
        return false;
    }
    pollNow();
    return true;
}

void NotificationCenter::pollNow()
{
    auto fresh = NotificationService(m_session.context()).unreadAfter(m_session.user, m_lastSeenId);
    if (!fresh) {
        Q_EMIT problem(tr("Notifications could not be read: %1").arg(fresh.error().message));
        return;
    }
    if (!fresh->empty())
        m_lastSeenId = fresh->back().id;
    refreshUnreadCount();
    if (!fresh->empty())
        Q_EMIT arrived(*fresh);
}

Result<void> NotificationCenter::markRead(const std::vector<qint64>& ids)
{
    if (ids.empty())
        return {};
    auto marked = NotificationService(m_session.context()).markRead(m_session.user, ids);
    refreshUnreadCount();
    return marked;
}

void NotificationCenter::refreshUnreadCount()
{
    auto count = NotificationService(m_session.context()).unreadCount(m_session.user);
    if (!count || *count == m_unread)
        return;
    m_unread = *count;
    Q_EMIT unreadCountChanged(m_unread);
}

} // namespace showroom
