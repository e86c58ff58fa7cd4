#include "StockService.h"

#include "io/Csv.h"
#include "rules/Vin.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/StockImport.h"
#include "storage/VehicleRepository.h"

#include <QHash>

namespace showroom {

namespace {
QString vehicleName(const Vehicle& v)
{
    return StockService::tr("The vehicle %1 (%2)").arg(v.label(), v.vin);
}

bool followsDeal(VehicleStatus status)
{
    return status == VehicleStatus::Reserved || status == VehicleStatus::Sold ||
           status == VehicleStatus::Delivered;
}

// Normalises and checks what a person (or a stock list) may set. Returns the VIN note.
Result<QString> checkDraft(Vehicle& v, const QDate& today)
{
    auto vin = validateVin(v.vin);
    if (!vin)
        return std::unexpected(vin.error());
    v.vin = vin->vin;
    v.make = v.make.simplified();
    v.model = v.model.simplified();
    v.trim = v.trim.simplified();
    v.colour = v.colour.simplified();
    v.stockNumber = v.stockNumber.simplified();
    if (v.make.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("Enter the make of the car (for example VW)."));
    if (v.model.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("Enter the model of the car (for example Golf)."));
    if (v.modelYear && (*v.modelYear < 1900 || *v.modelYear > today.year() + 2))
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("%1 is not a plausible model year.").arg(*v.modelYear));
    if (v.priceCents && *v.priceCents < 0)
        return fail(ErrorCode::InvalidInput, StockService::tr("A price cannot be negative."));
    if (v.status == VehicleStatus::InTransit && !v.expectedOn.isValid())
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("A car in transit needs the date it is expected to arrive."));
    if (v.status == VehicleStatus::InStock)
        v.expectedOn = QDate();
    return vin->note;
}

// Status changes a person may make: between in stock and in transit; the rest follow the deal.
Result<void> checkStatusChange(const Vehicle& current, Vehicle& edited)
{
    if (followsDeal(current.status)) {
        if (edited.status != current.status)
            return fail(ErrorCode::InvalidInput,
                        StockService::tr("%1 belongs to a deal (reserved, sold or delivered); its "
                                         "status follows the deal.")
                            .arg(vehicleName(current)));
        edited.expectedOn = current.expectedOn;
        return {};
    }
    if (followsDeal(edited.status))
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("A car is reserved, sold and delivered through its deal, "
                                     "not in the stock list."));
    return {};
}

bool sameStockFields(const Vehicle& a, const Vehicle& b)
{
    return a.vin == b.vin && a.make == b.make && a.model == b.model && a.trim == b.trim &&
           a.colour == b.colour && a.modelYear == b.modelYear && a.condition == b.condition &&
           a.status == b.status && a.expectedOn == b.expectedOn && a.priceCents == b.priceCents &&
           a.stockNumber == b.stockNumber && a.testDriveCar == b.testDriveCar;
}

bool blank(const csv::Record& record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}
} // namespace

