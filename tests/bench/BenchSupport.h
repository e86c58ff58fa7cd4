#pragma once

// Helpers of showroom-bench: timing, percentiles, JSON lines, and a raw sqlite3 connection for
// the "floor" figures (the same SQL without our layers).
#include <QString>
#include <QVariant>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bench {

using Clock = std::chrono::steady_clock;

inline double elapsedMs(Clock::time_point since)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// Runs `work` and returns how long it took in milliseconds.
template <typename Work> double timeMs(Work&& work)
{
    const auto start = Clock::now();
    work();
    return elapsedMs(start);
}

// Nearest-rank percentile (p in 0..100) of the samples.
double percentile(std::vector<double> samples, double p);

// One JSON object per line on stdout, keys in the order they were added.
class JsonLine {
public:
    explicit JsonLine(const QString& measurement);
    JsonLine& add(const char* key, double value, int decimals = 3);
    JsonLine& add(const char* key, qint64 value);
    JsonLine& add(const char* key, const QString& value);
    // n, p50_ms, p95_ms of the samples; floor_ms when floor samples are given.
    JsonLine& samples(const std::vector<double>& ms, const std::vector<double>& floorMs = {});
    // target_ms, and within_target: "yes" when the p95 of the samples meets it.
    JsonLine& target(const std::vector<double>& ms, double targetMs);
    void print();

private:
    QString m_text;
};

// Prints n, p50, p95, the target and whether p95 met it, after what `line` already holds.
void printTimed(JsonLine line, const std::vector<double>& samples, double targetMs);

// Progress and problems go to stderr so that stdout holds only JSON lines.
void note(const QString& text);

// Peak resident set size (VmHWM) in kB, from /proc/self/status.
qint64 peakRssKb();

// A plain sqlite3 connection configured like Database::configure does it.
class RawDb {
public:
    // readOnly: opened like Database::open inspects a file first, with no PRAGMAs.
    RawDb(const QString& path, bool shared, bool readOnly = false);
    ~RawDb();
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    sqlite3* handle() const { return m_db; }
    bool ok() const { return m_db != nullptr; }
    // The PRAGMAs of Database::configure for the given storage mode.
    static const char* configureSql(bool shared);

    void exec(const char* sql);
    // Prepares, binds (QString as UTF-8 text, integers as int64), steps through every row reading
    // each column as text, finalizes. Returns the number of rows.
    int query(const char* sql, const QVariantList& binds = {});

private:
    sqlite3* m_db = nullptr;
};

// A statement prepared once and run many times on a RawDb (binds as in RawDb::query).
class RawStatement {
public:
    RawStatement(RawDb& db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    int run(const QVariantList& binds = {});

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace bench
