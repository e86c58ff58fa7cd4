#include "SourceDelegate.h"

#include "common/Labels.h"
#include "settings/SourceListModel.h"

#include <QComboBox>
#include <QSpinBox>

namespace showroom {

QWidget* SourceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const auto* model = qobject_cast<const SourceListModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    if (index.column() == SourceListModel::ResponseTime) {
        auto* minutes = new QSpinBox(parent);
        minutes->setObjectName(QStringLiteral("sourceResponseEditor"));
        minutes->setRange(1, 7 * 24 * 60);
        minutes->setSingleStep(5);
        minutes->setSuffix(tr(" min"));
        minutes->setAccelerated(true);
        return minutes;
    }
    if (index.column() == SourceListModel::Assignment) {
        auto* modes = new QComboBox(parent);
        modes->setObjectName(QStringLiteral("sourceAssignmentEditor"));
        modes->addItem(model->modeLabel({}), QString());
        for (AssignmentMode mode : {AssignmentMode::Manual, AssignmentMode::RoundRobin,
                                    AssignmentMode::Weighted, AssignmentMode::Pool})
            modes->addItem(Labels::assignmentMode(mode), assignmentModeKey(mode));
        auto* self = const_cast<SourceDelegate*>(this);
        connect(modes, &QComboBox::activated, self, [self, modes] {
            Q_EMIT self->commitData(modes);
            Q_EMIT self->closeEditor(modes);
        });
        return modes;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SourceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* minutes = qobject_cast<QSpinBox*>(editor)) {
        minutes->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto* modes = qobject_cast<QComboBox*>(editor)) {
        modes->setCurrentIndex(qMax(0, modes->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SourceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    if (auto* minutes = qobject_cast<QSpinBox*>(editor)) {
        minutes->interpretText();
        model->setData(index, minutes->value());
        return;
    }
    if (auto* modes = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, modes->currentData().toString());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace showroom
