#include "NotificationPanel.h"

#include "common/MessageBoxes.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationDelegate.h"
#include "notifications/NotificationListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace showroom {

NotificationPanel::NotificationPanel(const Session& session, NotificationCenter& center,
                                     QWidget* parent)
    : QFrame(parent), m_center(center)
{
    setObjectName(QStringLiteral("notificationPanel"));
    m_model = new NotificationListModel(NotificationService(session.context()), session.user,
                                        session.clock, this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("notificationView"));
    m_view->setModel(m_model);
    m_view->setModelColumn(NotificationListModel::Title);
    m_view->setItemDelegate(new NotificationDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAlternatingRowColors(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("notificationHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_markAll = new QPushButton(tr("Mark all &read"), this);
    m_markAll->setObjectName(QStringLiteral("markAllRead"));
    m_markAll->setAutoDefault(false);
    m_empty = new QLabel(tr("No notifications. Reminders, escalations, assignments and "
                            "comments on your follow-ups will appear here."),
                         this);
    m_empty->setObjectName(QStringLiteral("notificationEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_markAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_markAll, &QPushButton::clicked, this, &NotificationPanel::markAllRead);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(&m_center, &NotificationCenter::arrived, this, &NotificationPanel::reload);
    connect(&m_center, &NotificationCenter::unreadCountChanged, this, &NotificationPanel::reload);
    connect(m_model, &NotificationListModel::loadFailed, this, [this](const QString& message) {
        m_heading->setText(tr("Notifications could not be loaded: %1").arg(message));
    });
    resize(440, 520);
    reload();
}

void NotificationPanel::reload()
{
    if (m_model->reload())
        updateHeader();
}

void NotificationPanel::updateHeader()
{
    const int unread = int(m_model->unreadIds().size());
    m_heading->setText(unread == 0 ? tr("Notifications")
                                   : tr("Notifications — %n unread", nullptr, unread));
    m_markAll->setEnabled(unread > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
}

void NotificationPanel::markAllRead()
{
    const std::vector<qint64> ids = m_model->unreadIds();
    if (ids.empty())
        return;
    if (auto marked = m_center.markRead(ids); !marked)
        MessageBoxes::current().error(this, tr("Notifications not marked read"),
                                      marked.error().message);
    reload();
}

void NotificationPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Notification n = m_model->notificationAt(row);
    if (!n.readAt.isValid()) {
        if (auto marked = m_center.markRead({n.id}); !marked)
            MessageBoxes::current().error(this, tr("Notification not marked read"),
                                          marked.error().message);
        reload();
    }
    if (n.leadId)
        Q_EMIT openLeadRequested(*n.leadId);
}

} // namespace showroom
