#include "VisitForm.h"

#include "common/Labels.h"
#include "common/MessageBoxes.h"
#include "reception/ContactFields.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabBar>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace showroom {

namespace {
constexpr qint64 kNobody = -1;

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

VisitForm::VisitForm(ServiceContext context, User actor, QWidget* parent)
    : QWidget(parent), m_context(context), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("visitForm"));
    m_mode = new QTabBar(this);
    m_mode->setObjectName(QStringLiteral("visitMode"));
    m_mode->addTab(tr("New walk-in"));
    m_mode->addTab(tr("Hotline call"));
    m_mode->setExpanding(true);
    m_mode->setFocusPolicy(Qt::NoFocus);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("visitPurpose"));
    for (VisitPurpose purpose : {VisitPurpose::NewCar, VisitPurpose::UsedCar, VisitPurpose::Service,
                                 VisitPurpose::Pickup, VisitPurpose::Other})
        m_purpose->addItem(Labels::visitPurpose(purpose), static_cast<int>(purpose));
    m_consultant = new QComboBox(this);
    m_consultant->setObjectName(QStringLiteral("visitConsultant"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("visitModel"));
    m_model->setPlaceholderText(tr("e.g. VW ID.4"));
    if (auto models = VisitService(m_context).modelSuggestions()) {
        auto* completer = new QCompleter(*models, m_model);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_model->setCompleter(completer);
    }
    m_testDrive = new QCheckBox(tr("&Test drive"), this);
    m_testDrive->setObjectName(QStringLiteral("visitTestDrive"));
    m_party = new QSpinBox(this);
    m_party->setObjectName(QStringLiteral("visitParty"));
    m_party->setRange(1, 99);
    m_repeat = new QCheckBox(tr("&Repeat visit (was here before)"), this);
    m_repeat->setObjectName(QStringLiteral("visitRepeat"));
    m_arrival = new QTimeEdit(this);
    m_arrival->setObjectName(QStringLiteral("visitArrival"));
    m_arrival->setDisplayFormat(QStringLiteral("HH:mm"));
    m_arrivalLabel = new QLabel(this);
    m_arrivalLabel->setBuddy(m_arrival);

    m_contact = new ContactFields(CustomerService(m_context), this);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("logVisit"));
    m_submit->setDefault(true);
    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setToolTip(tr("Start over (Esc)"));

    auto* visitForm = new QFormLayout;
    m_visitFields = visitForm;
    visitForm->addRow(tr("P&urpose:"), m_purpose);
    visitForm->addRow(tr("&Consultant:"), m_consultant);
    visitForm->addRow(tr("M&odel of interest:"), m_model);
    visitForm->addRow(tr("Party si&ze:"), m_party);
    visitForm->addRow(QString(), m_testDrive);
    visitForm->addRow(QString(), m_repeat);
    visitForm->addRow(m_arrivalLabel, m_arrival);

    m_contact->setLabelWidth(visitForm->labelForField(m_model)->sizeHint().width());

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    buttons->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addSpacing(6);
    layout->addLayout(visitForm);
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Visitor (optional)"), this));
    layout->addWidget(m_contact);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_purpose, m_consultant);
    setTabOrder(m_consultant, m_model);
    setTabOrder(m_model, m_party);
    setTabOrder(m_party, m_testDrive);
    setTabOrder(m_testDrive, m_repeat);
    setTabOrder(m_repeat, m_arrival);
    setTabOrder(m_arrival, m_contact->phoneField());
    setTabOrder(m_contact->phoneField(), m_contact->firstNameField());
    setTabOrder(m_contact->firstNameField(), m_contact->lastNameField());
    setTabOrder(m_contact->lastNameField(), m_contact->emailField());
    setTabOrder(m_contact->emailField(), m_submit);

    connect(m_mode, &QTabBar::currentChanged, this, &VisitForm::updateChannel);
    connect(m_submit, &QPushButton::clicked, this, &VisitForm::submit);
    connect(clearButton, &QPushButton::clicked, this, &VisitForm::clear);
    for (QLineEdit* field : {m_model, m_contact->phoneField(), m_contact->firstNameField(),
                             m_contact->lastNameField(), m_contact->emailField()})
        connect(field, &QLineEdit::returnPressed, this, &VisitForm::submit);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &VisitForm::submit);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &VisitForm::clear);
    connect(m_contact, &ContactFields::linked, this, &VisitForm::customerLinked);
    connect(m_arrival, &QTimeEdit::userTimeChanged, this, [this] { m_arrivalEdited = true; });
    connect(&m_clockTick, &QTimer::timeout, this, &VisitForm::keepArrivalCurrent);
    m_clockTick.start(15 * 1000);

    refreshConsultants();
    updateChannel();
    clear();
}

