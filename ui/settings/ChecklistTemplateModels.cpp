#include "ChecklistTemplateModels.h"

#include "deals/StockText.h"

#include <QLocale>
#include <algorithm>

namespace showroom {

namespace {
bool sameItem(const ChecklistTemplateItem& a, const ChecklistTemplateItem& b)
{
    return a.id == b.id && a.version == b.version && a.position == b.position &&
           a.title == b.title && a.required == b.required &&
           a.requiresDocument == b.requiresDocument && a.priceCents == b.priceCents &&
           a.salesArgument == b.salesArgument && a.dueDaysBefore == b.dueDaysBefore &&
           a.dueDaysAfterSigning == b.dueDaysAfterSigning;
}

bool sameTemplate(const ChecklistTemplate& a, const ChecklistTemplate& b)
{
    return a.kind == b.kind && a.name == b.name && a.model == b.model && a.active == b.active &&
           std::ranges::equal(a.items, b.items, sameItem);
}

int kindOrder(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::LoanPrivate:
        return 0;
    case ChecklistKind::LoanCompany:
        return 1;
    case ChecklistKind::Delivery:
        return 2;
    case ChecklistKind::Handover:
        return 3;
    case ChecklistKind::Accessories:
        return 4;
    }
    return 5;
}
} // namespace

ChecklistTemplateListModel::ChecklistTemplateListModel(QObject* parent)
    : RowListModel<ChecklistTemplate>(parent)
{
}

QString ChecklistTemplateListModel::templateName(const ChecklistTemplate& checklist)
{
    switch (checklist.kind) {
    case ChecklistKind::LoanPrivate:
        return tr("Loan documents — private buyer");
    case ChecklistKind::LoanCompany:
        return tr("Loan documents — company buyer");
    case ChecklistKind::Delivery:
        return tr("Delivery steps");
    case ChecklistKind::Handover:
        return tr("Handover");
    case ChecklistKind::Accessories:
        return checklist.model.isEmpty() ? tr("Accessories — all models")
                                         : tr("Accessories — %1").arg(checklist.model);
    }
    return checklist.name;
}

int ChecklistTemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ChecklistTemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistTemplate& checklist = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return templateName(checklist);
    case Qt::ToolTipRole:
        return tr("Items: %1").arg(checklist.items.size());
    case IdRole:
        return checklist.id;
    case KindRole:
        return int(checklist.kind);
    default:
        return {};
    }
}

void ChecklistTemplateListModel::setTemplates(std::vector<ChecklistTemplate> templates)
{
    std::stable_sort(templates.begin(), templates.end(),
                     [](const ChecklistTemplate& a, const ChecklistTemplate& b) {
                         if (kindOrder(a.kind) != kindOrder(b.kind))
                             return kindOrder(a.kind) < kindOrder(b.kind);
                         return a.model.localeAwareCompare(b.model) < 0;
                     });
    apply(std::move(templates), sameTemplate);
}

ChecklistItemModel::ChecklistItemModel(QObject* parent)
    : RowListModel<ChecklistTemplateItem>(parent)
{
}

QList<ChecklistItemModel::Column> ChecklistItemModel::columnsFor(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::LoanPrivate:
    case ChecklistKind::LoanCompany:
        return {Title, Required, Document, DueAfterSigning};
    case ChecklistKind::Delivery:
        return {Title, Required, Document, DueBefore};
    case ChecklistKind::Accessories:
        return {Title, Price, SalesArgument}; // every accessory is answered; none needs a file
    case ChecklistKind::Handover:
        break;
    }
    return {Title, Required, Document};
}

QString ChecklistItemModel::dueBefore(std::optional<int> days)
{
    if (!days)
        return {};
    if (*days == 0)
        return tr("on the day");
    return *days > 0 ? QLocale().toString(*days) : tr("%1 after").arg(QLocale().toString(-*days));
}

QString ChecklistItemModel::dueAfterSigning(std::optional<int> days)
{
    if (!days)
        return {};
    return *days == 0 ? tr("on the day") : QLocale().toString(*days);
}

int ChecklistItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DueBefore:
            return tr("Due this many days before the promised delivery date");
        case DueAfterSigning:
            return tr("Due this many days after the contract was signed");
        case Required:
            return tr("A required item must be done before the next step (bank, handover)");
        case Document:
            return tr("The item counts as done only with a scan or file attached");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Item");
    case Required:
        return tr("Required");
    case Document:
        return tr("Document needed");
    case Price:
        return tr("Price");
    case SalesArgument:
        return tr("Sales argument");
    case DueBefore:
        return tr("Days before delivery");
    case DueAfterSigning:
        return tr("Days after signing");
    }
    return {};
}

QVariant ChecklistItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistTemplateItem& item = rowAt(index.row());
    const QString tick = QStringLiteral("✓");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return item.title;
        case Required:
            return item.required ? tick : QString();
        case Document:
            return item.requiresDocument ? tick : QString();
        case Price:
            return StockText::price(item.priceCents, m_currency);
        case SalesArgument:
            return item.salesArgument;
        case DueBefore:
            return dueBefore(item.dueDaysBefore);
        case DueAfterSigning:
            return dueAfterSigning(item.dueDaysAfterSigning);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Title:
            return item.title;
        case Required:
            return item.required;
        case Document:
            return item.requiresDocument;
        case Price:
            return item.priceCents ? QVariant(*item.priceCents) : QVariant();
        case SalesArgument:
            return item.salesArgument;
        case DueBefore:
            return item.dueDaysBefore ? QVariant(*item.dueDaysBefore) : QVariant();
        case DueAfterSigning:
            return item.dueDaysAfterSigning ? QVariant(*item.dueDaysAfterSigning) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Required || index.column() == Document)
            return int(Qt::AlignCenter);
        if (index.column() == Price)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SalesArgument || index.column() == Title)
            return index.column() == Title ? item.title : item.salesArgument;
        return {};
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

void ChecklistItemModel::setItems(std::vector<ChecklistTemplateItem> items)
{
    std::ranges::stable_sort(items, {}, &ChecklistTemplateItem::position);
    apply(std::move(items), sameItem);
}

void ChecklistItemModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    repaintColumn(Price);
}

} // namespace showroom
