#pragma once

#include "Error.h"
#include "domain/User.h"
#include "domain/Vehicle.h"
#include "services/ServiceContext.h"

#include <QByteArray>
#include <vector>

namespace showroom {

// One row of a stock-list import and what became of it.
struct StockImportRow {
    int line = 0; // 1-based line in the file (the header is line 1)
    QString vin;
    enum class Outcome { Added, Updated, Unchanged, Rejected } outcome = Outcome::Rejected;
    QString reason; // translated, for rejected rows (and VIN notes)
    std::optional<qint64> vehicleId;
};

struct StockImportReport {
    std::vector<StockImportRow> rows;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
};

// The showroom's vehicle stock: cars in stock, in transit, reserved for a deal, sold, delivered.
// Managers (and admins) keep the list; everyone may search it.
class StockService {
    Q_DECLARE_TR_FUNCTIONS(StockService)

public:
    explicit StockService(ServiceContext context) : m_context(context) {}

    // Validates the VIN (see validateVin), make and model; a VIN already in stock is refused.
    Result<Vehicle> add(const User& actor, const Vehicle& draft);
    // Version-checked edit of the descriptive fields, price, status (in stock / in transit with
    // the expected date) and the test-drive mark. Reserved, sold and delivered follow the deal.
    Result<Vehicle> update(const User& actor, const Vehicle& edited);
    Result<Vehicle> get(qint64 vehicleId);
    Result<Vehicle> byVin(const QString& vin);
    Result<std::vector<Vehicle>> search(const VehicleFilter& filter);
    // Distinct values for the deal form's make → model → trim → colour choice (available cars).
    Result<QStringList> choices(const QString& make = {}, const QString& model = {},
                                const QString& trim = {});
    // A stock list (CSV; delimiter , ; or tab; UTF-8 with or without BOM). Columns by header:
    // vin, make, model, trim, colour/color, year, condition, status, expected, price, stock number,
    // test drive. A VIN already stored is updated; a bad row is rejected with its reason and the
    // others still import. `dryRun` reports without writing.
    Result<StockImportReport> importCsv(const User& actor, const QByteArray& csv,
                                        bool dryRun = false);

private:
    ServiceContext m_context;
};

} // namespace showroom
