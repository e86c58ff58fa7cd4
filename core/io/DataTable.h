#pragma once

#include <QString>
#include <QVariant>
#include <vector>

namespace showroom {

// A titled table of typed values, the common shape of everything the app exports (CSV, XLSX) and
// prints as a table. Cells hold QVariant of the column's type, or an invalid QVariant for "none".
struct DataColumn {
    enum class Type {
        Text,    // QString
        Integer, // qint64
        Number,  // double
        Percent, // double, a fraction (0.25 = 25 %)
        Money,   // qint64 cents
        Date,    // QDate
    };
    QString title;
    Type type = Type::Text;
};

struct DataTable {
    QString name;  // short, for a sheet or file name ("Consultants")
    QString title; // as printed above the table
    std::vector<DataColumn> columns;
    std::vector<std::vector<QVariant>> rows;
    QString currency; // ISO 4217 for Money columns
};

} // namespace showroom
