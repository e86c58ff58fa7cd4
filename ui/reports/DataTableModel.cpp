#include "reports/DataTableModel.h"

#include "reports/ReportFormat.h"

namespace showroom {

DataTableModel::DataTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int DataTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DataTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

bool DataTableModel::isNumeric(int column) const
{
    const auto type = m_table.columns.at(std::size_t(column)).type;
    return type != DataColumn::Type::Text && type != DataColumn::Type::Date;
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns[std::size_t(section)].title;
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_table.rows[std::size_t(index.row())];
    const std::size_t column = std::size_t(index.column());
    const QVariant value = column < row.size() ? row[column] : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return ReportFormat::cell(value, m_table.columns[column].type, m_table.currency, m_locale);
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return m_ids.empty() ? QVariant() : QVariant(idAt(index.row()));
    case RawRole:
        return value;
    default:
        return {};
    }
}

qint64 DataTableModel::idAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_ids.size() ? m_ids[std::size_t(row)] : 0;
}

void DataTableModel::setTable(DataTable table, std::vector<qint64> ids)
{
    beginResetModel(); // a new report: the columns may differ (lost reasons per stage)
    m_table = std::move(table);
    m_ids = std::move(ids);
    m_locale = QLocale();
    endResetModel();
}

} // namespace showroom
