#pragma once

#include <QString>

namespace bench {

struct BenchConfig {
    QString path;
    qint64 customers = 0;
    bool shared = false;
    int iterations = 200; // samples of the per-action measurements
};

// Each prints one or more JSON lines; false when the measurement could not run.
bool measureOpen(const BenchConfig& config);
bool measureQuickCheck(const BenchConfig& config);
bool measureSearch(const BenchConfig& config);
bool measureLeadMove(const BenchConfig& config);
bool measureCustomerAdd(const BenchConfig& config);

} // namespace bench
