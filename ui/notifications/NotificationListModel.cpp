#include "NotificationListModel.h"

#include "tasks/TaskText.h"

#include <QFont>
#include <QLocale>

namespace showroom {

NotificationListModel::NotificationListModel(NotificationService notifications, User reader,
                                             const Clock& clock, QObject* parent)
    : RowListModel(parent), m_notifications(notifications), m_reader(std::move(reader)),
      m_clock(clock)
{
}

int NotificationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Notification");
    case Reason:
        return tr("Why");
    case Received:
        return tr("Received");
    case ColumnCount:
        break;
    }
    return {};
}

QString NotificationListModel::receivedText(const QDateTime& at, QDate today)
{
    const QDateTime local = at.toLocalTime();
    const QString time = TaskText::time(at);
    if (local.date() == today)
        return time;
    return tr("%1 %2").arg(QLocale().toString(local.date(), QStringLiteral("d MMM")), time);
}

QVariant NotificationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification& n = rowAt(index.row());
    const bool unread = !n.readAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case Qt::ToolTipRole:
        return NotificationService::reason(n);
    case Qt::FontRole: {
        QFont font;
        font.setBold(unread && index.column() == Title);
        return font;
    }
    case IdRole:
        return n.id;
    case LeadIdRole:
        return n.leadId ? QVariant(*n.leadId) : QVariant();
    case UnreadRole:
        return unread;
    case ReasonRole:
        return NotificationService::reason(n);
    case ReceivedTextRole:
        return receivedText(n.createdAt, m_clock.now().toLocalTime().date());
    case RawRole:
        switch (Column(index.column())) {
        case Title:
            return notificationKindKey(n.kind);
        case Reason:
            return n.details;
        case Received:
            return n.createdAt;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant NotificationListModel::display(const Notification& n, int column) const
{
    switch (Column(column)) {
    case Title:
        return NotificationService::title(n);
    case Reason:
        return NotificationService::reason(n);
    case Received:
        return receivedText(n.createdAt, m_clock.now().toLocalTime().date());
    case ColumnCount:
        break;
    }
    return {};
}

std::vector<qint64> NotificationListModel::unreadIds() const
{
    std::vector<qint64> ids;
    for (const Notification& n : rows())
        if (!n.readAt.isValid())
            ids.push_back(n.id);
    return ids;
}

bool NotificationListModel::reload()
{
    auto rows = m_notifications.list(m_reader);
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return false;
    }
    apply(std::move(*rows), [](const Notification& a, const Notification& b) {
        return a.readAt == b.readAt; // only the read mark changes
    });
    return true;
}

} // namespace showroom
