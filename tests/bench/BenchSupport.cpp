#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sqlite3.h>

namespace bench {

namespace {
QString jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out + QLatin1Char('"');
}

void bindAll(sqlite3_stmt* stmt, const QVariantList& binds)
{
    int index = 0;
    for (const QVariant& value : binds) {
        ++index;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                              SQLITE_TRANSIENT);
        } else if (value.isNull()) {
            sqlite3_bind_null(stmt, index);
        } else {
            sqlite3_bind_int64(stmt, index, value.toLongLong());
        }
    }
}

int stepAll(sqlite3_stmt* stmt)
{
    int rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0, n = sqlite3_column_count(stmt); i < n; ++i)
            (void)sqlite3_column_text(stmt, i);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        note(QStringLiteral("sqlite error: %1")
                 .arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(stmt)))));
    return rows;
}
} // namespace

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank =
        static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

JsonLine::JsonLine(const QString& measurement)
{
    m_text = QStringLiteral("{\"measurement\":") + jsonString(measurement);
}

JsonLine& JsonLine::add(const char* key, double value, int decimals)
{
    m_text += QStringLiteral(",\"%1\":%2").arg(QLatin1String(key)).arg(value, 0, 'f', decimals);
    return *this;
}

JsonLine& JsonLine::add(const char* key, qint64 value)
{
    m_text += QStringLiteral(",\"%1\":%2").arg(QLatin1String(key)).arg(value);
    return *this;
}

JsonLine& JsonLine::add(const char* key, const QString& value)
{
    m_text += QStringLiteral(",\"%1\":%2").arg(QLatin1String(key), jsonString(value));
    return *this;
}

JsonLine& JsonLine::samples(const std::vector<double>& ms, const std::vector<double>& floorMs)
{
    add("n", static_cast<qint64>(ms.size()));
    add("p50_ms", percentile(ms, 50));
    add("p95_ms", percentile(ms, 95));
    if (!floorMs.empty())
        add("floor_ms", percentile(floorMs, 50));
    return *this;
}

JsonLine& JsonLine::target(const std::vector<double>& ms, double targetMs)
{
    add("target_ms", targetMs, 0);
    return add("within_target", QString::fromLatin1(percentile(ms, 95) <= targetMs ? "yes" : "no"));
}

void printTimed(JsonLine line, const std::vector<double>& samples, double targetMs)
{
    line.samples(samples).target(samples, targetMs).print();
}

void JsonLine::print()
{
    const QByteArray line = (m_text + QStringLiteral("}\n")).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

void note(const QString& text)
{
    const QByteArray line = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    QTextStream in(&status);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine())
        if (line.startsWith(QLatin1String("VmHWM:")))
            return line.mid(6).trimmed().split(QLatin1Char(' ')).value(0).toLongLong();
    return -1;
}

RawDb::RawDb(const QString& path, bool shared, bool readOnly)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK) {
        note(QStringLiteral("cannot open %1 with sqlite3").arg(path));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    if (readOnly)
        sqlite3_busy_timeout(m_db, 5000);
    else
        exec(configureSql(shared));
}

RawDb::~RawDb()
{
    sqlite3_close(m_db);
}

const char* RawDb::configureSql(bool shared)
{
    return shared ? "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; "
                    "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; "
                    "PRAGMA synchronous = FULL; PRAGMA journal_mode = delete;"
                  : "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; "
                    "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; "
                    "PRAGMA synchronous = NORMAL; PRAGMA journal_mode = wal;";
}

void RawDb::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        note(QStringLiteral("sqlite error: %1").arg(QString::fromUtf8(message)));
        sqlite3_free(message);
    }
}

int RawDb::query(const char* sql, const QVariantList& binds)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        note(QStringLiteral("sqlite error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return -1;
    }
    bindAll(stmt, binds);
    const int rows = stepAll(stmt);
    sqlite3_finalize(stmt);
    return rows;
}

RawStatement::RawStatement(RawDb& db, const char* sql)
{
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK)
        note(
            QStringLiteral("sqlite error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

int RawStatement::run(const QVariantList& binds)
{
    bindAll(m_stmt, binds);
    const int rows = stepAll(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rows;
}

} // namespace bench
