#pragma once

#include "services/StockService.h"

#include <QAbstractTableModel>

namespace showroom {

// The rows of a stock-list import (or its dry run): line, VIN, what became of it and why.
class StockImportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Vin, Outcome, Reason, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A new report replaces the old one as a whole.
    void setRows(std::vector<StockImportRow> rows);
    const std::vector<StockImportRow>& rows() const { return m_rows; }

    static QString outcome(StockImportRow::Outcome outcome, bool dryRun);
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

private:
    std::vector<StockImportRow> m_rows;
    bool m_dryRun = true;
};

} // namespace showroom
