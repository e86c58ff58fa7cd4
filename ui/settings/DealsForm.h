#pragma once

#include "settings/SettingsForm.h"

class QComboBox;
class QSpinBox;
class QTimeEdit;

namespace showroom {

// Settings › Deals & after-sales: how long an offer is valid, when delivery reminders start,
// when the after-sales call is due and the monthly "second delivery" evening.
class DealsForm : public SettingsForm {
    Q_OBJECT

public:
    explicit DealsForm(const Session& session, QWidget* parent = nullptr);

    QSpinBox* offerValidDays() const { return m_offerDays; }
    QSpinBox* reminderDays() const { return m_reminderDays; }
    QSpinBox* callDays() const { return m_callDays; }
    // ISO weekdays (1 Monday … 7 Sunday) as item data.
    QComboBox* eveningWeekday() const { return m_weekday; }
    QTimeEdit* eveningTime() const { return m_time; }

protected:
    void load() override;
    bool store() override;

private:
    QSpinBox* m_offerDays = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QSpinBox* m_callDays = nullptr;
    QComboBox* m_weekday = nullptr;
    QTimeEdit* m_time = nullptr;
};

} // namespace showroom
