#include "NewLeadDialog.h"

#include "customers/CardText.h"
#include "services/CustomerCardService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace showroom {

NewLeadDialog::NewLeadDialog(const CustomerCard& card, const std::vector<Source>& sources,
                             const std::vector<User>& consultants, const User& actor,
                             QWidget* parent)
    : FormDialog(tr("New lead for %1").arg(card.customer.displayName()), tr("Create lead"), parent),
      m_customerId(card.customer.id)
{
    setObjectName(QStringLiteral("newLeadDialog"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    if (card.boughtBefore) {
        const auto repurchase = std::ranges::find(sources, kRepurchaseSourceKey, &Source::key);
        m_source->addItem(CardText::source(kRepurchaseSourceKey, repurchase != sources.end()
                                                                     ? repurchase->name
                                                                     : QString()),
                          kRepurchaseSourceKey);
        m_source->setEnabled(false);
    } else {
        m_source->addItem(tr("Choose where the lead came from…"), QString());
        for (const Source& source : sources)
            if (source.active && source.key != kRepurchaseSourceKey)
                m_source->addItem(CardText::source(source.key, source.name), source.key);
    }
    form()->addRow(tr("Source"), m_source);
    if (card.boughtBefore) {
        auto* note = new QLabel(tr("%1 bought from us before, so this lead counts as a "
                                   "repurchase.")
                                    .arg(card.customer.displayName()),
                                this);
        note->setObjectName(QStringLiteral("repurchaseNote"));
        note->setWordWrap(true);
        form()->addRow(QString(), note);
    }
    m_vehicle = new QLineEdit(this);
    m_vehicle->setObjectName(QStringLiteral("vehicleInterest"));
    m_vehicle->setPlaceholderText(tr("e.g. VW ID.4 Pro, used estate car up to 20,000"));
    form()->addRow(tr("Vehicle interest"), m_vehicle);

    m_consultant = new QComboBox(this);
    m_consultant->setObjectName(QStringLiteral("consultant"));
    m_consultant->addItem(tr("Unassigned queue"), QVariant());
    for (const User& user : consultants)
        m_consultant->addItem(user.displayName, user.id);
    // The customer's own consultant, else the consultant creating it, else the queue.
    int preset = card.customer.ownerId ? m_consultant->findData(*card.customer.ownerId) : -1;
    if (preset < 0 && actor.role == Role::Consultant)
        preset = m_consultant->findData(actor.id);
    m_consultant->setCurrentIndex(qMax(0, preset));
    form()->addRow(tr("Consultant"), m_consultant);

    connect(m_source, &QComboBox::currentIndexChanged, this, &NewLeadDialog::updateOk);
    updateOk();
}

void NewLeadDialog::updateOk()
{
    okButton()->setEnabled(!m_source->currentData().toString().isEmpty());
}

NewLead NewLeadDialog::draft() const
{
    NewLead lead;
    lead.customerId = m_customerId;
    lead.sourceKey = m_source->currentData().toString();
    lead.vehicleInterest = m_vehicle->text().trimmed();
    const QVariant consultant = m_consultant->currentData();
    if (consultant.isValid())
        lead.consultantId = consultant.toLongLong();
    return lead;
}

} // namespace showroom
