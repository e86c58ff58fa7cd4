#include "BoardService.h"

#include "storage/BoardRepository.h"
#include "storage/ReferenceRepository.h"

#include <algorithm>

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

qint64 BoardService::columnStageId(const BoardCard& card, const std::vector<Stage>& stages)
{
    const bool pendingLost = card.lostStatus == LostStatus::Pending;
    for (const Stage& stage : stages) {
        if (pendingLost ? stage.kind == StageKind::Lost : stage.id == card.stageId)
            return stage.id;
    }
    return 0;
}

bool BoardService::before(const BoardCard& a, const BoardCard& b)
{
    if (a.stageEnteredAt != b.stageEnteredAt)
        return a.stageEnteredAt < b.stageEnteredAt;
    return a.leadId < b.leadId;
}

std::vector<BoardColumn> BoardService::arrange(const BoardData& data,
                                               const std::function<bool(const BoardCard&)>& keep)
{
    std::vector<BoardColumn> columns;
    for (const Stage& stage : data.stages)
        columns.push_back({stage, {}, 0});
    std::vector<const BoardCard*> sorted;
    for (const BoardCard& card : data.cards)
        if (!keep || keep(card))
            sorted.push_back(&card);
    std::sort(sorted.begin(), sorted.end(),
              [](const BoardCard* a, const BoardCard* b) { return before(*a, *b); });
    for (const BoardCard* card : sorted) {
        const qint64 stageId = columnStageId(*card, data.stages);
        for (BoardColumn& column : columns) {
            if (column.stage.id != stageId)
                continue;
            column.leadIds.push_back(card->leadId);
            column.totalValueCents += card->estimatedValueCents.value_or(0);
        }
    }
    return columns;
}

} // namespace showroom
