#pragma once

#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace showroom {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> userId;
    QString action; // e.g. "lead.move"
    QString entity; // table name
    std::optional<qint64> entityId;
    QJsonObject details;
};

class AuditRepository {
public:
    explicit AuditRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const AuditEntry& entry);
    Result<std::vector<AuditEntry>> forEntity(const QString& entity, qint64 entityId);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
