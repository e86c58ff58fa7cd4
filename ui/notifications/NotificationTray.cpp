#include "NotificationTray.h"

#include "common/Icons.h"
#include "notifications/NotificationCenter.h"
#include "services/NotificationService.h"

#include <QSystemTrayIcon>

namespace showroom {

NotificationTray::NotificationTray(NotificationCenter& center, QObject* parent) : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(applicationIcon(), this);
    connect(&center, &NotificationCenter::arrived, this, &NotificationTray::arrived);
    connect(&center, &NotificationCenter::unreadCountChanged, this, &NotificationTray::showCount);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastLeadId)
            Q_EMIT openLeadRequested(m_lastLeadId);
        else
            Q_EMIT showRequested();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showRequested();
            });
    showCount(center.unreadCount());
    m_tray->show();
}

std::pair<QString, QString>
NotificationTray::message(const std::vector<Notification>& notifications)
{
    if (notifications.size() == 1)
        return {NotificationService::title(notifications.front()),
                NotificationService::reason(notifications.front())};
    QStringList titles;
    for (const Notification& n : notifications)
        titles << NotificationService::title(n);
    return {tr("%n new notification(s)", nullptr, int(notifications.size())),
            titles.join(QLatin1Char('\n'))};
}

void NotificationTray::arrived(const std::vector<Notification>& notifications)
{
    if (!m_tray || notifications.empty())
        return;
    m_lastLeadId = notifications.size() == 1 ? notifications.front().leadId.value_or(0) : 0;
    const auto [title, text] = message(notifications);
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15 * 1000);
}

void NotificationTray::showCount(int unread)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(unread > 0 ? tr("Showroom CRM — %n unread notification(s)", nullptr, unread)
                                  : tr("Showroom CRM"));
}

} // namespace showroom
