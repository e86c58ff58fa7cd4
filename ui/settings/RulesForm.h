#pragma once

#include "settings/SettingsForm.h"

class QLineEdit;
class QSpinBox;

namespace showroom {

// Settings › Response & follow-ups: how soon new leads must be contacted, when the manager is
// told, and the follow-up calls after a first visit.
class RulesForm : public SettingsForm {
    Q_OBJECT

public:
    explicit RulesForm(const Session& session, QWidget* parent = nullptr);

    QSpinBox* responseMinutes() const { return m_response; }
    QSpinBox* escalationMinutes() const { return m_escalation; }
    QLineEdit* followUpDays() const { return m_followUpDays; }
    QSpinBox* noShowDays() const { return m_noShowDays; }

protected:
    void load() override;
    bool store() override;

private:
    QSpinBox* m_response = nullptr;
    QSpinBox* m_escalation = nullptr;
    QLineEdit* m_followUpDays = nullptr;
    QSpinBox* m_noShowDays = nullptr;
};

} // namespace showroom
