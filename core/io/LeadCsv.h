#pragma once

#include "Error.h"
#include "io/LeadCsvMapping.h"

#include <QByteArray>

// Lists of leads from portals, events and spreadsheets: a CSV file of unknown encoding and
// delimiter whose columns are mapped to lead fields, by their header names (English, German,
// Russian, Ukrainian, Chinese) or by hand.
namespace showroom::leadcsv {

Result<Table> read(const QByteArray& bytes);

} // namespace showroom::leadcsv
