#include "StageListModel.h"

#include "common/Labels.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace showroom {

namespace {
bool sameStage(const Stage& a, const Stage& b)
{
    return a.key == b.key && a.name == b.name && a.kind == b.kind && a.retired == b.retired;
}

int kindOrder(StageKind kind)
{
    return kind == StageKind::Open ? 0 : kind == StageKind::Won ? 1 : 2;
}
} // namespace

StageListModel::StageListModel(QObject* parent) : RowListModel<Stage>(parent) {}

bool StageListModel::isSystemStage(const Stage& stage)
{
    return stage.kind != StageKind::Open || stage.key == QLatin1String("unassigned") ||
           stage.key == QLatin1String("assigned");
}

bool StageListModel::canMove(int row, int offset) const
{
    const int target = row + offset;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount())
        return false;
    return !isSystemStage(rowAt(row)) && !isSystemStage(rowAt(target));
}

int StageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Stage");
    case Status:
        return tr("Status");
    }
    return {};
}

QString StageListModel::status(const Stage& stage) const
{
    if (stage.kind == StageKind::Won)
        return tr("Fixed: closes the lead as won");
    if (stage.kind == StageKind::Lost)
        return tr("Fixed: closes the lead as lost");
    if (isSystemStage(stage))
        return stage.key == QLatin1String("unassigned") ? tr("Fixed: new leads wait here")
                                                        : tr("Fixed: a consultant took the lead");
    return stage.retired ? tr("Retired: not on the board") : tr("On the board");
}

QVariant StageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage& stage = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? Labels::stage(stage) : status(stage);
    case Qt::EditRole:
        return index.column() == Name ? QVariant(Labels::stage(stage)) : QVariant();
    case IdRole:
        return stage.id;
    case Qt::ForegroundRole:
        if (stage.retired)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == Status)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (stage.retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && m_editable)
            return tr("Double-click or press F2 to rename");
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags StageListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == Name)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StageListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Stage& stage = rowAt(index.row());
    const QString name = value.toString().trimmed();
    if (name == Labels::stage(stage) || name == stage.name)
        return false;
    Q_EMIT renameRequested(stage.id, name);
    return true;
}

void StageListModel::setStages(std::vector<Stage> stages)
{
    std::stable_sort(stages.begin(), stages.end(), [](const Stage& a, const Stage& b) {
        if (kindOrder(a.kind) != kindOrder(b.kind))
            return kindOrder(a.kind) < kindOrder(b.kind);
        return a.position < b.position;
    });
    apply(std::move(stages), sameStage);
}

} // namespace showroom
