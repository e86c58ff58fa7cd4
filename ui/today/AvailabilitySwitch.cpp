#include "AvailabilitySwitch.h"

#include "common/MessageBoxes.h"
#include "services/UserService.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace showroom {

namespace {
QColor colour(AvailabilitySwitch::State state)
{
    switch (state) {
    case AvailabilitySwitch::State::Available:
        return {0x2e, 0x7d, 0x32};
    case AvailabilitySwitch::State::Busy:
        return {0xd9, 0x80, 0x00};
    case AvailabilitySwitch::State::OffDuty:
        break;
    }
    return {0x75, 0x75, 0x75};
}

// A coloured dot, like the status lights of chat programs.
QIcon dot(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

AvailabilitySwitch::State stateOf(const User& user)
{
    if (!user.onDuty)
        return AvailabilitySwitch::State::OffDuty;
    return user.busy ? AvailabilitySwitch::State::Busy : AvailabilitySwitch::State::Available;
}
} // namespace

AvailabilitySwitch::AvailabilitySwitch(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("availabilitySwitch"));
    auto* label = new QLabel(tr("My availability:"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    const auto add = [this](State state, const QString& text, const QString& name,
                            const QString& tip) {
        auto* b = new QPushButton(dot(colour(state)), text, this);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setToolTip(tip);
        m_group->addButton(b, int(state));
    };
    add(State::Available, tr("Available"), QStringLiteral("availableButton"),
        tr("You are at your desk and take new leads and walk-ins"));
    add(State::Busy, tr("Busy"), QStringLiteral("busyButton"),
        tr("With a customer: no new leads are given to you until you are available again"));
    add(State::OffDuty, tr("Off duty"), QStringLiteral("offDutyButton"),
        tr("Not at work: you get no leads and the reception does not offer you"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("availabilityHint"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label);
    for (QAbstractButton* b : m_group->buttons())
        layout->addWidget(b);
    layout->addWidget(m_hint);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (!setState(State(id)))
            display(m_state); // refused: show the stored state again
    });
    reload();
}

QAbstractButton* AvailabilitySwitch::button(State state) const
{
    return m_group->button(int(state));
}

void AvailabilitySwitch::reload()
{
    auto users = UserService(m_session.context()).users();
    if (!users)
        return;
    for (const User& user : *users)
        if (user.id == m_session.user.id)
            display(stateOf(user));
}

bool AvailabilitySwitch::setState(State state)
{
    if (state == m_state)
        return true;
    auto saved = UserService(m_session.context())
                     .setAvailability(m_session.user, m_session.user.id, state != State::OffDuty,
                                      state == State::Busy);
    if (!saved) {
        MessageBoxes::current().error(this, tr("Your availability was not changed"),
                                      saved.error().message);
        return false;
    }
    display(stateOf(*saved));
    Q_EMIT stateChanged(m_state);
    return true;
}

void AvailabilitySwitch::display(State state)
{
    m_state = state;
    button(state)->setChecked(true);
    switch (state) {
    case State::Available:
        m_hint->setText(tr("taking new leads"));
        break;
    case State::Busy:
        m_hint->setText(tr("no new leads while busy"));
        break;
    case State::OffDuty:
        m_hint->setText(tr("no leads, not offered at the reception"));
        break;
    }
    QPalette colours = m_hint->palette();
    colours.setColor(QPalette::WindowText, colour(state));
    m_hint->setPalette(colours);
}

} // namespace showroom
