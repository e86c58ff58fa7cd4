#include "TaskDialogs.h"

#include "services/TaskService.h"
#include "tasks/TaskText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace showroom {

namespace {
QLabel* summaryLabel(const TaskRow& row, QWidget* parent)
{
    auto* label = new QLabel(TaskText::summary(row), parent);
    label->setObjectName(QStringLiteral("taskSummary"));
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit* textField(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setTabChangesFocus(true);
    text->setPlaceholderText(placeholder);
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 5);
    return text;
}
} // namespace

CompleteTaskDialog::CompleteTaskDialog(const Session& session, const TaskRow& row, QWidget* parent)
    : FormDialog(tr("Follow-up done"), tr("Done"), parent), m_session(session), m_row(row)
{
    setObjectName(QStringLiteral("completeTaskDialog"));
    m_result = textField(QStringLiteral("taskResult"),
                         tr("What came of it, e.g. “reached, test drive on Friday”"), this);
    m_planNext = new QCheckBox(tr("Plan the next step afterwards"), this);
    m_planNext->setObjectName(QStringLiteral("planNext"));
    form()->addRow(tr("Task"), summaryLabel(row, this));
    form()->addRow(tr("Result"), m_result);
    form()->addRow(QString(), m_planNext);
    setSave([this]() -> QString {
        // No version check: a manager's comment meanwhile must not block it, and a task
        // completed on another desk is refused by core anyway.
        auto done = TaskService(m_session.context())
                        .complete(m_session.user, m_row.task.id, m_result->toPlainText());
        if (!done)
            return done.error().message;
        Q_EMIT completed(*done, planNext());
        return {};
    });
}

bool CompleteTaskDialog::planNext() const
{
    return m_planNext->isChecked();
}

TaskCommentDialog::TaskCommentDialog(const Session& session, const TaskRow& row, QWidget* parent)
    : FormDialog(tr("Comment on a follow-up"), tr("Comment"), parent), m_session(session),
      m_row(row)
{
    setObjectName(QStringLiteral("taskCommentDialog"));
    m_comment = textField(QStringLiteral("taskComment"),
                          row.assigneeName.isEmpty()
                              ? tr("Advice or a question for the consultant")
                              : tr("Advice or a question for %1").arg(row.assigneeName),
                          this);
    m_comment->setPlainText(row.task.managerComment);
    form()->addRow(tr("Task"), summaryLabel(row, this));
    if (!row.assigneeName.isEmpty()) {
        auto* who = new QLabel(row.assigneeName, this);
        form()->addRow(tr("Consultant"), who);
    }
    form()->addRow(tr("Comment"), m_comment);
    setSave([this]() -> QString {
        auto saved = TaskService(m_session.context())
                         .comment(m_session.user, m_row.task.id, m_comment->toPlainText());
        if (!saved)
            return saved.error().message;
        Q_EMIT commented(*saved);
        return {};
    });
}

} // namespace showroom
