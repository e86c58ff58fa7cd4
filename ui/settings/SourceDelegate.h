#pragma once

#include <QStyledItemDelegate>

namespace showroom {

// Editors of the lead sources table: a spin box for the response time (minutes) and a combo box
// for the assignment rule, which applies as soon as a rule is picked.
class SourceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace showroom
