#include "PipelineConfigRepository.h"

#include "Sql.h"

namespace showroom {

Result<void> PipelineConfigRepository::exec(const QString& statement, const QVariantList& binds)
{
    auto done = sql::exec(m_db, statement, binds);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<qint64> PipelineConfigRepository::insertStage(const QString& key, const QString& name)
{
    // Make room before Won and Lost.
    if (auto moved = exec(QStringLiteral("UPDATE stages SET position = position + 1, "
                                         "version = version + 1 WHERE kind <> 'open'"),
                          {});
        !moved)
        return std::unexpected(moved.error());
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO stages (key, name, position, kind) VALUES (?, ?, "
                       "(SELECT coalesce(max(position), 0) + 1 FROM stages "
                       "WHERE kind = 'open'), 'open')"),
        {key, name});
}

Result<void> PipelineConfigRepository::renameStage(qint64 stageId, const QString& name)
{
    return exec(QStringLiteral("UPDATE stages SET name = ?, version = version + 1 WHERE id = ?"),
                {name, stageId});
}

Result<void> PipelineConfigRepository::setStageRetired(qint64 stageId, bool retired)
{
    return exec(QStringLiteral("UPDATE stages SET retired = ?, version = version + 1 WHERE id = ?"),
                {retired ? 1 : 0, stageId});
}

Result<void> PipelineConfigRepository::orderStages(const std::vector<qint64>& stageIds)
{
    int position = 1;
    for (qint64 id : stageIds)
        if (auto done = exec(QStringLiteral("UPDATE stages SET position = ?, version = version + 1 "
                                            "WHERE id = ? AND kind = 'open'"),
                             {position++, id});
            !done)
            return done;
    // Won and Lost follow the open stages.
    return exec(QStringLiteral("UPDATE stages SET position = ? + (CASE kind WHEN 'won' THEN 0 "
                               "ELSE 1 END) WHERE kind <> 'open'"),
                {position});
}

Result<qint64> PipelineConfigRepository::leadsInStage(qint64 stageId)
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM leads WHERE stage_id = ?"),
                             {stageId});
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<qint64> PipelineConfigRepository::insertLostReason(const QString& key, const QString& name,
                                                          bool needsComment)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO lost_reasons (key, name, position, needs_comment) "
                       "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
                       "lost_reasons), ?)"),
        {key, name, needsComment ? 1 : 0});
}

Result<void> PipelineConfigRepository::updateLostReason(qint64 id, const QString& name,
                                                        bool needsComment, bool active)
{
    return exec(QStringLiteral("UPDATE lost_reasons SET name = ?, needs_comment = ?, active = ?, "
                               "version = version + 1 WHERE id = ?"),
                {name, needsComment ? 1 : 0, active ? 1 : 0, id});
}

Result<void> PipelineConfigRepository::updateSource(qint64 id, int responseMinutes,
                                                    const QString& assignmentMode)
{
    return exec(QStringLiteral("UPDATE sources SET response_minutes = ?, assignment_mode = ?, "
                               "version = version + 1 WHERE id = ?"),
                {responseMinutes, assignmentMode, id});
}

} // namespace showroom
