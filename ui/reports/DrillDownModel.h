#pragma once

#include "common/RowListModel.h"
#include "reports/ReportService.h"

namespace showroom {

// One lead of a drill-down list, keyed by the lead id for RowListModel.
struct DrillLine {
    qint64 id = 0;
    reports::DrillRow row;
};

// The leads behind a report figure: customer, source, consultant, stage and when the lead was
// created. RawRole gives the unformatted value (the creation as QDateTime) for sorting.
class DrillDownModel : public RowListModel<DrillLine> {
    Q_OBJECT

public:
    enum Column { Customer, Source, Consultant, Stage, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the lead id
        RawRole,                   // the column's value unformatted
        CustomerIdRole,
    };

    explicit DrillDownModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLeads(std::vector<reports::DrillRow> rows);

private:
    QString display(const reports::DrillRow& row, int column) const;
};

} // namespace showroom
