#pragma once

#include "common/RowListModel.h"
#include "reports/Report.h"

namespace showroom {

// One consultant of the report, keyed by his user id for RowListModel.
struct ConsultantLine {
    qint64 id = 0;
    reports::ConsultantRow row;
};

// The report's consultant figures, one row per consultant. RawRole gives each figure unformatted
// (counts as int, money in cents, rates as fractions, an invalid QVariant for "none"), so a
// QSortFilterProxyModel sorting on it orders numbers as numbers.
class ConsultantTableModel : public RowListModel<ConsultantLine> {
    Q_OBJECT

public:
    enum Column {
        Consultant,
        LeadsAssigned,
        MedianFirstResponse,
        ResponseBreaches,
        Escalations,
        FollowUpsDue,
        FollowUpsDone,
        FollowUpsOverdue,
        TestDrives,
        Offers,
        Sales,
        Revenue,
        AccessoriesOffered,
        AccessoriesSold,
        AttachRate,
        ManagerComments,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the consultant's user id
        RawRole,                   // the column's value unformatted
    };

    explicit ConsultantTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setConsultants(const std::vector<reports::ConsultantRow>& rows, const QString& currency);
    // The column's figure of `row`, unformatted (what RawRole returns).
    static QVariant raw(const reports::ConsultantRow& row, int column);

private:
    QString display(const reports::ConsultantRow& row, int column) const;
    QString toolTip(int column) const;

    QString m_currency;
};

} // namespace showroom
