#include "ShareModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace showroom {

namespace {
bool sameShare(const ConsultantShare& a, const ConsultantShare& b)
{
    return a.name == b.name && a.stored == b.stored && a.weight == b.weight;
}
} // namespace

ShareModel::ShareModel(QObject* parent) : RowListModel<ConsultantShare>(parent) {}

int ShareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Consultant:
        return tr("Consultant");
    case Share:
        return tr("Share");
    case Percent:
        return tr("Of the leads");
    }
    return {};
}

int ShareModel::total() const
{
    int sum = 0;
    for (const ConsultantShare& row : rows())
        sum += row.weight;
    return sum;
}

QVariant ShareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsultantShare& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Consultant:
            return row.name;
        case Share:
            return QLocale().toString(row.weight);
        case Percent: {
            const int sum = total();
            if (sum == 0 || row.weight == 0)
                return tr("none");
            return tr("%1 %").arg(QLocale().toString(100.0 * row.weight / sum, 'f', 0));
        }
        }
        return {};
    case Qt::EditRole:
        return index.column() == Share ? QVariant(row.weight) : QVariant();
    case IdRole:
        return row.id;
    case Qt::FontRole:
        if (index.column() == Share && row.weight != row.stored) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Percent)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Share && m_editable)
            return tr("Double-click to change; 0 takes no leads under weighted assignment");
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ShareModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == Share)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ShareModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole || index.column() != Share ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int weight = value.toInt(&ok);
    if (!ok || weight < 0 || weight > 1000 || weight == rowAt(index.row()).weight)
        return false;
    mutableRowAt(index.row()).weight = weight;
    Q_EMIT dataChanged(index, index);
    repaintColumn(Percent); // every percentage depends on the total
    Q_EMIT edited();
    return true;
}

void ShareModel::setUsers(const std::vector<User>& users)
{
    std::vector<ConsultantShare> shares;
    for (const User& user : users)
        if (user.active && user.role == showroom::Role::Consultant)
            shares.push_back(
                {user.id, user.displayName, user.assignmentWeight, user.assignmentWeight});
    std::sort(shares.begin(), shares.end(), [](const ConsultantShare& a, const ConsultantShare& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    apply(std::move(shares), sameShare);
    repaintColumn(Percent);
}

QHash<qint64, int> ShareModel::changedWeights() const
{
    QHash<qint64, int> changed;
    for (const ConsultantShare& row : rows())
        if (row.weight != row.stored)
            changed.insert(row.id, row.weight);
    return changed;
}

} // namespace showroom
