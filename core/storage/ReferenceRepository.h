#pragma once

#include "Error.h"
#include "domain/Stage.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

// Stages, sources, lost reasons and settings: small tables every screen reads.
class ReferenceRepository {
public:
    explicit ReferenceRepository(QSqlDatabase& db) : m_db(db) {}

    Result<std::vector<Stage>> stages();
    Result<Stage> stageByKey(const QString& key);
    Result<Stage> stageById(qint64 id);
    Result<std::vector<Source>> sources();
    Result<Source> sourceByKey(const QString& key);
    Result<std::vector<LostReason>> lostReasons(bool includeRetired = false);
    Result<LostReason> lostReasonByKey(const QString& key);

    Result<QString> setting(const QString& key, const QString& fallback = {});
    Result<void> setSetting(const QString& key, const QString& value);

    // The stage or source with `key` among those read before; NotFound as stageByKey() and
    // sourceByKey() say it.
    static Result<Stage> stageWithKey(const std::vector<Stage>& stages, const QString& key);
    static Result<Source> sourceWithKey(const std::vector<Source>& sources, const QString& key);

private:
    Result<std::vector<Stage>> selectStages(const QString& where, const QVariantList& binds);
    QSqlDatabase& m_db;
};

} // namespace showroom
