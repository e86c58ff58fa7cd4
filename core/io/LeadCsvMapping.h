#pragma once

#include "io/Adf.h"
#include "io/CsvParser.h"

#include <optional>
#include <vector>

// The columns of a lead list (see LeadCsv.h) mapped to lead fields, by their header names (English,
// German, Russian, Ukrainian, Chinese) or by hand. Free of std::expected, so that the fuzz targets
// reach it.
namespace showroom::leadcsv {

enum class Field {
    Ignore,
    FirstName,
    LastName,
    FullName,
    Company,
    Phone,
    Mobile,
    Email,
    Street,
    PostalCode,
    City,
    Vehicle,
    Comments,
    Id,
};

QString fieldKey(Field field); // "first_name", "phone", ..., "ignore"
std::optional<Field> fieldFromKey(const QString& key);
const std::vector<Field>& allFields();

using Mapping = std::vector<Field>; // one per column

// The field a header name stands for; Ignore when none.
Field guessField(const QString& headerName);
Mapping guessMapping(const QStringList& header);
// Whether the mapping reaches anyone: a phone, mobile or email column.
bool reachesAnyone(const Mapping& mapping);

struct Table {
    QString encoding; // text::Guess::encoding
    QChar delimiter;
    QStringList header;
    std::vector<csv::Record> records;
};

// One prospect per record that holds any value; `id` of a mapped Id column (source "csv").
std::vector<adf::Prospect> prospects(const Table& table, const Mapping& mapping);

} // namespace showroom::leadcsv
