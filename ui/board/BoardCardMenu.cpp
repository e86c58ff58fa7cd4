// The card's context menu: every drag has a keyboard and menu alternative here.
#include "board/BoardActions.h"
#include "board/BoardColumnView.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "common/Labels.h"
#include "deals/TestDriveDialog.h"
#include "services/Permissions.h"
#include "services/UserService.h"

#include <QMenu>

namespace showroom {

void BoardPage::showCardMenu(CardListView* view, const QPoint& pos)
{
    const QModelIndex index = view->indexAt(pos);
    const BoardCard* card = m_model->card(index);
    if (!card)
        return;
    if (!view->selectionModel()->isSelected(index))
        view->setCurrentIndex(index);
    const std::vector<qint64> ids = selectedLeads();
    const qint64 leadId = card->leadId;
    const qint64 customerId = card->customerId;
    const User& me = m_session.user;
    const bool manager = roleAllows(me.role, Permission::ApproveLost);
    const bool closed = !card->closedAt.isNull();

    QMenu menu(this);
    menu.addAction(tr("Open customer card"), [this, customerId, leadId] {
        Q_EMIT openCustomerRequested(customerId, leadId);
    });
    if (!closed) {
        menu.addAction(tr("Log call…"),
                       [this, customerId, leadId] { Q_EMIT logCallRequested(customerId, leadId); });
        menu.addAction(tr("Add follow-up…"),
                       [this, leadId] { Q_EMIT planTaskRequested(leadId, TaskKind::FollowUp); });
        menu.addAction(tr("Schedule test drive…"),
                       [this, leadId] { TestDriveDialog::book(this, m_session, leadId); });
        menu.addAction(tr("Invite to the showroom…"),
                       [this, leadId] { Q_EMIT planTaskRequested(leadId, TaskKind::Appointment); });
        menu.addSeparator();
        QMenu* move = menu.addMenu(tr("Move to"));
        for (const Stage& stage : m_model->stages()) {
            if (stage.id == card->stageId && card->lostStatus != LostStatus::Pending)
                continue;
            move->addAction(Labels::stage(stage.key, stage.name),
                            [this, ids, id = stage.id] { m_actions->moveLeads(ids, id); });
        }
        menu.addAction(tr("Move left"), [this, ids] { m_actions->moveLeadsBy(ids, -1); });
        menu.addAction(tr("Move right"), [this, ids] { m_actions->moveLeadsBy(ids, 1); });
    }
    if (!closed && !card->consultantId && me.role == Role::Consultant)
        menu.addAction(tr("Take"), [this, ids] { m_actions->takeLeads(ids); });
    if (!closed && roleAllows(me.role, Permission::AssignLeads)) {
        QMenu* assign = menu.addMenu(tr("Assign to"));
        if (auto users = UserService(m_session.context()).users())
            for (const User& user : *users)
                if (user.active && (user.role == Role::Consultant || user.role == Role::Manager))
                    assign->addAction(user.displayName, [this, ids, id = user.id] {
                        m_actions->assignLeads(ids, id);
                    });
    }
    menu.addSeparator();
    if (!closed && card->lostStatus != LostStatus::Pending)
        menu.addAction(tr("Mark as lost…"), [this, ids] { m_actions->markLost(ids); });
    if (manager && card->lostStatus == LostStatus::Pending) {
        menu.addAction(tr("Approve: lost"), [this, leadId] { m_actions->approveLost(leadId); });
        menu.addAction(tr("Not lost: return with a comment…"),
                       [this, leadId] { m_actions->returnLost(leadId); });
    }
    if (manager && card->lostStatus == LostStatus::Approved)
        menu.addAction(tr("Reopen"), [this, leadId] { m_actions->reopen(leadId); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace showroom
