#pragma once

#include <QStyledItemDelegate>

namespace showroom {

// Paints one notification of NotificationListModel: the title (bold while unread, with a dot),
// the time on the right and the reason under it, wrapped to the view's width.
class NotificationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout {
        QRect dot;
        QRect title;
        QRect time;
        QRect reason;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                  const QRect& rect) const;
};

} // namespace showroom
