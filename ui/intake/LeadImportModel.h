#pragma once

#include "services/LeadIntake.h"

#include <QAbstractTableModel>

namespace showroom {

// The records of a lead import (or its dry run): which record, who, what became of it and why.
class LeadImportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Record, Name, Outcome, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A new report replaces the old one as a whole.
    void setReport(std::vector<IntakeRecord> records, bool dryRun);
    const std::vector<IntakeRecord>& records() const { return m_records; }

    static QString outcome(IntakeOutcome outcome, bool dryRun);

private:
    std::vector<IntakeRecord> m_records;
    bool m_dryRun = true;
};

} // namespace showroom