VisitChannel VisitForm::channel() const
{
    return m_mode->currentIndex() == 1 ? VisitChannel::Phone : VisitChannel::WalkIn;
}

void VisitForm::setChannel(VisitChannel channel)
{
    m_mode->setCurrentIndex(channel == VisitChannel::Phone ? 1 : 0);
}

void VisitForm::updateChannel()
{
    const bool walkIn = channel() == VisitChannel::WalkIn;
    m_arrivalLabel->setText(walkIn ? tr("&Arrived at:") : tr("C&all at:"));
    m_submit->setText(walkIn ? tr("&Log walk-in") : tr("&Log call"));
    m_submit->setToolTip(tr("Ctrl+Enter"));
    m_visitFields->setRowVisible(m_party, walkIn);
    m_visitFields->setRowVisible(m_testDrive, walkIn);
    m_visitFields->setRowVisible(m_repeat, walkIn);
    // A walk-in is taken by someone on the floor; a call may wait in the lead queue.
    if (!walkIn)
        m_consultant->setCurrentIndex(m_consultant->findData(kNobody));
    else if (m_consultant->currentData().toLongLong() == kNobody && m_consultant->count() > 1)
        m_consultant->setCurrentIndex(1);
}

void VisitForm::refreshConsultants()
{
    if (m_consultant->view()->isVisible())
        return; // the receptionist is choosing right now; the next refresh catches up
    const QVariant selected = m_consultant->currentData();
    m_consultant->clear();
    m_consultant->addItem(tr("Nobody yet (lead queue)"), kNobody);
    auto floor = VisitService(m_context).floorConsultants();
    if (floor) {
        for (const FloorConsultant& c : *floor) {
            QString text = c.user.displayName;
            if (!c.user.onDuty)
                text = tr("%1 — off duty").arg(text);
            else if (c.user.busy)
                text = tr("%1 — busy").arg(text);
            else if (c.visitorsNow > 0)
                text = tr("%1 — with %Ln visitor(s)", nullptr, c.visitorsNow).arg(text);
            m_consultant->addItem(text, c.user.id);
        }
    }
    const int index = selected.isValid() ? m_consultant->findData(selected) : -1;
    m_consultant->setCurrentIndex(index >= 0 ? index : std::min(1, m_consultant->count() - 1));
}

NewVisit VisitForm::draft() const
{
    NewVisit visit;
    visit.channel = channel();
    if (m_arrivalEdited) {
        const QDateTime now = m_context.clock.now().toLocalTime();
        visit.arrivedAt = QDateTime(now.date(), m_arrival->time()).toUTC();
    }
    const bool walkIn = visit.channel == VisitChannel::WalkIn;
    visit.partySize = walkIn ? m_party->value() : 1;
    visit.purpose = static_cast<VisitPurpose>(m_purpose->currentData().toInt());
    if (walkIn && m_repeat->isChecked())
        visit.firstVisit = false;
    const qint64 consultant = m_consultant->currentData().toLongLong();
    if (consultant != kNobody)
        visit.consultantId = consultant;
    visit.modelInterest = m_model->text().trimmed();
    visit.testDrive = walkIn && m_testDrive->isChecked();
    visit.contact = m_contact->contact();
    return visit;
}

bool VisitForm::submit()
{
    if (!m_contact->isValid()) {
        MessageBoxes::current().error(this, tr("Check the visitor's contact data"),
                                      m_contact->problem());
        return false;
    }
    auto logged = VisitService(m_context).log(m_actor, draft());
    if (!logged) {
        MessageBoxes::current().error(this, tr("The visit was not logged"), logged.error().message);
        return false;
    }
    clear();
    refreshConsultants();
    Q_EMIT visitLogged(*logged);
    return true;
}

void VisitForm::clear()
{
    m_contact->clear();
    m_model->clear();
    m_party->setValue(1);
    m_repeat->setChecked(false);
    m_testDrive->setChecked(false);
    m_purpose->setCurrentIndex(0);
    m_arrivalEdited = false;
    keepArrivalCurrent();
    updateChannel();
    m_purpose->setFocus(Qt::OtherFocusReason);
}

void VisitForm::keepArrivalCurrent()
{
    if (m_arrivalEdited)
        return;
    const QSignalBlocker quiet(m_arrival);
    m_arrival->setTime(m_context.clock.now().toLocalTime().time());
}

void VisitForm::customerLinked(qint64 customerId)
{
    if (channel() != VisitChannel::WalkIn)
        return;
    auto before = VisitService(m_context).visitedBefore(customerId);
    m_repeat->setChecked(before.value_or(false));
}

} // namespace showroom
