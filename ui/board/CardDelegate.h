#pragma once

#include <QStyledItemDelegate>

namespace showroom {

struct BoardCard;
class BoardModel;

// Paints a lead card: customer, car of interest, consultant, source, tier, age in stage, next
// follow-up, response badge; which of them is chosen in Settings (board.card_fields).
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int lineCount(const BoardModel& model, const BoardCard& card) const;
};

} // namespace showroom
