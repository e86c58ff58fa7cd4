#pragma once

#include "domain/CustomerCard.h"

#include <QAbstractTableModel>
#include <vector>

namespace showroom {

// The open and closed leads of one customer, newest first.
class CustomerLeadsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Stage, Consultant, Source, Vehicle, Created, Closed, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StageKeyRole };

    explicit CustomerLeadsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The same leads in the same order update in place (dataChanged); otherwise a reset.
    void setLeads(std::vector<LeadSummary> leads);
    const LeadSummary& lead(int row) const { return m_leads.at(std::size_t(row)); }

private:
    std::vector<LeadSummary> m_leads;
};

} // namespace showroom
