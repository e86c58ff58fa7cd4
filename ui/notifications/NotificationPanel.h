#pragma once

#include "shell/Session.h"

#include <QFrame>

class QLabel;
class QListView;
class QPushButton;

namespace showroom {

class NotificationCenter;
class NotificationListModel;

// The notification list: newest first, unread ones bold with a dot, each with why it fired.
// Double-click (or Enter) marks one read and asks to open its lead; "Mark all read" clears the
// count. Follows the center: new notifications appear as they arrive.
class NotificationPanel : public QFrame {
    Q_OBJECT

public:
    NotificationPanel(const Session& session, NotificationCenter& center,
                      QWidget* parent = nullptr);

    NotificationListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QPushButton* markAllReadButton() const { return m_markAll; }

    void reload();
    void markAllRead();
    // Marks the notification at `row` read and emits openLeadRequested for its lead.
    void openRow(int row);

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);

private:
    void updateHeader();

    NotificationCenter& m_center;
    NotificationListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_markAll = nullptr;
};

} // namespace showroom
