#pragma once

#include "domain/Task.h"
#include "shell/Session.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace showroom {

class AvailabilitySwitch;
class CompleteTaskDialog;
class FollowUpDialog;
class TaskCommentDialog;
class TodayModel;

// The consultant's day: overdue follow-ups, what is due today and today's appointments
// (showroom invitations, test drives). A consultant sees his own tasks and switches his
// availability at the top; a manager sees everyone's (or one consultant's) and comments.
class TodayPage : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(const Session& session, QWidget* parent = nullptr);

    TodayModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // Managers only (nullptr otherwise): "All consultants" and each consultant.
    QComboBox* consultantFilter() const { return m_filter; }
    // Consultants only (nullptr otherwise).
    AvailabilitySwitch* availability() const { return m_availability; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* commentButton() const { return m_comment; }
    QPushButton* followUpButton() const { return m_followUp; }
    QPushButton* openCustomerButton() const { return m_openCustomer; }
    // Why the list could not be loaded ('' when it could).
    QString problemText() const;

    // Refetches the tasks (after changes here or on another desk).
    void reload();
    bool selectTask(qint64 taskId);
    const TaskRow* selectedTask() const;

    // The dialogs: window-modal, not blocking; each returns the dialog it opened (or nullptr
    // when no task is selected or the action is not allowed).
    CompleteTaskDialog* completeSelected();
    TaskCommentDialog* commentSelected();
    FollowUpDialog* addFollowUpToSelected();
    void openSelectedCustomer();

Q_SIGNALS:
    // `leadId` is 0 for a task without a lead.
    void openCustomerRequested(qint64 customerId, qint64 leadId);

private:
    QWidget* buildHeader();
    void buildActions();
    void fillConsultants();
    std::optional<qint64> shownUserId() const;
    void updateActions();
    void userChanged(qint64 userId);

    Session m_session;
    bool m_manager = false;
    TodayModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QComboBox* m_filter = nullptr;
    AvailabilitySwitch* m_availability = nullptr;
    QLabel* m_date = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_comment = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_openCustomer = nullptr;
    QTimer m_tick;
};

} // namespace showroom
