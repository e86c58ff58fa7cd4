#pragma once

#include "Error.h"
#include "domain/Vehicle.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

namespace showroom {

class VehicleRepository {
public:
    explicit VehicleRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Vehicle& vehicle);
    // Version-checked edit of everything a person may change (not the owner); returns the new
    // version. The label names the car in a conflict message.
    Result<int> update(const Vehicle& vehicle, const std::function<QString()>& label);
    Result<Vehicle> byId(qint64 id);
    // NotFound when no car carries this (normalised) VIN.
    Result<Vehicle> byVin(const QString& vin);
    // `filter.text` matches any part of the VIN (normalised, so "wvw zz" finds WVWZZZ…), the stock
    // number, the make, the model or "make model".
    Result<std::vector<Vehicle>> search(const VehicleFilter& filter);
    // Distinct makes of available cars (in stock or in transit, no owner); with `make` its models,
    // with `make` and `model` their trims, with all three their colours.
    Result<QStringList> choices(const QString& make, const QString& model, const QString& trim);
    // For deals: reserved, sold, delivered (or back in stock) and who owns the car now. No version
    // check (the deal's own version guards the change) but the version is bumped so that an open
    // vehicle editor notices.
    Result<void> setStatus(qint64 vehicleId, VehicleStatus status,
                           std::optional<qint64> ownerCustomerId);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
