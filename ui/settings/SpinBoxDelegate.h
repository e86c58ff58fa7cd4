#pragma once

#include <QStyledItemDelegate>

namespace showroom {

// Edits whole numbers in a range with a spin box.
class SpinBoxDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    SpinBoxDelegate(int minimum, int maximum, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    int m_minimum;
    int m_maximum;
};

} // namespace showroom
