#include "NotificationDelegate.h"

#include "notifications/NotificationListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace showroom {

namespace {
constexpr int kLeft = 22; // room for the unread dot
constexpr int kRight = 10;
constexpr int kTop = 7;
constexpr int kGap = 3;
constexpr int kBottom = 8;
constexpr int kTimeGap = 12;

QFont titleFont(const QStyleOptionViewItem& option, bool unread)
{
    QFont font = option.font;
    font.setBold(unread);
    return font;
}

QFont smallFont(const QStyleOptionViewItem& option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    return font;
}

int viewWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 360;
}
} // namespace

NotificationDelegate::Layout NotificationDelegate::layout(const QStyleOptionViewItem& option,
                                                          const QModelIndex& index,
                                                          const QRect& rect) const
{
    const bool unread = index.data(NotificationListModel::UnreadRole).toBool();
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString reason = index.data(NotificationListModel::ReasonRole).toString();
    const QString time = index.data(NotificationListModel::ReceivedTextRole).toString();
    const QFontMetrics titleMetrics(titleFont(option, unread));
    const QFontMetrics smallMetrics(smallFont(option));

    Layout l;
    const int left = rect.left() + kLeft;
    const int width = std::max(80, rect.width() - kLeft - kRight);
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    const int titleWidth = std::max(40, width - timeWidth - kTimeGap);
    const QRect titleBox =
        titleMetrics.boundingRect(QRect(0, 0, titleWidth, 10000), Qt::TextWordWrap, title);
    const QRect reasonBox =
        smallMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, reason);
    int y = rect.top() + kTop;
    l.title = QRect(left, y, titleWidth, titleBox.height());
    l.time = QRect(left + width - timeWidth, y, timeWidth, smallMetrics.height());
    const int dot = 8;
    l.dot = QRect(rect.left() + (kLeft - dot) / 2, y + (titleMetrics.height() - dot) / 2, dot, dot);
    y += titleBox.height() + kGap;
    l.reason = QRect(left, y, width, reason.isEmpty() ? 0 : reasonBox.height());
    y += l.reason.height() + kBottom;
    l.height = y - rect.top();
    return l;
}

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const int width = viewWidth(option);
    return {width, layout(option, index, QRect(0, 0, width, 0)).height};
}

void NotificationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool unread = index.data(NotificationListModel::UnreadRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const Layout l = layout(option, index, opt.rect);
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85f : 0.68f);

    painter->save();
    painter->setClipRect(opt.rect);
    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : QColor(0x1e, 0x6f, 0xd9));
        painter->drawEllipse(l.dot);
    }
    painter->setFont(titleFont(option, unread));
    painter->setPen(unread ? text : muted);
    painter->drawText(l.title, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(Qt::DisplayRole).toString());
    painter->setFont(smallFont(option));
    painter->setPen(muted);
    painter->drawText(l.time, Qt::AlignRight | Qt::AlignTop,
                      index.data(NotificationListModel::ReceivedTextRole).toString());
    painter->drawText(l.reason, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(NotificationListModel::ReasonRole).toString());
    painter->restore();
}

} // namespace showroom
