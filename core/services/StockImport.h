#pragma once

#include "Error.h"
#include "domain/Vehicle.h"
#include "io/Csv.h"

// Reading a stock list: which column holds what, and the text of one cell as a value. Used by
// StockService::importCsv; the parsers also serve the CLI and the vehicle dialog.
namespace showroom::stock {

// A price as people type it: "23990", "23.990,50", "23,990.50", "€ 23 990" → cents. A single
// separator followed by three digits groups thousands; by one or two it marks the cents.
Result<qint64> parsePriceCents(const QString& text);
// 2026-12-01, 01.12.2026 or 1.12.2026.
Result<QDate> parseDate(const QString& text);
// new/neu, used/gebraucht, demo/vorführwagen.
Result<VehicleCondition> parseCondition(const QString& text);
// in_stock/in stock/auf lager, in_transit/in transit/unterwegs; reserved, sold and delivered are
// refused (deals set them).
Result<VehicleStatus> parseStockStatus(const QString& text);
// 1/yes/ja/true/x and 0/no/nein/false (empty: false).
Result<bool> parseFlag(const QString& text);

// The columns of a stock list by their English or German header; -1 when absent.
struct Columns {
    int vin = -1, make = -1, model = -1, trim = -1, colour = -1, year = -1, condition = -1,
        status = -1, expected = -1, price = -1, stockNumber = -1, testDrive = -1;

    static Columns of(const csv::Document& document);
};

// Copies the cells the file has onto `vehicle` (the VIN is handled by the caller). A cell that
// cannot be read fails with the reason, naming the column.
Result<void> applyRecord(const Columns& columns, const csv::Record& record, Vehicle& vehicle);

} // namespace showroom::stock
