#include "LostService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/LeadService.h"
#include "services/NotificationService.h"
#include "services/Permissions.h"
#include "storage/ActivityRepository.h"
#include "storage/LeadRepository.h"
#include "storage/ReferenceRepository.h"

namespace showroom {

namespace {
Notification leadNotification(NotificationKind kind, qint64 userId, const Lead& lead,
                              const QString& customer, const QDateTime& at)
{
    Notification n;
    n.userId = userId;
    n.kind = kind;
    n.leadId = lead.id;
    n.createdAt = at;
    n.details.insert(QStringLiteral("customer"), customer);
    return n;
}
} // namespace

Result<Lead> LostService::request(const User& actor, qint64 leadId, const QString& reasonKey,
                                  const QString& comment, std::optional<int> expectedVersion)
{
    const QDateTime now = m_context.clock.now();
    auto requested = m_context.db.write([&]() -> Result<Lead> {
        QSqlDatabase& sql = m_context.db.sql();
        ReferenceRepository reference(sql);
        auto lead = LeadRepository(sql).byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (expectedVersion)
            lead->version = *expectedVersion;
        auto stage = reference.stageById(lead->stageId);
        if (!stage)
            return std::unexpected(stage.error());
        if (stage->kind != StageKind::Open)
            return fail(ErrorCode::InvalidInput, tr("%1 is already closed.").arg(label(*lead)));
        const bool manager = roleAllows(actor.role, Permission::ApproveLost);
        if (!manager) {
            if (auto allowed = require(actor, Permission::WorkOwnLeads); !allowed)
                return std::unexpected(allowed.error());
            if (lead->consultantId && *lead->consultantId != actor.id)
                return fail(ErrorCode::PermissionDenied,
                            tr("%1 belongs to another consultant.").arg(label(*lead)));
        }
        if (reasonKey.trimmed().isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                tr("Choose why %1 is lost: the reason is never optional.").arg(label(*lead)));
        auto reason = reference.lostReasonByKey(reasonKey.trimmed());
        if (!reason)
            return std::unexpected(reason.error());
        if (!reason->active)
            return fail(ErrorCode::InvalidInput,
                        tr("The lost reason “%1” is retired; choose another.").arg(reason->name));
        if (reason->needsComment && comment.trimmed().isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                tr("The reason “%1” needs a comment saying what happened.").arg(reason->name));

        LostDecision decision;
        decision.reasonId = reason->id;
        decision.note = comment.trimmed();
        decision.status = LostStatus::Pending;
        decision.requestedBy = actor.id;
        decision.requestedAt = now;
        auto version = LeadRepository(sql).setLost(*lead, decision, [&] { return label(*lead); });
        if (!version)
            return std::unexpected(version.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("lead.lost_request"),
                                QStringLiteral("leads"), leadId,
                                {{QStringLiteral("reason"), reason->key},
                                 {QStringLiteral("comment"), decision.note}});
            !logged)
            return std::unexpected(logged.error());
        auto stored = LeadRepository(sql).byId(leadId);
        if (!stored)
            return std::unexpected(stored.error());
        if (manager) // a manager's own decision needs no approval
            return closeLost(actor, *stored, reason->id, reason->name);

        auto managers = NotificationService::managerIds(sql);
        if (!managers)
            return std::unexpected(managers.error());
        const QString customer = NotificationService::customerName(sql, lead->customerId);
        for (qint64 managerId : *managers) {
            Notification n =
                leadNotification(NotificationKind::LostRequested, managerId, *lead, customer, now);
            n.details.insert(QStringLiteral("by"), actor.displayName);
            n.details.insert(QStringLiteral("reason"), reason->name);
            n.details.insert(QStringLiteral("comment"), decision.note);
            if (auto posted = NotificationService::post(sql, n); !posted)
                return std::unexpected(posted.error());
        }
        return *stored;
    });
    if (requested && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return requested;
}

Result<Lead> LostService::closeLost(const User& actor, Lead lead, qint64 reasonId,
                                    const QString& reason)
{
    QSqlDatabase& sql = m_context.db.sql();
    LeadRepository leads(sql);
    const QDateTime now = m_context.clock.now();
    auto lost = ReferenceRepository(sql).stageByKey(QStringLiteral("lost"));
    if (!lost)
        return std::unexpected(lost.error());
    LostDecision decision;
    decision.reasonId = reasonId;
    decision.note = lead.lostNote;
    decision.status = LostStatus::Approved;
    decision.requestedBy = lead.lostRequestedBy.value_or(actor.id);
    decision.requestedAt = lead.lostRequestedAt.isValid() ? lead.lostRequestedAt : now;
    decision.decidedBy = actor.id;
    decision.decidedAt = now;
    const auto labelFn = [&] { return label(lead); };
    auto version = leads.setStage(lead, lost->id, lead.consultantId, now, now, labelFn);
    if (!version)
        return std::unexpected(version.error());
    lead.version = *version;
    if (auto decided = leads.setLost(lead, decision, labelFn); !decided)
        return std::unexpected(decided.error());
    if (auto history = leads.insertHistory({0, lead.id, lead.stageId, lost->id, actor.id, now});
        !history)
        return std::unexpected(history.error());
    if (auto logged = audit(m_context, &actor, QStringLiteral("lead.lost_approve"),
                            QStringLiteral("leads"), lead.id, {{QStringLiteral("reason"), reason}});
        !logged)
        return std::unexpected(logged.error());
    if (decision.requestedBy && *decision.requestedBy != actor.id) {
        const QString customer = NotificationService::customerName(sql, lead.customerId);
        Notification n = leadNotification(NotificationKind::LostApproved, *decision.requestedBy,
                                          lead, customer, now);
        n.details.insert(QStringLiteral("by"), actor.displayName);
        n.details.insert(QStringLiteral("reason"), reason);
        if (auto posted = NotificationService::post(sql, n); !posted)
            return std::unexpected(posted.error());
    }
    return leads.byId(lead.id);
}

Result<Lead> LostService::approve(const User& actor, qint64 leadId)
{
    if (auto allowed = require(actor, Permission::ApproveLost); !allowed)
        return std::unexpected(allowed.error());
    auto approved = m_context.db.write([&]() -> Result<Lead> {
        QSqlDatabase& sql = m_context.db.sql();
        auto lead = LeadRepository(sql).byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (lead->lostStatus != LostStatus::Pending || !lead->lostReasonId)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not waiting for a lost approval.").arg(label(*lead)));
        auto reasons = ReferenceRepository(sql).lostReasons(true);
        if (!reasons)
            return std::unexpected(reasons.error());
        QString reasonName;
        for (const LostReason& reason : *reasons)
            if (reason.id == *lead->lostReasonId)
                reasonName = reason.name;
        return closeLost(actor, *lead, *lead->lostReasonId, reasonName);
    });
    if (approved && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return approved;
}

Result<Lead> LostService::returnToConsultant(const User& actor, qint64 leadId,
                                             const QString& comment)
{
    if (auto allowed = require(actor, Permission::ApproveLost); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    auto returned = m_context.db.write([&]() -> Result<Lead> {
        QSqlDatabase& sql = m_context.db.sql();
        LeadRepository leads(sql);
        auto lead = leads.byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (lead->lostStatus != LostStatus::Pending)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not waiting for a lost approval.").arg(label(*lead)));
        if (comment.trimmed().isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                tr("Say why %1 is not lost: the consultant reads your comment.").arg(label(*lead)));
        LostDecision decision;
        decision.reasonId = lead->lostReasonId;
        decision.note = lead->lostNote;
        decision.status = LostStatus::Rejected;
        decision.requestedBy = lead->lostRequestedBy;
        decision.decidedBy = actor.id;
        decision.decidedAt = now;
        decision.returnNote = comment.trimmed();
        if (auto version = leads.setLost(*lead, decision, [&] { return label(*lead); }); !version)
            return std::unexpected(version.error());
        Activity note;
        note.customerId = lead->customerId;
        note.leadId = lead->id;
        note.userId = actor.id;
        note.kind = ActivityKind::ManagerComment;
        note.occurredAt = now;
        note.createdAt = now;
        note.subject = tr("Not lost");
        note.body = decision.returnNote;
        if (auto added = ActivityRepository(sql).insert(note); !added)
            return std::unexpected(added.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("lead.lost_return"),
                                QStringLiteral("leads"), leadId,
                                {{QStringLiteral("comment"), decision.returnNote}});
            !logged)
            return std::unexpected(logged.error());
        const std::optional<qint64> to =
            lead->lostRequestedBy ? lead->lostRequestedBy : lead->consultantId;
        if (to && *to != actor.id) {
            const QString customer = NotificationService::customerName(sql, lead->customerId);
            Notification n =
                leadNotification(NotificationKind::LostReturned, *to, *lead, customer, now);
            n.details.insert(QStringLiteral("by"), actor.displayName);
            n.details.insert(QStringLiteral("comment"), decision.returnNote);
            if (auto posted = NotificationService::post(sql, n); !posted)
                return std::unexpected(posted.error());
        }
        return leads.byId(leadId);
    });
    if (returned && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return returned;
}

Result<Lead> LostService::withdraw(const User& actor, qint64 leadId)
{
    auto withdrawn = m_context.db.write([&]() -> Result<Lead> {
        LeadRepository leads(m_context.db.sql());
        auto lead = leads.byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (lead->lostStatus != LostStatus::Pending)
            return *lead;
        if (lead->lostRequestedBy != actor.id && !roleAllows(actor.role, Permission::ApproveLost))
            return fail(
                ErrorCode::PermissionDenied,
                tr("Only who asked can take back the lost request on %1.").arg(label(*lead)));
        if (auto cleared = leads.clearLost(leadId); !cleared)
            return std::unexpected(cleared.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("lead.lost_withdraw"),
                                QStringLiteral("leads"), leadId);
            !logged)
            return std::unexpected(logged.error());
        return leads.byId(leadId);
    });
    if (withdrawn && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return withdrawn;
}

Result<Lead> LostService::reopen(const User& actor, qint64 leadId, const QString& stageKey)
{
    if (auto allowed = require(actor, Permission::WorkAnyLead); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    auto reopened = m_context.db.write([&]() -> Result<Lead> {
        QSqlDatabase& sql = m_context.db.sql();
        LeadRepository leads(sql);
        ReferenceRepository reference(sql);
        auto lead = leads.byId(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        auto from = reference.stageById(lead->stageId);
        if (!from)
            return std::unexpected(from.error());
        if (from->kind != StageKind::Lost)
            return fail(ErrorCode::InvalidInput, tr("%1 is not lost.").arg(label(*lead)));
        QString key = stageKey;
        if (key.isEmpty()) { // the stage it was lost from
            auto history = leads.history(leadId);
            if (!history)
                return std::unexpected(history.error());
            for (auto it = history->rbegin(); it != history->rend() && key.isEmpty(); ++it)
                if (it->toStageId == from->id && it->fromStageId)
                    if (auto before = reference.stageById(*it->fromStageId);
                        before && before->kind == StageKind::Open && !before->retired)
                        key = before->key;
            if (key.isEmpty())
                key =
                    lead->consultantId ? QStringLiteral("assigned") : QStringLiteral("unassigned");
        }
        auto to = reference.stageByKey(key);
        if (!to)
            return std::unexpected(to.error());
        if (to->kind != StageKind::Open || to->retired)
            return fail(ErrorCode::InvalidInput,
                        tr("Reopen %1 into an open stage.").arg(label(*lead)));
        const std::optional<qint64> consultant =
            to->key == QLatin1String("unassigned") ? std::nullopt : lead->consultantId;
        auto version =
            leads.setStage(*lead, to->id, consultant, now, {}, [&] { return label(*lead); });
        if (!version)
            return std::unexpected(version.error());
        if (auto cleared = leads.clearLost(leadId); !cleared)
            return std::unexpected(cleared.error());
        if (auto history = leads.insertHistory({0, leadId, from->id, to->id, actor.id, now});
            !history)
            return std::unexpected(history.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("lead.reopen"),
                                QStringLiteral("leads"), leadId, {{QStringLiteral("to"), to->key}});
            !logged)
            return std::unexpected(logged.error());
        return leads.byId(leadId);
    });
    if (reopened && m_context.changes)
        Q_EMIT m_context.changes->leadChanged(leadId);
    return reopened;
}

} // namespace showroom
