#pragma once

#include "customers/FormDialog.h"
#include "domain/Task.h"
#include "shell/Session.h"

class QCheckBox;
class QPlainTextEdit;

namespace showroom {

// "Done…": a follow-up is closed only with its result ("reached, test drive on Friday"). An empty
// result is refused with core's explanation under the form; the dialog stays open.
class CompleteTaskDialog : public FormDialog {
    Q_OBJECT

public:
    CompleteTaskDialog(const Session& session, const TaskRow& row, QWidget* parent = nullptr);

    const TaskRow& row() const { return m_row; }
    QPlainTextEdit* resultField() const { return m_result; }
    // "Plan the next step": the caller opens FollowUpDialog after the task was completed.
    QCheckBox* planNextField() const { return m_planNext; }
    bool planNext() const;

Q_SIGNALS:
    void completed(const showroom::Task& task, bool planNext);

private:
    Session m_session;
    TaskRow m_row;
    QPlainTextEdit* m_result = nullptr;
    QCheckBox* m_planNext = nullptr;
};

// "Comment…" (managers): a comment on a consultant's follow-up, shown on the task and the
// customer's timeline; the consultant is notified.
class TaskCommentDialog : public FormDialog {
    Q_OBJECT

public:
    TaskCommentDialog(const Session& session, const TaskRow& row, QWidget* parent = nullptr);

    QPlainTextEdit* commentField() const { return m_comment; }

Q_SIGNALS:
    void commented(const showroom::Task& task);

private:
    Session m_session;
    TaskRow m_row;
    QPlainTextEdit* m_comment = nullptr;
};

} // namespace showroom
