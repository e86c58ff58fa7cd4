#pragma once

#include "Error.h"
#include "domain/BoardCard.h"
#include "domain/Stage.h"
#include "domain/User.h"
#include "services/PipelineSettings.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

struct BoardData {
    std::vector<Stage> stages; // open stages (not retired) in order, then Won, then Lost
    std::vector<BoardCard> cards;
    PipelineSettings settings;
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

private:
    ServiceContext m_context;
};

} // namespace showroom
