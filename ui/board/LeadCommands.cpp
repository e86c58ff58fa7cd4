#include "LeadCommands.h"

#include "services/LeadService.h"
#include "services/LostService.h"

namespace showroom {

namespace {
template <typename T>
bool handled(QUndoCommand& command, bool& firstRun, const Result<T>& result,
             const ErrorReport& report)
{
    if (result) {
        firstRun = false;
        return true;
    }
    if (report)
        report(result.error().message);
    if (firstRun)
        command.setObsolete(true); // never happened: nothing to undo
    return false;
}
} // namespace

MoveLeadCommand::MoveLeadCommand(CommandContext context, qint64 leadId, QString fromStageKey,
                                 QString toStageKey, QString text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_context(std::move(context)), m_leadId(leadId),
      m_from(std::move(fromStageKey)), m_to(std::move(toStageKey))
{
}

void MoveLeadCommand::redo()
{
    auto moved =
        LeadService(m_context.services)
            .moveStage(m_context.actor, m_leadId, m_to, m_firstRun ? std::nullopt : m_version);
    if (handled(*this, m_firstRun, moved, m_context.report))
        m_version = moved->version;
}

void MoveLeadCommand::undo()
{
    if (m_firstRun) // the change never happened (failed inside a multi-lead macro)
        return;
    auto moved =
        LeadService(m_context.services).moveStage(m_context.actor, m_leadId, m_from, m_version);
    if (handled(*this, m_firstRun, moved, m_context.report))
        m_version = moved->version;
}

AssignLeadCommand::AssignLeadCommand(CommandContext context, qint64 leadId,
                                     std::optional<qint64> previous, qint64 consultantId,
                                     QString text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_context(std::move(context)), m_leadId(leadId),
      m_previous(previous), m_consultantId(consultantId)
{
}

void AssignLeadCommand::redo()
{
    auto assigned = LeadService(m_context.services)
                        .assign(m_context.actor, m_leadId, m_consultantId,
                                m_firstRun ? std::nullopt : m_version);
    if (handled(*this, m_firstRun, assigned, m_context.report))
        m_version = assigned->version;
}

void AssignLeadCommand::undo()
{
    if (m_firstRun) // the change never happened (failed inside a multi-lead macro)
        return;
    LeadService leads(m_context.services);
    auto restored = m_previous ? leads.assign(m_context.actor, m_leadId, *m_previous, m_version)
                               : leads.moveStage(m_context.actor, m_leadId,
                                                 QStringLiteral("unassigned"), m_version);
    if (handled(*this, m_firstRun, restored, m_context.report))
        m_version = restored->version;
}

LoseLeadCommand::LoseLeadCommand(CommandContext context, qint64 leadId, QString fromStageKey,
                                 QString reasonKey, QString comment, QString text,
                                 QUndoCommand* parent)
    : QUndoCommand(text, parent), m_context(std::move(context)), m_leadId(leadId),
      m_from(std::move(fromStageKey)), m_reason(std::move(reasonKey)), m_comment(std::move(comment))
{
}

void LoseLeadCommand::redo()
{
    auto lost =
        LostService(m_context.services).request(m_context.actor, m_leadId, m_reason, m_comment);
    if (handled(*this, m_firstRun, lost, m_context.report))
        m_closed = lost->lostStatus == LostStatus::Approved;
}

void LoseLeadCommand::undo()
{
    if (m_firstRun) // the change never happened (failed inside a multi-lead macro)
        return;
    LostService lost(m_context.services);
    auto restored = m_closed ? lost.reopen(m_context.actor, m_leadId, m_from)
                             : lost.withdraw(m_context.actor, m_leadId);
    handled(*this, m_firstRun, restored, m_context.report);
}

} // namespace showroom
