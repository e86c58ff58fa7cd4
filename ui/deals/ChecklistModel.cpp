#include "ChecklistModel.h"

#include "deals/DealText.h"

#include <QColor>
#include <QFont>

namespace showroom {

namespace {
const QColor kOverdue(0xc6, 0x28, 0x28);
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kMuted(0x6b, 0x6b, 0x6b);

bool sameItem(const ChecklistItem& a, const ChecklistItem& b)
{
    return a.version == b.version && a.attachmentCount == b.attachmentCount &&
           a.doneByName == b.doneByName;
}
} // namespace

ChecklistModel::ChecklistModel(const Clock& clock, QString currency, QObject* parent)
    : RowListModel(parent), m_clock(clock), m_currency(std::move(currency))
{
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Item:
        return tr("Item");
    case Required:
        return tr("Required");
    case Document:
        return tr("Document");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Price:
        return tr("Price");
    case ColumnCount:
        break;
    }
    return {};
}

bool ChecklistModel::isOverdue(const ChecklistItem& item) const
{
    return item.open() && item.dueOn.isValid() && item.dueOn < m_clock.now().toLocalTime().date();
}

QString ChecklistModel::statusText(const ChecklistItem& item) const
{
    const QString when = DealText::dateTime(item.doneAt);
    const QString who = item.doneByName.isEmpty() ? tr("someone") : item.doneByName;
    switch (item.status) {
    case ChecklistItemStatus::Open:
        return tr("open");
    case ChecklistItemStatus::Done:
        return tr("done by %1, %2").arg(who, when);
    case ChecklistItemStatus::Sold:
        return when.isEmpty() ? tr("sold") : tr("sold (%1, %2)").arg(who, when);
    case ChecklistItemStatus::NotSold:
        return tr("not sold: %1")
            .arg(DealText::accessoryReason(item.notSoldReason,
                                           m_reasonNames.value(item.notSoldReason)));
    }
    return {};
}

QString ChecklistModel::documentText(const ChecklistItem& item) const
{
    if (item.attachmentCount > 0)
        return tr("%n attached", nullptr, item.attachmentCount);
    return item.requiresDocument ? tr("needed") : QString();
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem& item = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column);
    case Qt::ToolTipRole:
        if (column == Item && !item.salesArgument.isEmpty())
            return item.salesArgument;
        if (column == Item && !item.note.isEmpty())
            return item.note;
        if (column == Due && isOverdue(item))
            return tr("Overdue since %1").arg(DealText::date(item.dueOn));
        if (column == Document && item.requiresDocument && item.attachmentCount == 0)
            return tr("A document must be attached before this item can be done");
        return {};
    case Qt::ForegroundRole:
        if (column == Due && isOverdue(item))
            return kOverdue;
        if (column == Document && item.requiresDocument && item.attachmentCount == 0)
            return item.required && item.open() ? kOverdue : kMuted;
        if (column == Status && !item.open())
            return item.status == ChecklistItemStatus::NotSold ? kMuted : kDone;
        if (column == Required && !item.required)
            return kMuted;
        return {};
    case Qt::FontRole:
        if (column == Item && item.open() && item.required) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Price)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return item.id;
    case StatusRole:
        return checklistItemStatusKey(item.status);
    case OverdueRole:
        return isOverdue(item);
    case RawRole:
        return raw(item, column);
    default:
        return {};
    }
}

QVariant ChecklistModel::display(const ChecklistItem& item, int column) const
{
    switch (Column(column)) {
    case Item:
        return item.title;
    case Required:
        return item.required ? tr("required") : tr("optional");
    case Document:
        return documentText(item);
    case Due:
        return DealText::date(item.dueOn);
    case Status:
        return statusText(item);
    case Price:
        return item.priceCents ? QVariant(DealText::money(*item.priceCents, m_currency))
                               : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChecklistModel::raw(const ChecklistItem& item, int column) const
{
    switch (Column(column)) {
    case Item:
        return item.title;
    case Required:
        return item.required;
    case Document:
        return item.attachmentCount;
    case Due:
        return item.dueOn;
    case Status:
        return checklistItemStatusKey(item.status);
    case Price:
        return item.priceCents ? QVariant(*item.priceCents) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

void ChecklistModel::setItems(const std::vector<ChecklistItem>& items, ChecklistKind kind)
{
    std::vector<ChecklistItem> mine;
    for (const ChecklistItem& item : items)
        if (item.kind == kind)
            mine.push_back(item);
    apply(std::move(mine), sameItem);
}

void ChecklistModel::setReasonNames(QHash<QString, QString> names)
{
    m_reasonNames = std::move(names);
    repaintColumn(Status);
}

const ChecklistItem* ChecklistModel::itemById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &rowAt(row);
}

int ChecklistModel::doneCount() const
{
    return int(std::ranges::count_if(rows(), [](const ChecklistItem& i) { return !i.open(); }));
}

} // namespace showroom
