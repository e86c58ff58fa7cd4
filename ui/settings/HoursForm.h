#pragma once

#include "settings/SettingsForm.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace showroom {

class LogoPicker;

// Settings › Dealership & hours: the dealership's name, address, phone and logo (the letterhead
// of printed offers, contracts and handover protocols), phone country and time zone, and the
// business hours in which response times run.
class HoursForm : public SettingsForm {
    Q_OBJECT

public:
    explicit HoursForm(const Session& session, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QLineEdit* phoneEdit() const { return m_phone; }
    LogoPicker* logoPicker() const { return m_logo; }
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
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    LogoPicker* m_logo = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_timeZone = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QList<QCheckBox*> m_days;
};

} // namespace showroom
