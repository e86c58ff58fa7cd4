#pragma once

#include "Error.h"
#include "domain/Notification.h"
#include "shell/Session.h"

#include <QObject>
#include <QTimer>
#include <vector>

namespace showroom {

// The desk's link to the rules and the notification list of the signed-in user. Once started,
// it runs the timed rules (reminders, escalations, no-show requeue, auto-assignment) every 30
// seconds, which is safe on several desks at once, and looks for new notifications every 2
// seconds. Nothing runs until start(); tests call runRulesNow() and pollNow().
class NotificationCenter : public QObject {
    Q_OBJECT

public:
    static constexpr int kRulesIntervalMs = 30 * 1000;
    static constexpr int kPollIntervalMs = 2 * 1000;

    explicit NotificationCenter(const Session& session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    void start();
    void stop();
    bool isRunning() const { return m_poll.isActive(); }

    // Evaluates the rules at the clock's now, then polls. False (and problem()) on failure.
    bool runRulesNow();
    // Emits arrived() for notifications newer than the last seen one, and unreadCountChanged()
    // when the count moved (also when they were read on another desk).
    void pollNow();
    int unreadCount() const { return m_unread; }
    // Marks notifications read and updates the count.
    Result<void> markRead(const std::vector<qint64>& ids);

Q_SIGNALS:
    // New notifications for the signed-in user, oldest first.
    void arrived(const std::vector<showroom::Notification>& notifications);
    void unreadCountChanged(int count);
    // A background run failed (e.g. the shared database stayed busy); for the status bar.
    void problem(const QString& message);

private:
    void refreshUnreadCount();

    Session m_session;
    qint64 m_lastSeenId = 0;
    int m_unread = 0;
    QTimer m_rules;
    QTimer m_poll;
};

} // namespace showroom
