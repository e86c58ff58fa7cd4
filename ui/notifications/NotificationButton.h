#pragma once

#include "shell/Session.h"

#include <QToolButton>

namespace showroom {

class NotificationCenter;
class NotificationPanel;

// For the main window's toolbar: a bell with the unread count ("3") that opens the
// notification panel as a popup under it (and closes it again).
class NotificationButton : public QToolButton {
    Q_OBJECT

public:
    NotificationButton(const Session& session, NotificationCenter& center,
                       QWidget* parent = nullptr);

    NotificationPanel* panel() const { return m_panel; }
    void togglePanel();
    void showPanel();
    // The bell with a red badge showing `unread` (none at 0), e.g. for a tray icon.
    static QIcon bellIcon(int unread, const QColor& colour, int size = 24);

Q_SIGNALS:
    // A notification was opened in the panel.
    void openLeadRequested(qint64 leadId);

private:
    void showCount(int unread);

    NotificationPanel* m_panel = nullptr;
};

} // namespace showroom
