#include "BoardActions.h"

#include "board/BoardModel.h"
#include "board/LostDialog.h"
#include "common/Labels.h"
#include "common/MessageBoxes.h"
#include "deals/DealFormDialog.h"
#include "services/ChangeBus.h"
#include "services/LostService.h"
#include "services/Permissions.h"
#include "services/PipelineConfigService.h"

#include <QInputDialog>
#include <QUndoStack>

namespace showroom {

BoardActions::BoardActions(ServiceContext context, User actor, BoardModel& model,
                           QWidget* dialogParent)
    : QObject(dialogParent), m_context(context), m_actor(std::move(actor)), m_model(model),
      m_dialogParent(dialogParent), m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(100);
    connect(m_undo, &QUndoStack::indexChanged, this, &BoardActions::changed);
}

CommandContext BoardActions::commandContext()
{
    return {m_context, m_actor, [this](const QString& message) { m_errors << message; }};
}

QString BoardActions::leadLabel(qint64 leadId) const
{
    const BoardCard* card = m_model.cardById(leadId);
    return card ? tr("Lead #%1 (%2)").arg(leadId).arg(card->customerName)
                : tr("Lead #%1").arg(leadId);
}

void BoardActions::showErrors(const QString& title)
{
    if (m_errors.isEmpty())
        return;
    const QString text = m_errors.join(QLatin1Char('\n'));
    m_errors.clear();
    MessageBoxes::current().error(m_dialogParent, title, text);
}

void BoardActions::undo()
{
    m_undo->undo();
    showErrors(tr("Undo"));
}

void BoardActions::redo()
{
    m_undo->redo();
    showErrors(tr("Redo"));
}

void BoardActions::push(const QString& text, const std::vector<QUndoCommand*>& commands)
{
    if (commands.empty())
        return;
    if (commands.size() == 1) { // a failed single command is dropped by the stack
        m_undo->push(commands.front());
        return;
    }
    m_undo->beginMacro(text);
    for (QUndoCommand* command : commands)
        m_undo->push(command);
    m_undo->endMacro();
}

bool BoardActions::moveLeads(const std::vector<qint64>& leadIds, qint64 stageId)
{
    const QModelIndex column = m_model.columnIndex(stageId);
    const Stage* target = m_model.stage(column);
    if (!target || leadIds.empty())
        return false;
    if (target->kind == StageKind::Lost)
        return markLost(leadIds);
    if (target->kind == StageKind::Won) {
        // Won means a deal: the deal form opens, and creating the deal moves the lead (nothing
        // to undo here); cancelling it leaves the lead where it was.
        if (leadIds.size() != 1) {
            MessageBoxes::current().information(
                m_dialogParent, tr("Create deal"),
                tr("A deal belongs to one lead. Drop the leads on Won one at a time."));
            return false;
        }
        ChangeBus unannounced;
        const Session session{m_context.db, m_context.clock,
                              m_context.changes ? *m_context.changes : unannounced, m_actor};
        const bool created =
            DealFormDialog::createFor(m_dialogParent, session, leadIds.front()).has_value();
        Q_EMIT changed();
        return created;
    }
    const int before = m_undo->index();
    const QString stageName = Labels::stage(target->key, target->name);
    std::vector<QUndoCommand*> commands;
    for (qint64 id : leadIds) {
        const BoardCard* card = m_model.cardById(id);
        if (!card)
            continue;
        commands.push_back(new MoveLeadCommand(commandContext(), id, m_model.stageKeyOf(id),
                                               target->key,
                                               tr("Move %1 to %2").arg(leadLabel(id), stageName)));
    }
    push(tr("Move %n lead(s) to %1", nullptr, int(commands.size())).arg(stageName), commands);
    showErrors(tr("Move lead"));
    Q_EMIT changed();
    return m_undo->index() != before;
}

