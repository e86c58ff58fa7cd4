#pragma once

#include "board/LeadCommands.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace showroom {

class BoardModel;

// What a user can do to leads on the board, each through an undoable command: move to a stage
// (Won records the win, Lost opens the lost dialog), assign, take, and the manager's lost
// decisions. Dialogs open on `dialogParent`.
class BoardActions : public QObject {
    Q_OBJECT

public:
    BoardActions(ServiceContext context, User actor, BoardModel& model, QWidget* dialogParent);

    QUndoStack* undoStack() const { return m_undo; }
    // Ctrl+Z / Ctrl+Shift+Z, reporting what the other desks' changes refused.
    void undo();
    void redo();

    // Drop or keyboard move. Returns true when something moved.
    bool moveLeads(const std::vector<qint64>& leadIds, qint64 stageId);
    // Ctrl+Left / Ctrl+Right: the neighbouring open stage (never onto Won or Lost).
    bool moveLeadsBy(const std::vector<qint64>& leadIds, int offset);
    bool assignLeads(const std::vector<qint64>& leadIds, qint64 consultantId);
    bool takeLeads(const std::vector<qint64>& leadIds);
    bool markLost(const std::vector<qint64>& leadIds);
    bool approveLost(qint64 leadId);
    bool returnLost(qint64 leadId);
    bool reopen(qint64 leadId);

Q_SIGNALS:
    // After any change: the page refreshes the board.
    void changed();

private:
    CommandContext commandContext();
    void push(const QString& text, const std::vector<QUndoCommand*>& commands);
    QString leadLabel(qint64 leadId) const;
    void showErrors(const QString& title);

    ServiceContext m_context;
    User m_actor;
    BoardModel& m_model;
    QWidget* m_dialogParent;
    QUndoStack* m_undo;
    QStringList m_errors;
};

} // namespace showroom
