#include "reports/DrillDownModel.h"

#include "common/Labels.h"

#include <QLocale>

namespace showroom {

using reports::DrillRow;

namespace {
bool sameLead(const DrillLine& a, const DrillLine& b)
{
    return a.row.customerName == b.row.customerName && a.row.sourceName == b.row.sourceName &&
           a.row.consultantName == b.row.consultantName && a.row.stageKey == b.row.stageKey &&
           a.row.stageName == b.row.stageName && a.row.createdAt == b.row.createdAt &&
           a.row.customerId == b.row.customerId;
}
} // namespace

DrillDownModel::DrillDownModel(QObject* parent) : RowListModel<DrillLine>(parent) {}

int DrillDownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case Source:
        return tr("Source");
    case Consultant:
        return tr("Consultant");
    case Stage:
        return tr("Stage");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DrillDownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillRow& row = rowAt(index.row()).row;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Customer
                   ? tr("Lead #%1: double-click to open the customer card").arg(row.leadId)
                   : QVariant();
    case IdRole:
        return row.leadId;
    case CustomerIdRole:
        return row.customerId;
    case RawRole:
        if (index.column() == Created)
            return row.createdAt;
        return display(row, index.column());
    default:
        return {};
    }
}

QString DrillDownModel::display(const DrillRow& row, int column) const
{
    switch (Column(column)) {
    case Customer:
        return row.customerName;
    case Source:
        return row.sourceName;
    case Consultant:
        return row.consultantName.isEmpty() ? tr("Unassigned") : row.consultantName;
    case Stage:
        return Labels::stage(row.stageKey, row.stageName);
    case Created:
        return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

void DrillDownModel::setLeads(std::vector<DrillRow> rows)
{
    std::vector<DrillLine> lines;
    lines.reserve(rows.size());
    for (DrillRow& row : rows)
        lines.push_back({row.leadId, std::move(row)});
    apply(std::move(lines), &sameLead);
}

} // namespace showroom
