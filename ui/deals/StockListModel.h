#pragma once

#include "common/RowListModel.h"
#include "domain/Vehicle.h"

namespace showroom {

// The Stock page's list: one row per vehicle, as StockService::search returned it. setVehicles()
// shows a new result by inserting, removing, moving and repainting only what differs.
class StockListModel : public RowListModel<Vehicle> {
    Q_OBJECT

public:
    enum Column {
        Vin,
        StockNumber,
        Make,
        Model,
        Trim,
        Colour,
        Year,
        Condition,
        Status,
        Price,
        TestDrive,
        ColumnCount
    };
    // RawRole: the stored value (VIN text, year, status key, price in cents, test-drive bool).
    enum Role { IdRole = Qt::UserRole + 1, RawRole };

    explicit StockListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setVehicles(std::vector<Vehicle> vehicles);
    void setCurrency(const QString& currency);
    const Vehicle* vehicle(const QModelIndex& index) const;

private:
    QVariant display(const Vehicle& v, int column) const;
    QVariant raw(const Vehicle& v, int column) const;

    QString m_currency = QStringLiteral("EUR");
};

} // namespace showroom
