#include "ConsultantStrip.h"

#include "board/BoardModel.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace showroom {

ConsultantStrip::ConsultantStrip(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("consultantStrip"));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFixedWidth(180);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setSpacing(3);
    setIconSize(QSize(12, 12));
    setStyleSheet(QStringLiteral("QListWidget#consultantStrip { background: palette(window); "
                                 "border: 1px solid palette(mid); border-radius: 6px; }"
                                 "QListWidget#consultantStrip::item { padding: 4px; }"));
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
        QColor dot(0x2e, 0x7d, 0x32);
        if (!user.onDuty) {
            state = tr("off duty");
            dot = QColor(0x9a, 0xa1, 0xa9);
        } else if (user.busy) {
            state = tr("busy");
            dot = QColor(0xd9, 0x7a, 0x00);
        }
        auto* item = new QListWidgetItem(
            tr("%1\n%2 · %n open", nullptr, openLeads.value(user.id)).arg(user.displayName, state),
            this);
        item->setData(Qt::UserRole, user.id);
        QPixmap icon(12, 12);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(dot);
        painter.drawEllipse(1, 1, 10, 10);
        item->setIcon(QIcon(icon));
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
