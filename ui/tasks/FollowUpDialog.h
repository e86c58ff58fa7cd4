#pragma once

#include "customers/FormDialog.h"
#include "domain/Task.h"
#include "services/TaskService.h"
#include "shell/Session.h"

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace showroom {

// Plans a follow-up, call back, showroom invitation or test drive for a lead: the kind, when,
// and what it is about (prefilled per kind). OK calls TaskService::add; a refusal is shown in a
// message box and the dialog stays open with what was typed.
class FollowUpDialog : public FormDialog {
    Q_OBJECT

public:
    FollowUpDialog(const Session& session, qint64 leadId, TaskKind initialKind,
                   QWidget* parent = nullptr);

    // Modal: returns the planned task, or nothing when cancelled.
    static std::optional<Task> plan(const Session& session, qint64 leadId, TaskKind initialKind,
                                    QWidget* parent = nullptr);
    // Window-modal, not blocking; the dialog deletes itself when closed. Connect to
    // taskPlanned() for the outcome.
    static FollowUpDialog* openFor(const Session& session, qint64 leadId, TaskKind initialKind,
                                   QWidget* parent);
    // The next business day at 10:00 in the dealership's time zone (its opening time when that
    // is later); every day is a business day when no opening hours are set.
    static QDateTime defaultDue(const Session& session);

    qint64 leadId() const { return m_leadId; }
    NewTask draft() const;
    // The task once OK saved it.
    const std::optional<Task>& planned() const { return m_planned; }

    QComboBox* kindField() const { return m_kind; }
    QDateTimeEdit* dueField() const { return m_due; }
    QLineEdit* titleField() const { return m_title; }
    QLabel* leadLabel() const { return m_leadLabel; }

Q_SIGNALS:
    void taskPlanned(const showroom::Task& task);

private:
    void kindChanged();
    QString save();

    Session m_session;
    qint64 m_leadId;
    QString m_vehicleInterest;
    QString m_autoTitle;
    std::optional<Task> m_planned;
    QLabel* m_leadLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QLineEdit* m_title = nullptr;
};

} // namespace showroom
