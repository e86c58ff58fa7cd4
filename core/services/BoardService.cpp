#include "BoardService.h"

#include "storage/BoardRepository.h"
#include "storage/ReferenceRepository.h"

namespace showroom {

BoardScope BoardService::scopeFor(const User& viewer)
{
    BoardScope scope;
    if (viewer.role == Role::Consultant)
        scope.consultantId = viewer.id;
    return scope;
}

Result<BoardData> BoardService::load(const User& viewer)
{
    QSqlDatabase& sql = m_context.db.sql();
    BoardData data;
    auto stages = ReferenceRepository(sql).stages();
    if (!stages)
        return std::unexpected(stages.error());
    for (StageKind kind : {StageKind::Open, StageKind::Won, StageKind::Lost})
        for (const Stage& stage : *stages)
            if (stage.kind == kind && !stage.retired)
                data.stages.push_back(stage);
    auto settings = PipelineSettings::load(sql);
    if (!settings)
        return std::unexpected(settings.error());
    data.settings = *settings;
    auto cards = BoardRepository(sql).cards(scopeFor(viewer), m_context.clock.now());
    if (!cards)
        return std::unexpected(cards.error());
    data.cards = std::move(*cards);
    return data;
}

Result<std::vector<std::pair<qint64, qint64>>> BoardService::signatures(const User& viewer)
{
    return BoardRepository(m_context.db.sql()).signatures(scopeFor(viewer), m_context.clock.now());
}

Result<std::vector<BoardCard>> BoardService::cards(const std::vector<qint64>& leadIds)
{
    return BoardRepository(m_context.db.sql()).cardsByIds(leadIds);
}

} // namespace showroom
