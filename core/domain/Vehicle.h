#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

enum class VehicleCondition { New, Used, Demo };
enum class VehicleStatus { InStock, InTransit, Reserved, Sold, Delivered };

QString vehicleConditionKey(VehicleCondition condition);
std::optional<VehicleCondition> vehicleConditionFromKey(const QString& key);
QString vehicleStatusKey(VehicleStatus status);
std::optional<VehicleStatus> vehicleStatusFromKey(const QString& key);

// A car in stock, on its way, or sold (then it belongs to a customer and its VIN finds him).
struct Vehicle {
    qint64 id = 0;
    QString vin; // upper case, validated
    QString make;
    QString model;
    QString trim;
    QString colour;
    std::optional<int> modelYear;
    VehicleCondition condition = VehicleCondition::New;
    VehicleStatus status = VehicleStatus::InStock;
    QDate expectedOn; // in transit: when it should arrive
    std::optional<qint64> priceCents;
    QString stockNumber;
    bool testDriveCar = false;
    std::optional<qint64> ownerCustomerId;
    QDateTime createdAt;
    int version = 1;

    // "VW Golf Life, Moonstone Grey"
    QString label() const;
};

// A stock search: any VIN fragment (or stock number), optionally narrowed.
struct VehicleFilter {
    QString text; // VIN fragment, stock number, make or model
    std::optional<VehicleStatus> status;
    bool availableOnly = false; // in stock or in transit, not reserved
    bool testDriveCarsOnly = false;
    QString make;
    QString model;
    QString trim;
    QString colour;
    int limit = 500;
};

// A test drive slot on a car.
struct TestDriveBooking {
    qint64 id = 0;
    qint64 vehicleId = 0;
    std::optional<qint64> leadId;
    std::optional<qint64> customerId;
    std::optional<qint64> taskId;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime cancelledAt;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QString vehicleLabel; // filled when listed
    QString customerName; // filled when listed
};

} // namespace showroom
