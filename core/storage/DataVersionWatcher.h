#pragma once

#include <QObject>
#include <QTimer>

namespace showroom {

class Database;

// Polls PRAGMA data_version, which changes when another connection (another desk, the CLI)
// commits to the file, and emits changedElsewhere() so views can reload what changed.
// Our own commits do not change it; they are announced through ChangeBus instead.
class DataVersionWatcher : public QObject {
    Q_OBJECT

public:
    explicit DataVersionWatcher(Database& db, int intervalMs = 1000, QObject* parent = nullptr);

    void start();
    void stop();
    // One poll now; returns true when another connection committed since the last poll.
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    Database& m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace showroom
