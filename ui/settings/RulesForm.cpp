#include "RulesForm.h"

#include "rules/FollowUpPlan.h"
#include "settings/SettingsWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace showroom {

namespace {
QSpinBox* spinBox(const QString& name, int maximum, const QString& suffix, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, maximum);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}
} // namespace

RulesForm::RulesForm(const Session& session, QWidget* parent) : SettingsForm(session, parent)
{
    setObjectName(QStringLiteral("rulesForm"));
    m_response = spinBox(QStringLiteral("responseMinutes"), 7 * 24 * 60, tr(" min"), this);
    m_response->setSingleStep(5);
    m_escalation = spinBox(QStringLiteral("escalationMinutes"), 7 * 24 * 60, tr(" min"), this);
    m_escalation->setSingleStep(5);
    m_followUpDays = new QLineEdit(this);
    m_followUpDays->setObjectName(QStringLiteral("followUpDays"));
    m_followUpDays->setPlaceholderText(tr("e.g. 1, 3, 7"));
    m_followUpDays->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9, ]*")), m_followUpDays));
    m_followUpDays->setMinimumWidth(
        m_followUpDays->fontMetrics().horizontalAdvance(QStringLiteral("1, 3, 7, 14, 30, 60")) +
        24);
    m_noShowDays = spinBox(QStringLiteral("noShowDays"), 365, tr(" days"), this);

    auto* response = new QGroupBox(tr("Response time"), this);
    auto* responseForm = new QFormLayout(response);
    responseForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    responseForm->addRow(tr("&Contact a new lead within:"), m_response);
    responseForm->addRow(
        QString(), settings::fieldNote(tr("The default; each lead source can have its own time "
                                          "(see Lead sources). Only business hours count."),
                                       this));
    responseForm->addRow(tr("&Tell the manager after a further:"), m_escalation);
    responseForm->addRow(
        QString(), settings::fieldNote(tr("At the deadline the consultant, or whoever watches the "
                                          "unassigned queue, is reminded; if the lead is still "
                                          "waiting this much later, the manager is notified."),
                                       this));

    auto* followUps = new QGroupBox(tr("Follow-ups"), this);
    auto* followUpForm = new QFormLayout(followUps);
    followUpForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    followUpForm->addRow(tr("Call after a first visit on &days:"), m_followUpDays);
    followUpForm->addRow(QString(),
                         settings::fieldNote(tr("Days after the visit, separated by commas. A call "
                                                "due on a closed day moves to the next business "
                                                "day."),
                                             this));
    followUpForm->addRow(tr("&Reassign invited leads who did not come after:"), m_noShowDays);

    body()->addWidget(response);
    body()->addWidget(followUps);
    body()->addStretch(1);

    for (QSpinBox* spin : {m_response, m_escalation, m_noShowDays}) {
        spin->setEnabled(isEditable());
        connect(spin, &QSpinBox::valueChanged, this, &RulesForm::markChanged);
    }
    m_followUpDays->setEnabled(isEditable());
    connect(m_followUpDays, &QLineEdit::textEdited, this, &RulesForm::markChanged);
    initialize();
}

void RulesForm::load()
{
    m_response->setValue(stored(QStringLiteral("response.minutes")).toInt());
    m_escalation->setValue(stored(QStringLiteral("response.escalation_minutes")).toInt());
    QStringList days;
    for (int day : parseFollowUpDays(stored(QStringLiteral("follow_up.days"))))
        days << QString::number(day);
    m_followUpDays->setText(days.join(QStringLiteral(", ")));
    m_noShowDays->setValue(stored(QStringLiteral("follow_up.no_show_days")).toInt());
}

bool RulesForm::store()
{
    const QList<int> days = parseFollowUpDays(m_followUpDays->text());
    if (days.isEmpty() && !m_followUpDays->text().trimmed().isEmpty()) {
        showError(tr("Follow-up days are whole numbers above zero, e.g. 1, 3, 7."));
        return false;
    }
    QStringList dayKeys;
    for (int day : days)
        dayKeys << QString::number(day);
    return storeSettings(
        {{QStringLiteral("response.minutes"), QString::number(m_response->value())},
         {QStringLiteral("response.escalation_minutes"), QString::number(m_escalation->value())},
         {QStringLiteral("follow_up.days"), dayKeys.join(QLatin1Char(','))},
         {QStringLiteral("follow_up.no_show_days"), QString::number(m_noShowDays->value())}});
}

} // namespace showroom
