#include "LeadService.h"

#include "rules/ResponseTime.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/LeadAssignment.h"
#include "services/Permissions.h"
#include "services/PipelineSettings.h"
#include "storage/CustomerRepository.h"
#include "storage/LeadRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/UserRepository.h"

namespace showroom {

namespace {
const QString kUnassigned = QStringLiteral("unassigned");
const QString kAssigned = QStringLiteral("assigned");

Tier tierForChannel(SourceChannel channel)
{
    switch (channel) {
    case SourceChannel::WalkIn:
        return Tier::High;
    case SourceChannel::Remote:
        return Tier::Value;
    case SourceChannel::Other:
        break;
    }
    return Tier::General;
}
} // namespace

QString leadLabel(QSqlDatabase& db, const Lead& lead)
{
    auto customer = CustomerRepository(db).byId(lead.customerId);
    if (!customer)
        return LeadService::tr("Lead #%1").arg(lead.id);
    return LeadService::tr("Lead #%1 (%2)").arg(lead.id).arg(customer->displayName());
}

Result<void> LeadService::checkCanWork(const User& actor, const Lead& lead, bool closed)
{
    if (roleAllows(actor.role, Permission::WorkAnyLead))
        return require(actor, Permission::WorkAnyLead);
    if (auto allowed = require(actor, Permission::WorkOwnLeads); !allowed)
        return allowed;
    if (closed)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 is closed; only a manager can reopen it.").arg(label(lead)));
    if (lead.consultantId && *lead.consultantId != actor.id)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 belongs to another consultant.").arg(label(lead)));
    return {};
}

Result<LeadReferences> LeadReferences::load(QSqlDatabase& db)
{
    ReferenceRepository reference(db);
    LeadReferences loaded;
    auto sources = reference.sources();
    if (!sources)
        return std::unexpected(sources.error());
    loaded.sources = std::move(*sources);
    auto stages = reference.stages();
    if (!stages)
        return std::unexpected(stages.error());
    loaded.stages = std::move(*stages);
    auto settings = PipelineSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    loaded.settings = std::move(*settings);
    return loaded;
}

Result<Lead> LeadService::create(const User& actor, const NewLead& draft)
{
    return createWith(actor, draft, nullptr);
}

Result<Lead> LeadService::create(const User& actor, const NewLead& draft,
                                 const LeadReferences& references)
{
    return createWith(actor, draft, &references);
}

Result<Lead> LeadService::createWith(const User& actor, const NewLead& draft,
                                     const LeadReferences* known)
{
    if (auto allowed = require(actor, Permission::CreateLeads); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    auto created = m_context.db.write([&]() -> Result<Lead> {
        if (known)
            return insert(actor, draft, *known, now);
        auto references = LeadReferences::load(m_context.db.sql());
        if (!references)
            return std::unexpected(references.error());
        return insert(actor, draft, *references, now);
    });
    if (created && m_context.changes)
        Q_EMIT m_context.changes->leadAdded(created->id);
    return created;
}

Result<Lead> LeadService::insert(const User& actor, const NewLead& draft,
                                 const LeadReferences& references, const QDateTime& now)
{
    QSqlDatabase& sql = m_context.db.sql();
    if (auto customer = CustomerRepository(sql).checkExists(draft.customerId); !customer)
        return std::unexpected(customer.error());
    auto source = ReferenceRepository::sourceWithKey(references.sources, draft.sourceKey);
    if (!source)
        return std::unexpected(source.error());
    if (draft.consultantId) {
        auto consultant = UserRepository(sql).byId(*draft.consultantId);
        if (!consultant)
            return std::unexpected(consultant.error());
        if (!consultant->active)
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 is deactivated and cannot take leads.").arg(consultant->displayName));
    }
    auto stage = ReferenceRepository::stageWithKey(references.stages,
                                                   draft.consultantId ? kAssigned : kUnassigned);
    if (!stage)
        return std::unexpected(stage.error());

    Lead lead;
    lead.customerId = draft.customerId;
    lead.stageId = stage->id;
    lead.stageKey = stage->key;
    lead.consultantId = draft.consultantId;
    lead.sourceId = source->id;
    lead.campaignId = draft.campaignId;
    lead.tier = draft.tier.value_or(tierForChannel(source->channel));
    lead.vehicleInterest = draft.vehicleInterest.trimmed();
    lead.estimatedValueCents = draft.estimatedValueCents;
    lead.createdAt = now;
    lead.stageEnteredAt = now;
    const PipelineSettings& settings = references.settings;
    lead.responseDueAt = responseDeadline(now, source->responseMinutes, settings.response.hours);
    lead.updatedAt = now;
    auto id = LeadRepository(sql).insert(lead);
    if (!id)
        return std::unexpected(id.error());
    lead.id = *id;
    if (auto history =
            LeadRepository(sql).insertHistory({0, lead.id, std::nullopt, stage->id, actor.id, now});
        !history)
        return std::unexpected(history.error());
    if (auto logged = audit(m_context, &actor, QStringLiteral("lead.create"),
                            QStringLiteral("leads"), lead.id,
                            {{QStringLiteral("customer_id"), lead.customerId},
                             {QStringLiteral("source"), source->key},
                             {QStringLiteral("stage"), stage->key}});
        !logged)
        return std::unexpected(logged.error());
    if (!lead.consultantId) {
        auto ruled = assignment::byRule(m_context, lead, settings.modeFor(*source));
        if (!ruled)
            return std::unexpected(ruled.error());
        if (*ruled)
            return **ruled;
    }
    return lead;
}

Result<Lead> LeadService::assign(const User& actor, qint64 leadId, qint64 consultantId,
                                 std::optional<int> expectedVersion)
{
    auto assigned = m_context.db.write([&]() -> Result<Lead> {
        auto lead = LeadRepository(m_context.db.sql()).byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (expectedVersion)
            lead->version = *expectedVersion;
        const bool takingFromPool = !lead->consultantId && consultantId == actor.id;
        if (!takingFromPool) {
            if (auto allowed = require(actor, Permission::AssignLeads); !allowed)
                return std::unexpected(allowed.error());
        } else if (auto allowed = require(actor, Permission::WorkOwnLeads); !allowed) {
            return std::unexpected(allowed.error());
        }
        return assignment::write(m_context, &actor, *lead, consultantId,
                                 takingFromPool ? QStringLiteral("take")
                                                : QStringLiteral("manual"));
    });
    if (assigned && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return assigned;
}

Result<Lead> LeadService::take(const User& actor, qint64 leadId, std::optional<int> expectedVersion)
{
    return assign(actor, leadId, actor.id, expectedVersion);
}

Result<Lead> LeadService::handToServingConsultant(const User& actor, qint64 leadId,
                                                  qint64 consultantId)
{
    if (auto allowed = require(actor, Permission::LogVisits); !allowed)
        return std::unexpected(allowed.error());
    auto assigned = m_context.db.write([&]() -> Result<Lead> {
        auto lead = LeadRepository(m_context.db.sql()).byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (lead->consultantId)
            return *lead;
        return assignment::write(m_context, &actor, *lead, consultantId, QStringLiteral("visit"));
    });
    if (assigned && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return assigned;
}

Result<Lead> LeadService::moveStage(const User& actor, qint64 leadId, const QString& stageKey,
                                    std::optional<int> expectedVersion)
{
    const QDateTime now = m_context.clock.now();
    auto moved = m_context.db.write([&]() -> Result<Lead> {
        QSqlDatabase& sql = m_context.db.sql();
        LeadRepository leads(sql);
        ReferenceRepository reference(sql);
        auto lead = leads.byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (expectedVersion)
            lead->version = *expectedVersion;
        auto from = reference.stageById(lead->stageId);
        auto to = reference.stageByKey(stageKey);
        if (!from)
            return std::unexpected(from.error());
        if (!to)
            return std::unexpected(to.error());
        if (auto allowed = checkCanWork(actor, *lead, from->kind == StageKind::Lost); !allowed)
            return std::unexpected(allowed.error());
        if (from->kind == StageKind::Lost)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is lost; a manager reopens it with “Reopen”.").arg(label(*lead)));
        if (to->retired)
            return fail(ErrorCode::InvalidInput,
                        tr("The stage “%1” is retired; choose another.").arg(to->name));
        if (to->kind == StageKind::Lost)
            return fail(ErrorCode::InvalidInput,
                        tr("A lead is only lost with a reason: use “Mark as lost” on %1.")
                            .arg(label(*lead)));
        if (to->id == from->id && lead->lostStatus != LostStatus::Pending)
            return *lead;

        std::optional<qint64> consultant = lead->consultantId;
        if (to->key == kUnassigned) {
            consultant.reset();
        } else if (!consultant) {
            if (actor.role != Role::Consultant)
                return fail(ErrorCode::InvalidInput,
                            tr("Assign %1 to a consultant before moving it on.").arg(label(*lead)));
            consultant = actor.id; // a consultant moving a pool lead takes it
        }
        const QDateTime closedAt = to->kind == StageKind::Open ? QDateTime() : now;
        auto version =
            leads.setStage(*lead, to->id, consultant, now, closedAt, [&] { return label(*lead); });
        if (!version)
            return std::unexpected(version.error());
        if (lead->lostStatus == LostStatus::Pending) { // moving it on withdraws the request
            if (auto withdrawn = leads.clearLost(leadId); !withdrawn)
                return std::unexpected(withdrawn.error());
        }
        if (to->id != from->id) {
            if (auto history = leads.insertHistory({0, leadId, from->id, to->id, actor.id, now});
                !history)
                return std::unexpected(history.error());
        }
        if (auto logged = audit(
                m_context, &actor, QStringLiteral("lead.move"), QStringLiteral("leads"), leadId,
                {{QStringLiteral("from"), from->key}, {QStringLiteral("to"), to->key}});
            !logged)
            return std::unexpected(logged.error());
        return leads.byId(leadId);
    });
    if (moved && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return moved;
}

Result<Lead> LeadService::get(qint64 leadId)
{
    return LeadRepository(m_context.db.sql()).byId(leadId);
}

Result<std::vector<StageChange>> LeadService::history(qint64 leadId)
{
    return LeadRepository(m_context.db.sql()).history(leadId);
}

} // namespace showroom
