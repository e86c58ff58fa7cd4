#pragma once

#include "Error.h"
#include "domain/BoardCard.h"
#include "domain/Stage.h"
#include "domain/User.h"
#include "services/PipelineSettings.h"
#include "services/ServiceContext.h"

#include <functional>
#include <vector>

namespace showroom {

struct BoardData {
    std::vector<Stage> stages; // open stages (not retired) in order, then Won, then Lost
    std::vector<BoardCard> cards;
    PipelineSettings settings;
};

struct BoardColumn {
    Stage stage;
    std::vector<qint64> leadIds; // in board order: longest in the stage first
    qint64 totalValueCents = 0;
};

// What the pipeline board reads. A consultant sees his own leads and the unassigned pool; a
// manager (and the reception) sees everything.
class BoardService {
public:
    explicit BoardService(ServiceContext context) : m_context(context) {}

    static BoardScope scopeFor(const User& viewer);

    Result<BoardData> load(const User& viewer);
    Result<std::vector<std::pair<qint64, qint64>>> signatures(const User& viewer);
    Result<std::vector<BoardCard>> cards(const std::vector<qint64>& leadIds);

    // The column a card sits in: its stage, except that a lead waiting for the manager's lost
    // approval sits in Lost. 0 when its stage is not on the board (retired).
    static qint64 columnStageId(const BoardCard& card, const std::vector<Stage>& stages);
    // The order of cards within a column.
    static bool before(const BoardCard& a, const BoardCard& b);
    // Every column with its cards (those `keep` accepts) in board order.
    static std::vector<BoardColumn> arrange(const BoardData& data,
                                            const std::function<bool(const BoardCard&)>& keep = {});

private:
    ServiceContext m_context;
};

} // namespace showroom
