#include "LeadAssignment.h"

#include "services/Audit.h"
#include "services/LeadService.h"
#include "services/NotificationService.h"
#include "storage/AssignmentRepository.h"
#include "storage/LeadRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace showroom::assignment {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LeadService)
};

const QString kUnassigned = QStringLiteral("unassigned");
const QString kAssigned = QStringLiteral("assigned");
} // namespace

Result<Lead> write(ServiceContext& context, const User* actor, const Lead& lead,
                   qint64 consultantId, const QString& how)
{
    QSqlDatabase& sql = context.db.sql();
    LeadRepository leads(sql);
    ReferenceRepository reference(sql);
    const QDateTime now = context.clock.now();
    const auto label = [&] { return leadLabel(sql, lead); };

    auto consultant = UserRepository(sql).byId(consultantId);
    if (!consultant)
        return std::unexpected(consultant.error());
    if (!consultant->active ||
        (consultant->role != Role::Consultant && consultant->role != Role::Manager))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 cannot take leads.").arg(consultant->displayName));
    auto stage = reference.stageById(lead.stageId);
    if (!stage)
        return std::unexpected(stage.error());
    if (stage->kind != StageKind::Open)
        return fail(ErrorCode::InvalidInput, Tr::tr("%1 is closed.").arg(label()));
    Stage target = *stage;
    if (stage->key == kUnassigned) {
        auto assignedStage = reference.stageByKey(kAssigned);
        if (!assignedStage)
            return std::unexpected(assignedStage.error());
        target = *assignedStage;
    }
    auto version = leads.setStage(lead, target.id, consultantId, now, {}, label);
    if (!version)
        return std::unexpected(version.error());
    const std::optional<qint64> actorId = actor ? std::optional(actor->id) : std::nullopt;
    if (target.id != lead.stageId) {
        if (auto history = leads.insertHistory({0, lead.id, lead.stageId, target.id, actorId, now});
            !history)
            return std::unexpected(history.error());
    }
    if (auto logged =
            audit(context, actor, QStringLiteral("lead.assign"), QStringLiteral("leads"), lead.id,
                  {{QStringLiteral("consultant_id"), consultantId},
                   {QStringLiteral("how"), how},
                   {QStringLiteral("previous_consultant_id"),
                    lead.consultantId ? QJsonValue(*lead.consultantId) : QJsonValue()}});
        !logged)
        return std::unexpected(logged.error());
    if (!actor || actor->id != consultantId) {
        Notification note;
        note.userId = consultantId;
        note.kind = NotificationKind::Assigned;
        note.leadId = lead.id;
        note.createdAt = now;
        note.details = {
            {QStringLiteral("customer"), NotificationService::customerName(sql, lead.customerId)},
            {QStringLiteral("by"), actor ? actor->displayName : QString()},
            {QStringLiteral("mode"), how}};
        if (auto posted = NotificationService::post(sql, note); !posted)
            return std::unexpected(posted.error());
    }
    return leads.byId(lead.id);
}

Result<std::optional<Lead>> byRule(ServiceContext& context, const Lead& lead, AssignmentMode mode)
{
    if (lead.consultantId || !isAutomatic(mode))
        return std::optional<Lead>();
    AssignmentRepository state(context.db.sql());
    auto eligible = state.eligibleConsultants();
    if (!eligible)
        return std::unexpected(eligible.error());
    const auto pick =
        mode == AssignmentMode::RoundRobin ? pickRoundRobin(*eligible) : pickWeighted(*eligible);
    if (!pick)
        return std::optional<Lead>();
    if (auto turn = state.recordTurn(pick->userId); !turn)
        return std::unexpected(turn.error());
    if (auto credits = state.saveCredits(pick->credits); !credits)
        return std::unexpected(credits.error());
    auto assigned = write(context, nullptr, lead, pick->userId, assignmentModeKey(mode));
    if (!assigned)
        return std::unexpected(assigned.error());
    return std::optional<Lead>(*assigned);
}

} // namespace showroom::assignment
