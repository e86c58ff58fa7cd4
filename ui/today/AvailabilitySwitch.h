#pragma once

#include "shell/Session.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace showroom {

// "My availability": Available / Busy / Off duty as three buttons, one of them pressed. The
// assignment rule gives new leads only to available consultants; the reception sees the state
// in its consultant list. Changes are saved at once (UserService::setAvailability).
class AvailabilitySwitch : public QWidget {
    Q_OBJECT

public:
    enum class State { Available, Busy, OffDuty };

    AvailabilitySwitch(const Session& session, QWidget* parent = nullptr);

    State state() const { return m_state; }
    // Saves the new state; false (and a message) when it was refused.
    bool setState(State state);
    // Reads the stored state (after a change on another desk).
    void reload();
    QAbstractButton* button(State state) const;

Q_SIGNALS:
    void stateChanged(showroom::AvailabilitySwitch::State state);

private:
    void display(State state);

    Session m_session;
    State m_state = State::Available;
    QButtonGroup* m_group = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace showroom
