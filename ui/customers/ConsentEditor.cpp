#include "ConsentEditor.h"

#include "customers/CardText.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

namespace showroom {

ConsentEditor::ConsentEditor(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(1, 1);
    for (std::size_t i = 0; i < kConsentChannels.size(); ++i) {
        const ConsentChannel channel = kConsentChannels[i];
        m_boxes[i] = new QCheckBox(CardText::consentChannel(channel), this);
        m_boxes[i]->setObjectName(QStringLiteral("consent_") + consentChannelKey(channel));
        m_states[i] = new QLabel(this);
        m_states[i]->setObjectName(QStringLiteral("consentState_") + consentChannelKey(channel));
        m_states[i]->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(m_boxes[i], int(i), 0);
        grid->addWidget(m_states[i], int(i), 1);
        connect(m_boxes[i], &QCheckBox::toggled, this, [this] {
            updateLabels();
            Q_EMIT changed();
        });
    }
}

QCheckBox* ConsentEditor::checkBox(ConsentChannel channel) const
{
    return m_boxes[std::size_t(channel)];
}

QLabel* ConsentEditor::stateLabel(ConsentChannel channel) const
{
    return m_states[std::size_t(channel)];
}

void ConsentEditor::setStored(const Customer& stored)
{
    m_stored = stored;
    setGranted(stored);
}

void ConsentEditor::setGranted(const Customer& edited)
{
    for (ConsentChannel channel : kConsentChannels) {
        QSignalBlocker quiet(checkBox(channel));
        checkBox(channel)->setChecked(consentOf(edited, channel).granted);
    }
    updateLabels();
}

void ConsentEditor::apply(Customer& customer) const
{
    for (ConsentChannel channel : kConsentChannels) {
        const Consent& stored = consentOf(m_stored, channel);
        const bool granted = checkBox(channel)->isChecked();
        consentOf(customer, channel) = granted == stored.granted ? stored : Consent{granted, {}};
    }
}

void ConsentEditor::setReadOnly(bool readOnly)
{
    for (QCheckBox* box : m_boxes)
        box->setEnabled(!readOnly);
}

void ConsentEditor::updateLabels()
{
    for (ConsentChannel channel : kConsentChannels) {
        const Consent& stored = consentOf(m_stored, channel);
        const bool granted = checkBox(channel)->isChecked();
        QString text;
        if (granted == stored.granted)
            text = CardText::consentState(stored);
        else
            text = granted ? tr("given — recorded with today's date when you save")
                           : tr("withdrawn — recorded with today's date when you save");
        stateLabel(channel)->setText(text);
    }
}

} // namespace showroom
