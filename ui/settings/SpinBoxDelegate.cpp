#include "SpinBoxDelegate.h"

#include <QSpinBox>

namespace showroom {

SpinBoxDelegate::SpinBoxDelegate(int minimum, int maximum, QObject* parent)
    : QStyledItemDelegate(parent), m_minimum(minimum), m_maximum(maximum)
{
}

QWidget* SpinBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                       const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(m_minimum, m_maximum);
    spin->setAccelerated(true);
    return spin;
}

void SpinBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
}

void SpinBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    }
}

} // namespace showroom
