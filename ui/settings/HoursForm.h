#pragma once

#include "settings/SettingsForm.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace showroom {

// Settings › Dealership & hours: the dealership's name, phone country and time zone, and the
// business hours in which response times run.
class HoursForm : public SettingsForm {
    Q_OBJECT

public:
    explicit HoursForm(const Session& session, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* regionEdit() const { return m_region; }
    QComboBox* timeZoneBox() const { return m_timeZone; }
    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    // Monday first (ISO weekday 1) to Sunday.
    const QList<QCheckBox*>& dayBoxes() const { return m_days; }

protected:
    void load() override;
    bool store() override;

private:
    QString timeZoneKey() const;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_timeZone = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QList<QCheckBox*> m_days;
};

} // namespace showroom
