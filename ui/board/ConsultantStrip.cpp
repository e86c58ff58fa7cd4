#include "ConsultantStrip.h"

#include "board/BoardModel.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace showroom {

ConsultantStrip::ConsultantStrip(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("consultantStrip"));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFixedWidth(190);
    setToolTip(tr("Drop lead cards on a consultant to assign them"));
}

void ConsultantStrip::setConsultants(const std::vector<User>& users,
                                     const QHash<qint64, int>& openLeads)
{
    clear();
    for (const User& user : users) {
        if (!user.active || user.role != Role::Consultant)
            continue;
        QString state = tr("available");
        if (!user.onDuty)
            state = tr("off duty");
        else if (user.busy)
            state = tr("busy");
        auto* item =
            new QListWidgetItem(tr("%1\n%2 · %n open lead(s)", nullptr, openLeads.value(user.id))
                                    .arg(user.displayName, state),
                                this);
        item->setData(Qt::UserRole, user.id);
        if (!user.onDuty || user.busy)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

qint64 ConsultantStrip::consultantAt(const QPoint& pos) const
{
    const QListWidgetItem* item = itemAt(pos);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool ConsultantStrip::dropLeads(const QMimeData* data, qint64 consultantId)
{
    const std::vector<qint64> ids = BoardModel::leadIds(data);
    if (ids.empty() || consultantId == 0)
        return false;
    Q_EMIT assignRequested(ids, consultantId);
    return true;
}

void ConsultantStrip::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(BoardModel::MimeType))
        event->acceptProposedAction();
}

void ConsultantStrip::dragMoveEvent(QDragMoveEvent* event)
{
    if (consultantAt(event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ConsultantStrip::dropEvent(QDropEvent* event)
{
    // Ignored by the source view either way: the board refreshes from the database.
    dropLeads(event->mimeData(), consultantAt(event->position().toPoint()));
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
}

} // namespace showroom