bool BoardActions::moveLeadsBy(const std::vector<qint64>& leadIds, int offset)
{
    std::vector<Stage> open;
    for (const Stage& stage : m_model.stages())
        if (stage.kind == StageKind::Open)
            open.push_back(stage);
    bool moved = false;
    for (qint64 id : leadIds) {
        const BoardCard* card = m_model.cardById(id);
        if (!card)
            continue;
        const auto at = std::find_if(open.begin(), open.end(),
                                     [&](const Stage& s) { return s.id == card->stageId; });
        if (at == open.end())
            continue;
        const auto target = (at - open.begin()) + offset;
        if (target < 0 || target >= qint64(open.size()))
            continue;
        moved = moveLeads({id}, open[std::size_t(target)].id) || moved;
    }
    return moved;
}

bool BoardActions::assignLeads(const std::vector<qint64>& leadIds, qint64 consultantId)
{
    const int before = m_undo->index();
    std::vector<QUndoCommand*> commands;
    for (qint64 id : leadIds) {
        const BoardCard* card = m_model.cardById(id);
        if (!card || card->consultantId == consultantId)
            continue;
        commands.push_back(new AssignLeadCommand(commandContext(), id, card->consultantId,
                                                 consultantId, tr("Assign %1").arg(leadLabel(id))));
    }
    if (!commands.empty())
        push(tr("Assign %n lead(s)", nullptr, int(commands.size())), commands);
    showErrors(tr("Assign lead"));
    Q_EMIT changed();
    return m_undo->index() != before;
}

bool BoardActions::takeLeads(const std::vector<qint64>& leadIds)
{
    return assignLeads(leadIds, m_actor.id);
}

bool BoardActions::markLost(const std::vector<qint64>& leadIds)
{
    auto reasons = PipelineConfigService(m_context).lostReasons();
    if (!reasons) {
        MessageBoxes::current().error(m_dialogParent, tr("Mark as lost"), reasons.error().message);
        return false;
    }
    const bool closesAtOnce = roleAllows(m_actor.role, Permission::ApproveLost);
    const QString label = leadIds.size() == 1 ? leadLabel(leadIds.front())
                                              : tr("%n leads", nullptr, int(leadIds.size()));
    LostDialog dialog(*reasons, label, closesAtOnce, m_dialogParent);
    const int before = m_undo->index();
    dialog.setSave([&]() -> QString {
        if (const QString missing = dialog.missing(); !missing.isEmpty())
            return missing;
        std::vector<QUndoCommand*> commands;
        for (qint64 id : leadIds) {
            commands.push_back(new LoseLeadCommand(commandContext(), id, m_model.stageKeyOf(id),
                                                   dialog.reasonKey(), dialog.comment(),
                                                   tr("Mark %1 as lost").arg(leadLabel(id))));
        }
        push(tr("Mark %1 as lost").arg(label), commands);
        const QString errors = m_errors.join(QLatin1Char('\n'));
        m_errors.clear();
        return errors;
    });
    dialog.exec();
    Q_EMIT changed();
    return m_undo->index() != before;
}

bool BoardActions::approveLost(qint64 leadId)
{
    auto approved = LostService(m_context).approve(m_actor, leadId);
    if (!approved)
        MessageBoxes::current().error(m_dialogParent, tr("Approve lost"), approved.error().message);
    Q_EMIT changed();
    return approved.has_value();
}

bool BoardActions::returnLost(qint64 leadId)
{
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        m_dialogParent, tr("Not lost"),
        tr("Why is %1 not lost? The consultant reads this.").arg(leadLabel(leadId)), {}, &ok);
    if (!ok)
        return false;
    auto returned = LostService(m_context).returnToConsultant(m_actor, leadId, comment);
    if (!returned)
        MessageBoxes::current().error(m_dialogParent, tr("Not lost"), returned.error().message);
    Q_EMIT changed();
    return returned.has_value();
}

bool BoardActions::reopen(qint64 leadId)
{
    auto reopened = LostService(m_context).reopen(m_actor, leadId);
    if (!reopened)
        MessageBoxes::current().error(m_dialogParent, tr("Reopen"), reopened.error().message);
    Q_EMIT changed();
    return reopened.has_value();
}

} // namespace showroom
