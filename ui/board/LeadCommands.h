#pragma once

#include "domain/User.h"
#include "services/ServiceContext.h"

#include <QUndoCommand>
#include <functional>

namespace showroom {

// Undoable pipeline edits. Each command commits through a core service; a command whose first
// run failed is marked obsolete so the undo stack drops it. Errors are reported to `report`.
using ErrorReport = std::function<void(const QString& message)>;

struct CommandContext {
    ServiceContext services;
    User actor;
    ErrorReport report;
};

// Moves a lead to an open stage or Won; undo moves it back.
class MoveLeadCommand : public QUndoCommand {
public:
    MoveLeadCommand(CommandContext context, qint64 leadId, QString fromStageKey, QString toStageKey,
                    QString text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    qint64 m_leadId;
    QString m_from;
    QString m_to;
    std::optional<int> m_version; // after our last change, for the version check
    bool m_firstRun = true;
};

// Gives a lead to a consultant (or the acting consultant takes it); undo returns it to the
// previous consultant or to the unassigned queue.
class AssignLeadCommand : public QUndoCommand {
public:
    AssignLeadCommand(CommandContext context, qint64 leadId, std::optional<qint64> previous,
                      qint64 consultantId, QString text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    qint64 m_leadId;
    std::optional<qint64> m_previous;
    qint64 m_consultantId;
    std::optional<int> m_version;
    bool m_firstRun = true;
};

// Asks to close a lead as lost (a manager closes it at once); undo withdraws the request, or
// reopens the lead when it was closed.
class LoseLeadCommand : public QUndoCommand {
public:
    LoseLeadCommand(CommandContext context, qint64 leadId, QString fromStageKey, QString reasonKey,
                    QString comment, QString text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    qint64 m_leadId;
    QString m_from;
    QString m_reason;
    QString m_comment;
    bool m_closed = false;
    bool m_firstRun = true;
};

} // namespace showroom
