#include "CustomerCardHeader.h"

#include "common/PageTitle.h"
#include "customers/CardText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace showroom {

CustomerCardHeader::CustomerCardHeader(QWidget* parent) : QWidget(parent)
{
    m_title = new PageTitle(QString(), this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_merged = new QLabel(this);
    m_merged->setObjectName(QStringLiteral("mergedBanner"));
    m_merged->setWordWrap(true);
    m_merged->setStyleSheet(QStringLiteral("QLabel#mergedBanner { background: #fff4ce; "
                                           "border: 1px solid #e0c060; border-radius: 4px; "
                                           "padding: 6px 8px; color: #3d3000; }"));
    m_openMerged = new QPushButton(this);
    m_openMerged->setObjectName(QStringLiteral("openMergedInto"));
    m_openMerged->setAutoDefault(false);
    connect(m_openMerged, &QPushButton::clicked, this, [this] {
        if (m_mergedInto)
            Q_EMIT openCustomerRequested(*m_mergedInto);
    });

    auto* banner = new QHBoxLayout;
    banner->addWidget(m_merged, 1);
    banner->addWidget(m_openMerged);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(banner);
    setCard({});
}

void CustomerCardHeader::setCard(const CustomerCard& card)
{
    const Customer& c = card.customer;
    m_title->setText(c.displayName());
    QStringList facts{CardText::customerKind(c.kind), tr("Tier: %1").arg(CardText::tier(c.tier))};
    facts << (card.ownerName.isEmpty() ? tr("No owner consultant")
                                       : tr("Owner: %1").arg(card.ownerName));
    if (card.boughtBefore)
        facts << tr("Bought from us before");
    if (c.id)
        facts << tr("Customer #%1").arg(c.id);
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
    m_mergedInto = c.mergedIntoId;
    m_merged->setVisible(c.mergedIntoId.has_value());
    m_openMerged->setVisible(c.mergedIntoId.has_value());
    if (c.mergedIntoId) {
        m_merged->setText(tr("This record was merged into customer #%1 and is kept for "
                             "reference only. Work on that customer instead.")
                              .arg(*c.mergedIntoId));
        m_openMerged->setText(tr("Open #%1").arg(*c.mergedIntoId));
    } else {
        m_merged->clear();
    }
}

QString CustomerCardHeader::title() const
{
    return m_title->text();
}

QString CustomerCardHeader::subtitle() const
{
    return m_subtitle->text();
}

QString CustomerCardHeader::mergedText() const
{
    return m_merged->text();
}

} // namespace showroom
