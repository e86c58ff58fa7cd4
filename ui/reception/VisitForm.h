#pragma once

#include "domain/User.h"
#include "services/VisitService.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabBar;
class QTimeEdit;

namespace showroom {

class ContactFields;

// "New walk-in" and "Hotline call": one keyboard-only form. Everything but the purpose and the
// consultant is optional; Ctrl+Enter (or Enter in a text field) logs the visit.
class VisitForm : public QWidget {
    Q_OBJECT

public:
    VisitForm(ServiceContext context, User actor, QWidget* parent = nullptr);

    void setChannel(VisitChannel channel);
    VisitChannel channel() const;
    NewVisit draft() const;
    // Logs the visit; on success clears the form for the next visitor.
    bool submit();
    void clear();
    // Reloads the consultants (who is busy or with a visitor changes all day).
    void refreshConsultants();

    ContactFields* contactFields() const { return m_contact; }
    QComboBox* consultantBox() const { return m_consultant; }

Q_SIGNALS:
    void visitLogged(const VisitOutcome& outcome);

private:
    void updateChannel();
    void customerLinked(qint64 customerId);
    void keepArrivalCurrent();

    ServiceContext m_context;
    User m_actor;
    QTabBar* m_mode = nullptr;
    QFormLayout* m_visitFields = nullptr;
    QLabel* m_arrivalLabel = nullptr;
    QTimeEdit* m_arrival = nullptr;
    bool m_arrivalEdited = false;
    QSpinBox* m_party = nullptr;
    QComboBox* m_purpose = nullptr;
    QCheckBox* m_repeat = nullptr;
    QComboBox* m_consultant = nullptr;
    QLineEdit* m_model = nullptr;
    QCheckBox* m_testDrive = nullptr;
    ContactFields* m_contact = nullptr;
    QPushButton* m_submit = nullptr;
    QTimer m_clockTick;
};

} // namespace showroom
