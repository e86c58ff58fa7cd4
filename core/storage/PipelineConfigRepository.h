#pragma once

#include "Error.h"
#include "domain/Stage.h"

#include <QSqlDatabase>

namespace showroom {

// Writes of the configurable pipeline: stages, lost reasons, lead sources.
class PipelineConfigRepository {
public:
    explicit PipelineConfigRepository(QSqlDatabase& db) : m_db(db) {}

    // Inserts an open stage after the last open one (Won and Lost stay last).
    Result<qint64> insertStage(const QString& key, const QString& name);
    Result<void> renameStage(qint64 stageId, const QString& name);
    Result<void> setStageRetired(qint64 stageId, bool retired);
    // Positions of the open stages in the given order.
    Result<void> orderStages(const std::vector<qint64>& stageIds);
    Result<qint64> leadsInStage(qint64 stageId);

    Result<qint64> insertLostReason(const QString& key, const QString& name, bool needsComment);
    Result<void> updateLostReason(qint64 id, const QString& name, bool needsComment, bool active);

    Result<void> updateSource(qint64 id, int responseMinutes, const QString& assignmentMode);

private:
    Result<void> exec(const QString& statement, const QVariantList& binds);
    QSqlDatabase& m_db;
};

} // namespace showroom
