#pragma once

#include "Clock.h"
#include "common/RowListModel.h"
#include "domain/Deal.h"

namespace showroom {

// One line of the Deliveries view, keyed by the deal id for RowListModel.
struct DeliveryListRow {
    qint64 id = 0; // the deal
    DeliveryRow delivery;
};

// The deals on their way to the customer, in the core's order of urgency (overdue first, then
// due soon, on track, and the recently delivered). Overdue rows are red, due-soon rows amber.
class DeliveryListModel : public RowListModel<DeliveryListRow> {
    Q_OBJECT

public:
    enum Column {
        Customer,
        Vehicle,
        Vin,
        Consultant,
        Promised,
        Progress,
        NextStep,
        Bank,
        Status,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the deal id
        RawRole,                   // the column's value unformatted
        CustomerIdRole,
        UrgencyRole,  // DeliveryUrgency as int
        FractionRole, // progress 0…1 (Progress column)
    };

    explicit DeliveryListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDeliveries(std::vector<DeliveryRow> rows);
    const DeliveryRow& deliveryAt(int row) const { return rowAt(row).delivery; }
    static QString urgencyText(DeliveryUrgency urgency);

private:
    QVariant display(const DeliveryRow& row, int column) const;
    QVariant raw(const DeliveryRow& row, int column) const;
    QVariant foreground(const DeliveryRow& row, int column) const;
};

} // namespace showroom
