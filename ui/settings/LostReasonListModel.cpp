#include "LostReasonListModel.h"

#include "common/Labels.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace showroom {

namespace {
bool sameReason(const LostReason& a, const LostReason& b)
{
    return a.key == b.key && a.name == b.name && a.needsComment == b.needsComment &&
           a.active == b.active;
}
} // namespace

LostReasonListModel::LostReasonListModel(QObject* parent) : RowListModel<LostReason>(parent) {}

int LostReasonListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LostReasonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Reason");
    case NeedsComment:
        return tr("Needs a comment");
    case Status:
        return tr("Status");
    }
    return {};
}

QVariant LostReasonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LostReason& reason = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return Labels::lostReason(reason);
        if (index.column() == Status)
            return reason.active ? tr("Offered") : tr("Retired: not offered");
        return {};
    case Qt::EditRole:
        return index.column() == Name ? QVariant(Labels::lostReason(reason)) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() == NeedsComment)
            return reason.needsComment ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return reason.id;
    case Qt::ForegroundRole:
        if (!reason.active)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == Status)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (!reason.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NeedsComment)
            return tr("The consultant must explain the loss in a comment");
        if (index.column() == Name && m_editable)
            return tr("Double-click or press F2 to rename");
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags LostReasonListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == NeedsComment) {
        flags |= Qt::ItemIsUserCheckable;
        if (!m_editable)
            flags &= ~Qt::ItemIsEnabled;
    }
    if (m_editable && index.column() == Name)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool LostReasonListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const LostReason& reason = rowAt(index.row());
    if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name == Labels::lostReason(reason) || name == reason.name)
            return false;
        Q_EMIT renameRequested(reason.id, name);
        return true;
    }
    if (index.column() == NeedsComment && role == Qt::CheckStateRole) {
        const bool needsComment = value.toInt() == Qt::Checked;
        if (needsComment == reason.needsComment)
            return false;
        Q_EMIT needsCommentRequested(reason.id, needsComment);
        return true;
    }
    return false;
}

void LostReasonListModel::setReasons(std::vector<LostReason> reasons)
{
    apply(std::move(reasons), sameReason);
}

} // namespace showroom
