#include "ActivityDialog.h"

#include "common/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace showroom {

ActivityDialog::ActivityDialog(ActivityKind kind, qint64 customerId,
                               const std::vector<LeadSummary>& leads, QWidget* parent)
    : FormDialog(kind == ActivityKind::Call ? tr("Log a call") : tr("Add a note"),
                 kind == ActivityKind::Call ? tr("Log call") : tr("Add note"), parent),
      m_kind(kind), m_customerId(customerId)
{
    setObjectName(kind == ActivityKind::Call ? QStringLiteral("callDialog")
                                             : QStringLiteral("noteDialog"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(kind == ActivityKind::Call ? tr("What was said, what was agreed")
                                                          : tr("What colleagues should know"));
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    if (kind == ActivityKind::Call) {
        m_direction = new QComboBox(this);
        m_direction->setObjectName(QStringLiteral("direction"));
        m_direction->addItem(tr("Outgoing: we called"), int(Direction::Outbound));
        m_direction->addItem(tr("Incoming: the customer called"), int(Direction::Inbound));
        m_duration = new QSpinBox(this);
        m_duration->setObjectName(QStringLiteral("duration"));
        m_duration->setRange(0, 240);
        m_duration->setValue(5);
        m_duration->setSpecialValueText(tr("not known"));
        m_duration->setSuffix(tr(" min"));
        form()->addRow(tr("Direction"), m_direction);
        form()->addRow(tr("Duration"), m_duration);
    }
    form()->addRow(kind == ActivityKind::Call ? tr("Notes") : tr("Note"), m_text);
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("lead"));
    m_lead->addItem(tr("No lead"), QVariant());
    for (const LeadSummary& lead : leads)
        if (lead.isOpen())
            m_lead->addItem(tr("#%1 · %2 · %3")
                                .arg(lead.id)
                                .arg(Labels::stage(lead.stageKey, lead.stageName),
                                     lead.vehicleInterest.isEmpty() ? tr("no vehicle yet")
                                                                    : lead.vehicleInterest),
                            lead.id);
    m_lead->setCurrentIndex(m_lead->count() > 1 ? 1 : 0); // leads come newest first
    form()->addRow(tr("Lead"), m_lead);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ActivityDialog::updateOk);
    updateOk();
}

void ActivityDialog::updateOk()
{
    okButton()->setEnabled(m_kind != ActivityKind::Note ||
                           !m_text->toPlainText().trimmed().isEmpty());
}

Activity ActivityDialog::activity() const
{
    Activity a;
    a.customerId = m_customerId;
    a.kind = m_kind;
    a.body = m_text->toPlainText().trimmed();
    const QVariant lead = m_lead->currentData();
    if (lead.isValid())
        a.leadId = lead.toLongLong();
    if (m_kind == ActivityKind::Call) {
        a.direction = Direction(m_direction->currentData().toInt());
        if (m_duration->value() > 0) // 0: not known
            a.durationMinutes = m_duration->value();
    }
    return a;
}

} // namespace showroom
