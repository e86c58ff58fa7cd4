#include "NotSoldDialog.h"

#include "deals/DealText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace showroom {

NotSoldDialog::NotSoldDialog(const std::vector<AccessoryReason>& reasons, const QString& itemTitle,
                             QWidget* parent)
    : FormDialog(tr("Not sold"), tr("Record as not sold"), parent)
{
    setObjectName(QStringLiteral("notSoldDialog"));
    auto* intro = new QLabel(tr("Why did the customer not take <b>%1</b>? The reason goes into the "
                                "accessories report.")
                                 .arg(itemTitle.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("notSoldReason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const AccessoryReason& reason : reasons)
        if (reason.active)
            m_reason->addItem(DealText::accessoryReason(reason.key, reason.name), reason.key);
    form()->addRow(tr("&Reason"), m_reason);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        okButton()->setEnabled(missing().isEmpty());
        okButton()->setToolTip(missing());
    });
    okButton()->setEnabled(false);
    okButton()->setToolTip(missing());
}

QString NotSoldDialog::reasonKey() const
{
    return m_reason->currentData().toString();
}

QString NotSoldDialog::missing() const
{
    return reasonKey().isEmpty() ? tr("Choose why the accessory was not sold.") : QString();
}

} // namespace showroom
