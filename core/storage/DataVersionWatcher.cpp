#include "DataVersionWatcher.h"

#include "Database.h"
#include "Sql.h"

namespace showroom {

DataVersionWatcher::DataVersionWatcher(Database& db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(db)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DataVersionWatcher::poll);
}

void DataVersionWatcher::start()
{
    poll();
    m_timer.start();
}

void DataVersionWatcher::stop()
{
    m_timer.stop();
}

bool DataVersionWatcher::poll()
{
    auto version = sql::scalar(m_db.sql(), QStringLiteral("PRAGMA data_version"));
    if (!version)
        return false; // busy or unreachable share: try again on the next tick
    const qint64 current = version->toLongLong();
    const bool changed = m_lastVersion >= 0 && current != m_lastVersion;
    m_lastVersion = current;
    if (changed)
        Q_EMIT changedElsewhere();
    return changed;
}

} // namespace showroom
