#pragma once

#include "domain/Notification.h"

#include <QObject>
#include <vector>

class QSystemTrayIcon;

namespace showroom {

class NotificationCenter;

// Desktop notifications: where the desktop has a system tray, a tray icon shows a balloon for
// every new notification (its title and why it fired). Without a tray (offscreen, some
// desktops) it does nothing; the in-app list still has everything.
class NotificationTray : public QObject {
    Q_OBJECT

public:
    explicit NotificationTray(NotificationCenter& center, QObject* parent = nullptr);

    // The tray icon, or nullptr without a system tray (e.g. to give it a context menu).
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    // What the balloon says for `notifications` (title, message); public for tests.
    static std::pair<QString, QString> message(const std::vector<Notification>& notifications);

Q_SIGNALS:
    // The balloon of a single notification was clicked.
    void openLeadRequested(qint64 leadId);
    // The tray icon was clicked: bring the window (and the notification list) up.
    void showRequested();

private:
    void arrived(const std::vector<Notification>& notifications);
    void showCount(int unread);

    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_lastLeadId = 0;
};

} // namespace showroom
