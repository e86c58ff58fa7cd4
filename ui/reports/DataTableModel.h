#pragma once

#include "io/DataTable.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <vector>

namespace showroom {

// A report table (ReportTables: funnel, sources, campaigns, lost reasons, deliveries) shown as it
// is exported: the same columns and rows, formatted in the app's locale. RawRole gives the cell
// unformatted for sorting; IdRole the id a row stands for (a stage, source, campaign or lost
// reason) for the drill-down.
class DataTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RawRole };

    explicit DataTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `ids` has one id per row of `table` (or is empty: nothing to drill into).
    void setTable(DataTable table, std::vector<qint64> ids = {});
    const DataTable& table() const { return m_table; }
    qint64 idAt(int row) const;

private:
    bool isNumeric(int column) const;

    DataTable m_table;
    std::vector<qint64> m_ids;
    QLocale m_locale;
};

} // namespace showroom
