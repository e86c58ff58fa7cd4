#pragma once

#include "common/RowListModel.h"
#include "domain/Vehicle.h"

namespace showroom {

// The stock cars the deal form offers (a search result), in the order the search returned them.
class VehicleListModel : public RowListModel<Vehicle> {
    Q_OBJECT

public:
    enum Column { Vin, Name, Colour, Year, Status, Price, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawRole, // the column's value unformatted
    };

    explicit VehicleListModel(QString currency, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setVehicles(std::vector<Vehicle> vehicles);
    const Vehicle* vehicleById(qint64 id) const;

private:
    QVariant display(const Vehicle& v, int column) const;
    QVariant raw(const Vehicle& v, int column) const;

    QString m_currency;
};

} // namespace showroom
