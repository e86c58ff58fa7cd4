#include "StockImportModel.h"

#include <QColor>

namespace showroom {

int StockImportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StockImportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StockImportModel::outcome(StockImportRow::Outcome outcome, bool dryRun)
{
    switch (outcome) {
    case StockImportRow::Outcome::Added:
        return dryRun ? tr("Will be added") : tr("Added");
    case StockImportRow::Outcome::Updated:
        return dryRun ? tr("Will be updated") : tr("Updated");
    case StockImportRow::Outcome::Unchanged:
        return tr("Unchanged");
    case StockImportRow::Outcome::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant StockImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Vin:
        return tr("VIN");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    }
    return {};
}

QVariant StockImportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockImportRow& row = m_rows.at(static_cast<std::size_t>(index.row()));
    const bool rejected = row.outcome == StockImportRow::Outcome::Rejected;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line:
            return row.line;
        case Vin:
            return row.vin;
        case Outcome:
            return outcome(row.outcome, m_dryRun);
        case Reason:
            return row.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Reason && !row.reason.isEmpty() ? QVariant(row.reason)
                                                                 : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Outcome && rejected)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case RawRole:
        switch (index.column()) {
        case Line:
            return row.line;
        case Vin:
            return row.vin;
        case Outcome:
            return int(row.outcome);
        case Reason:
            return row.reason;
        }
        return {};
    default:
        return {};
    }
}

void StockImportModel::setRows(std::vector<StockImportRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace showroom
