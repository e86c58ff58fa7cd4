#pragma once

#include "Error.h"
#include "domain/Stage.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// Settings of the pipeline, for whoever may manage settings: the board's stages (add, rename,
// reorder, retire), the lost reasons, and per source the response time and assignment mode.
// Every change is audited and announced (ChangeBus::pipelineConfigured).
class PipelineConfigService {
    Q_DECLARE_TR_FUNCTIONS(PipelineConfigService)

public:
    explicit PipelineConfigService(ServiceContext context) : m_context(context) {}

    Result<std::vector<Stage>> stages();
    Result<Stage> addStage(const User& actor, const QString& name);
    Result<void> renameStage(const User& actor, qint64 stageId, const QString& name);
    // Moves an open stage one place left (-1) or right (+1).
    Result<void> moveStage(const User& actor, qint64 stageId, int offset);
    // A stage with leads in it cannot be retired; Unassigned, Assigned, Won and Lost never.
    Result<void> setStageRetired(const User& actor, qint64 stageId, bool retired);

    Result<std::vector<LostReason>> lostReasons();
    Result<LostReason> addLostReason(const User& actor, const QString& name, bool needsComment);
    Result<void> updateLostReason(const User& actor, const LostReason& reason);

    Result<std::vector<Source>> sources();
    // `assignmentMode` '' follows the setting assignment.mode.
    Result<void> updateSource(const User& actor, qint64 sourceId, int responseMinutes,
                              const QString& assignmentMode);

private:
    Result<void> change(const User& actor, const QString& action, qint64 id,
                        const std::function<Result<void>()>& work);
    static QString keyFor(const QString& name, const QStringList& taken);

    ServiceContext m_context;
};

} // namespace showroom
