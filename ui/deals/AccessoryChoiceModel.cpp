#include "AccessoryChoiceModel.h"

#include "deals/DealText.h"

#include <QColor>

namespace showroom {

AccessoryChoiceModel::AccessoryChoiceModel(QString currency, QObject* parent)
    : RowListModel(parent), m_currency(std::move(currency))
{
}

int AccessoryChoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessoryChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Accessory");
    case Price:
        return tr("Price");
    case Argument:
        return tr("Why customers take it");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags AccessoryChoiceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Title)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AccessoryChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistTemplateItem& item = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Title)
            return item.title;
        if (column == Price)
            return item.priceCents ? QVariant(DealText::money(*item.priceCents, m_currency))
                                   : QVariant();
        if (column == Argument)
            return item.salesArgument;
        return {};
    case Qt::CheckStateRole:
        if (column == Title)
            return m_chosen.contains(item.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return item.salesArgument.isEmpty() ? QVariant() : QVariant(item.salesArgument);
    case Qt::ForegroundRole:
        if (column == Argument)
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Price)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return item.id;
    case RawRole:
        if (column == Title)
            return item.title;
        if (column == Price)
            return item.priceCents ? QVariant(*item.priceCents) : QVariant();
        if (column == Argument)
            return item.salesArgument;
        return {};
    default:
        return {};
    }
}

bool AccessoryChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Title ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChosen(rowAt(index.row()).id, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

void AccessoryChoiceModel::setChosen(qint64 itemId, bool chosen)
{
    const int row = rowOf(itemId);
    if (row < 0 || m_chosen.contains(itemId) == chosen)
        return;
    if (chosen)
        m_chosen.insert(itemId);
    else
        m_chosen.remove(itemId);
    Q_EMIT dataChanged(index(row, Title), index(row, Title), {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
}

void AccessoryChoiceModel::setItems(std::vector<ChecklistTemplateItem> items)
{
    QSet<qint64> offered;
    for (const ChecklistTemplateItem& item : items)
        offered.insert(item.id);
    const QSet<qint64> before = m_chosen;
    m_chosen.intersect(offered);
    apply(std::move(items), [](const ChecklistTemplateItem& a, const ChecklistTemplateItem& b) {
        return a.version == b.version;
    });
    if (m_chosen != before)
        Q_EMIT choiceChanged();
}

std::vector<qint64> AccessoryChoiceModel::chosenIds() const
{
    std::vector<qint64> ids;
    for (const ChecklistTemplateItem& item : rows())
        if (m_chosen.contains(item.id))
            ids.push_back(item.id);
    return ids;
}

qint64 AccessoryChoiceModel::chosenCents() const
{
    qint64 sum = 0;
    for (const ChecklistTemplateItem& item : rows())
        if (m_chosen.contains(item.id))
            sum += item.priceCents.value_or(0);
    return sum;
}

} // namespace showroom
