#pragma once

#include "domain/User.h"

#include <QDate>
#include <QString>
#include <memory>
#include <optional>

namespace showroom {
class Database;
}

namespace bench {

struct BenchConfig {
    QString path;
    qint64 customers = 0;
    bool shared = false;
    int iterations = 200; // samples of the per-action measurements
};

// Targets on 1,000,000 customers (README), printed with each measurement as target_ms.
inline constexpr double kSearchTargetMs = 20;
inline constexpr double kDuplicateTargetMs = 5;
inline constexpr double kMoveTargetMs = 5;
inline constexpr double kDeliveriesTargetMs = 100;
inline constexpr double kWeeklyReportTargetMs = 300;
inline constexpr double kYearReportTargetMs = 1000;
inline constexpr double kWeeklyReportPdfTargetMs = 2000; // showroom-print-bench
// Rows the customer list asks for per page (CustomerListModel::DefaultPageSize; the benchmark
// links the core only, so the number is repeated here).
inline constexpr int kUiPageSize = 100;

// Opens the benchmark file like the app does (without the integrity check); null on failure.
std::unique_ptr<showroom::Database> openForWork(const BenchConfig& config);

// The first manager of the file, as whom the reports are computed (ReportMeasurements.cpp).
std::optional<showroom::User> reportManager(showroom::Database& db);
// The day of the newest visit: it stands for "today", so that a report covers real history however
// long ago the demo was generated (ReportMeasurements.cpp).
QDate newestDay(showroom::Database& db);

// Each prints one or more JSON lines; false when the measurement could not run.
bool measureOpen(const BenchConfig& config);
bool measureQuickCheck(const BenchConfig& config);
bool measureSearch(const BenchConfig& config);           // SearchMeasurements.cpp
bool measureDuplicatesTyping(const BenchConfig& config); // SearchMeasurements.cpp
bool measureMergePreview(const BenchConfig& config);     // SearchMeasurements.cpp
bool measureLeadMove(const BenchConfig& config);
bool measureCustomerAdd(const BenchConfig& config);
bool measureVinSearch(const BenchConfig& config);  // DealMeasurements.cpp
bool measureDeliveries(const BenchConfig& config); // DealMeasurements.cpp
bool measureReports(const BenchConfig& config);    // ReportMeasurements.cpp
bool measureIntake(const BenchConfig& config);     // IntakeMeasurements.cpp

} // namespace bench
