#include "NotificationListModel.h"

#include "tasks/TaskText.h"

#include <QFont>
#include <QLocale>

namespace showroom {

NotificationListModel::NotificationListModel(NotificationService notifications, User reader,
                                             const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_notifications(notifications), m_reader(std::move(reader)),
      m_clock(clock)
{
}

int NotificationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Notification& n = m_rows[std::size_t(index.row())];
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
    for (const Notification& n : m_rows)
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
    apply(std::move(*rows));
    return true;
}

void NotificationListModel::apply(std::vector<Notification> rows)
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        const qint64 id = m_rows[std::size_t(row)].id;
        if (std::ranges::none_of(rows, [id](const Notification& n) { return n.id == id; })) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    reindex();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int at = int(i);
        const int existing = rowOf(rows[i].id);
        if (existing == at) {
            if (m_rows[i].readAt != rows[i].readAt) {
                m_rows[i] = rows[i];
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            continue;
        }
        if (existing >= 0) {
            beginRemoveRows({}, existing, existing);
            m_rows.erase(m_rows.begin() + existing);
            endRemoveRows();
        }
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, rows[i]);
        endInsertRows();
        reindex();
    }
}

void NotificationListModel::reindex()
{
    m_rowById.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, int(i));
}

} // namespace showroom