Result<Vehicle> StockService::add(const User& actor, const Vehicle& draft)
{
    if (auto allowed = require(actor, Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    Vehicle vehicle = draft;
    if (followsDeal(vehicle.status))
        return fail(ErrorCode::InvalidInput,
                    tr("A new car is in stock or in transit; deals reserve and sell it."));
    if (auto checked = checkDraft(vehicle, now.date()); !checked)
        return std::unexpected(checked.error());
    vehicle.ownerCustomerId.reset();
    vehicle.createdAt = now;
    auto added = m_context.db.write([&]() -> Result<Vehicle> {
        VehicleRepository vehicles(m_context.db.sql());
        auto existing = vehicles.byVin(vehicle.vin);
        if (existing)
            return fail(ErrorCode::Duplicate, tr("The VIN %1 is already in the stock list: %2.")
                                                  .arg(vehicle.vin, existing->label()));
        if (existing.error().code != ErrorCode::NotFound)
            return std::unexpected(existing.error());
        auto id = vehicles.insert(vehicle);
        if (!id)
            return std::unexpected(id.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("vehicle.create"),
                                QStringLiteral("vehicles"), *id,
                                {{QStringLiteral("vin"), vehicle.vin},
                                 {QStringLiteral("vehicle"), vehicle.label()}});
            !logged)
            return std::unexpected(logged.error());
        return vehicles.byId(*id);
    });
    if (added && m_context.changes)
        Q_EMIT m_context.changes->vehicleChanged(added->id);
    return added;
}

Result<Vehicle> StockService::update(const User& actor, const Vehicle& edited)
{
    if (auto allowed = require(actor, Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    Vehicle vehicle = edited;
    if (auto checked = checkDraft(vehicle, m_context.clock.now().date()); !checked)
        return std::unexpected(checked.error());
    auto updated = m_context.db.write([&]() -> Result<Vehicle> {
        VehicleRepository vehicles(m_context.db.sql());
        auto current = vehicles.byId(edited.id);
        if (!current)
            return current;
        Vehicle changed = vehicle; // the transaction may run again: change a copy
        if (auto status = checkStatusChange(*current, changed); !status)
            return std::unexpected(status.error());
        if (changed.vin != current->vin) {
            auto other = vehicles.byVin(changed.vin);
            if (other)
                return fail(ErrorCode::Duplicate, tr("The VIN %1 is already in the stock list: %2.")
                                                      .arg(changed.vin, other->label()));
            if (other.error().code != ErrorCode::NotFound)
                return std::unexpected(other.error());
        }
        if (auto version = vehicles.update(changed, [&] { return vehicleName(*current); });
            !version)
            return std::unexpected(version.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("vehicle.update"),
                                QStringLiteral("vehicles"), changed.id,
                                {{QStringLiteral("vin"), changed.vin},
                                 {QStringLiteral("status"), vehicleStatusKey(changed.status)}});
            !logged)
            return std::unexpected(logged.error());
        return vehicles.byId(changed.id);
    });
    if (updated && m_context.changes)
        Q_EMIT m_context.changes->vehicleChanged(updated->id);
    return updated;
}

Result<Vehicle> StockService::get(qint64 vehicleId)
{
    return VehicleRepository(m_context.db.sql()).byId(vehicleId);
}

Result<Vehicle> StockService::byVin(const QString& vin)
{
    return VehicleRepository(m_context.db.sql()).byVin(vin);
}

Result<std::vector<Vehicle>> StockService::search(const VehicleFilter& filter)
{
    return VehicleRepository(m_context.db.sql()).search(filter);
}

Result<QStringList> StockService::choices(const QString& make, const QString& model,
                                          const QString& trim)
{
    return VehicleRepository(m_context.db.sql()).choices(make, model, trim);
}

Result<StockImportReport> StockService::importCsv(const User& actor, const QByteArray& csvBytes,
                                                  bool dryRun)
{
    if (auto allowed = require(actor, Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    auto document = csv::read(csvBytes);
    if (!document)
        return std::unexpected(document.error());
    const stock::Columns columns = stock::Columns::of(*document);
    if (columns.vin < 0)
        return fail(ErrorCode::InvalidInput,
                    tr("The file has no VIN column: its header line needs a column “VIN” (or "
                       "“FIN”). Found: %1.")
                        .arg(document->header.join(QStringLiteral(", "))));
    const QDateTime now = m_context.clock.now();

    const auto work = [&]() -> Result<StockImportReport> {
        StockImportReport report;
        VehicleRepository vehicles(m_context.db.sql());
        QHash<QString, int> seen; // VIN → line of its first row
        for (const csv::Record& record : document->records) {
            if (blank(record))
                continue;
            StockImportRow row;
            row.line = record.line;
            row.vin = normalisedVinFragment(record.value(columns.vin));
            const auto reject = [&](const QString& reason) {
                row.outcome = StockImportRow::Outcome::Rejected;
                row.reason = reason;
                ++report.rejected;
                report.rows.push_back(row);
            };
            auto vin = validateVin(row.vin);
            if (!vin) {
                reject(vin.error().message);
                continue;
            }
            if (seen.contains(vin->vin)) {
                reject(tr("The VIN %1 already appeared on line %2.")
                           .arg(vin->vin)
                           .arg(seen.value(vin->vin)));
                continue;
            }
            seen.insert(vin->vin, row.line);
            auto existing = vehicles.byVin(vin->vin);
            if (!existing && existing.error().code != ErrorCode::NotFound)
                return std::unexpected(existing.error());
            Vehicle vehicle;
            if (existing) {
                vehicle = *existing;
            } else {
                vehicle.vin = vin->vin;
                vehicle.createdAt = now;
            }
            if (auto applied = stock::applyRecord(columns, record, vehicle); !applied) {
                reject(applied.error().message);
                continue;
            }
            if (existing && followsDeal(existing->status)) { // the deal keeps its status
                vehicle.status = existing->status;
                vehicle.expectedOn = existing->expectedOn;
            }
            auto checked = checkDraft(vehicle, now.date());
            if (!checked) {
                reject(checked.error().message);
                continue;
            }
            row.reason = *checked;
            if (existing) {
                row.vehicleId = existing->id;
                if (sameStockFields(*existing, vehicle)) {
                    row.outcome = StockImportRow::Outcome::Unchanged;
                    ++report.unchanged;
                } else {
                    row.outcome = StockImportRow::Outcome::Updated;
                    ++report.updated;
                    if (!dryRun) {
                        auto saved = vehicles.update(vehicle, [&] { return vehicleName(vehicle); });
                        if (!saved)
                            return std::unexpected(saved.error());
                    }
                }
            } else {
                row.outcome = StockImportRow::Outcome::Added;
                ++report.added;
                if (!dryRun) {
                    auto id = vehicles.insert(vehicle);
                    if (!id)
                        return std::unexpected(id.error());
                    row.vehicleId = *id;
                }
            }
            report.rows.push_back(row);
        }
        if (!dryRun) {
            if (auto logged = audit(m_context, &actor, QStringLiteral("stock.import"),
                                    QStringLiteral("vehicles"), 0,
                                    {{QStringLiteral("added"), report.added},
                                     {QStringLiteral("updated"), report.updated},
                                     {QStringLiteral("unchanged"), report.unchanged},
                                     {QStringLiteral("rejected"), report.rejected}});
                !logged)
                return std::unexpected(logged.error());
        }
        return report;
    };
    auto report = dryRun ? work() : m_context.db.write(work);
    if (report && !dryRun && m_context.changes) {
        for (const StockImportRow& row : report->rows) {
            const bool changed = row.outcome == StockImportRow::Outcome::Added ||
                                 row.outcome == StockImportRow::Outcome::Updated;
            if (changed && row.vehicleId)
                Q_EMIT m_context.changes->vehicleChanged(*row.vehicleId);
        }
    }
    return report;
}

} // namespace showroom
