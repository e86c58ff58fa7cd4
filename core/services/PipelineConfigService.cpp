#include "PipelineConfigService.h"

#include "rules/Assignment.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "storage/PipelineConfigRepository.h"
#include "storage/ReferenceRepository.h"

#include <QRegularExpression>

namespace showroom {

namespace {
bool isSystemStage(const Stage& stage)
{
    return stage.kind != StageKind::Open || stage.key == QLatin1String("unassigned") ||
           stage.key == QLatin1String("assigned");
}
} // namespace

QString PipelineConfigService::keyFor(const QString& name, const QStringList& taken)
{
    QString base =
        name.toLower()
            .normalized(QString::NormalizationForm_KD)
            .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"))
            .remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (base.isEmpty())
        base = QStringLiteral("custom");
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    return key;
}

Result<void> PipelineConfigService::change(const User& actor, const QString& action, qint64 id,
                                           const std::function<Result<void>()>& work)
{
    if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    auto done = m_context.db.writeTransaction([&]() -> Result<void> {
        if (auto worked = work(); !worked)
            return worked;
        return audit(m_context, &actor, action, QStringLiteral("settings"), id);
    });
    if (done && m_context.changes)
        Q_EMIT m_context.changes->pipelineConfigured();
    return done;
}

Result<std::vector<Stage>> PipelineConfigService::stages()
{
    return ReferenceRepository(m_context.db.sql()).stages();
}

Result<Stage> PipelineConfigService::addStage(const User& actor, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A stage needs a name."));
    qint64 id = 0;
    auto added = change(actor, QStringLiteral("stage.add"), 0, [&]() -> Result<void> {
        auto all = stages();
        if (!all)
            return std::unexpected(all.error());
        QStringList keys;
        for (const Stage& stage : *all) {
            keys << stage.key;
            if (stage.name.compare(trimmed, Qt::CaseInsensitive) == 0)
                return fail(ErrorCode::InvalidInput,
                            tr("There is a stage “%1” already.").arg(stage.name));
        }
        auto inserted = PipelineConfigRepository(m_context.db.sql())
                            .insertStage(keyFor(trimmed, keys), trimmed);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!added)
        return std::unexpected(added.error());
    return ReferenceRepository(m_context.db.sql()).stageById(id);
}

Result<void> PipelineConfigService::renameStage(const User& actor, qint64 stageId,
                                                const QString& name)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A stage needs a name."));
    return change(actor, QStringLiteral("stage.rename"), stageId, [&]() -> Result<void> {
        auto all = stages();
        if (!all)
            return std::unexpected(all.error());
        bool found = false;
        for (const Stage& stage : *all) {
            found = found || stage.id == stageId;
            if (stage.id != stageId && stage.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return fail(ErrorCode::InvalidInput,
                            tr("There is a stage “%1” already.").arg(stage.name));
        }
        if (!found)
            return fail(ErrorCode::NotFound, tr("There is no stage #%1.").arg(stageId));
        return PipelineConfigRepository(m_context.db.sql()).renameStage(stageId, name.trimmed());
    });
}

Result<void> PipelineConfigService::moveStage(const User& actor, qint64 stageId, int offset)
{
    return change(actor, QStringLiteral("stage.move"), stageId, [&]() -> Result<void> {
        auto all = stages();
        if (!all)
            return std::unexpected(all.error());
        std::vector<qint64> open;
        qint64 fixedInFront = 0; // Unassigned and Assigned start every pipeline
        for (const Stage& stage : *all) {
            if (stage.kind != StageKind::Open)
                continue;
            open.push_back(stage.id);
            if (isSystemStage(stage)) {
                if (stage.id == stageId)
                    return fail(
                        ErrorCode::InvalidInput,
                        tr("“%1” always starts the pipeline and cannot move.").arg(stage.name));
                ++fixedInFront;
            }
        }
        const auto at = std::find(open.begin(), open.end(), stageId);
        if (at == open.end())
            return fail(ErrorCode::InvalidInput, tr("Won and Lost always come last."));
        const auto index = std::distance(open.begin(), at);
        const auto target = index + offset;
        if (target < fixedInFront || target >= qint64(open.size()))
            return {};
        std::swap(open[std::size_t(index)], open[std::size_t(target)]);
        return PipelineConfigRepository(m_context.db.sql()).orderStages(open);
    });
}

Result<void> PipelineConfigService::setStageRetired(const User& actor, qint64 stageId, bool retired)
{
    return change(actor, retired ? QStringLiteral("stage.retire") : QStringLiteral("stage.restore"),
                  stageId, [&]() -> Result<void> {
                      PipelineConfigRepository config(m_context.db.sql());
                      auto stage = ReferenceRepository(m_context.db.sql()).stageById(stageId);
                      if (!stage)
                          return std::unexpected(stage.error());
                      if (retired && isSystemStage(*stage))
                          return fail(ErrorCode::InvalidInput,
                                      tr("The stage “%1” is part of every pipeline and cannot be "
                                         "retired.")
                                          .arg(stage->name));
                      auto leads = config.leadsInStage(stageId);
                      if (!leads)
                          return std::unexpected(leads.error());
                      if (retired && *leads > 0)
                          return fail(ErrorCode::InvalidInput,
                                      tr("%n lead(s) are still in “%1”; move them to another "
                                         "stage first.",
                                         nullptr, int(*leads))
                                          .arg(stage->name));
                      return config.setStageRetired(stageId, retired);
                  });
}

Result<std::vector<LostReason>> PipelineConfigService::lostReasons()
{
    return ReferenceRepository(m_context.db.sql()).lostReasons(true);
}

Result<LostReason> PipelineConfigService::addLostReason(const User& actor, const QString& name,
                                                        bool needsComment)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A lost reason needs a name."));
    QString key;
    auto added = change(actor, QStringLiteral("lost_reason.add"), 0, [&]() -> Result<void> {
        auto all = lostReasons();
        if (!all)
            return std::unexpected(all.error());
        QStringList keys;
        for (const LostReason& reason : *all) {
            keys << reason.key;
            if (reason.name.compare(trimmed, Qt::CaseInsensitive) == 0)
                return fail(ErrorCode::InvalidInput,
                            tr("There is a lost reason “%1” already.").arg(reason.name));
        }
        key = keyFor(trimmed, keys);
        auto inserted = PipelineConfigRepository(m_context.db.sql())
                            .insertLostReason(key, trimmed, needsComment);
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
    if (!added)
        return std::unexpected(added.error());
    return ReferenceRepository(m_context.db.sql()).lostReasonByKey(key);
}

Result<void> PipelineConfigService::updateLostReason(const User& actor, const LostReason& reason)
{
    if (reason.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A lost reason needs a name."));
    return change(actor, QStringLiteral("lost_reason.change"), reason.id, [&]() -> Result<void> {
        auto all = lostReasons();
        if (!all)
            return std::unexpected(all.error());
        int othersActive = 0;
        for (const LostReason& other : *all) {
            if (other.id == reason.id)
                continue;
            othersActive += other.active ? 1 : 0;
            if (other.name.compare(reason.name.trimmed(), Qt::CaseInsensitive) == 0)
                return fail(ErrorCode::InvalidInput,
                            tr("There is a lost reason “%1” already.").arg(other.name));
        }
        if (!reason.active && othersActive == 0)
            return fail(ErrorCode::InvalidInput,
                        tr("Keep at least one lost reason: a lead is never lost without one."));
        return PipelineConfigRepository(m_context.db.sql())
            .updateLostReason(reason.id, reason.name.trimmed(), reason.needsComment, reason.active);
    });
}

Result<std::vector<Source>> PipelineConfigService::sources()
{
    return ReferenceRepository(m_context.db.sql()).sources();
}

Result<void> PipelineConfigService::updateSource(const User& actor, qint64 sourceId,
                                                 int responseMinutes, const QString& assignmentMode)
{
    if (responseMinutes < 1 || responseMinutes > 7 * 24 * 60)
        return fail(ErrorCode::InvalidInput,
                    tr("The response time is between 1 minute and 7 days."));
    if (!assignmentMode.isEmpty() && !assignmentModeFromKey(assignmentMode))
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not an assignment mode (manual, round_robin, weighted, pool).")
                        .arg(assignmentMode));
    return change(actor, QStringLiteral("source.change"), sourceId, [&] {
        return PipelineConfigRepository(m_context.db.sql())
            .updateSource(sourceId, responseMinutes, assignmentMode);
    });
}

} // namespace showroom
