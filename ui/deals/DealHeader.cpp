#include "DealHeader.h"

#include "deals/DealText.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace showroom {

namespace {
QString factRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"color:palette(mid); padding-right:12px\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

DealHeader::DealHeader(QString currency, QWidget* parent)
    : QWidget(parent), m_currency(std::move(currency))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dealTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("dealFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dealStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignTop);

    m_promised = new QDateEdit(this);
    m_promised->setObjectName(QStringLiteral("dealPromised"));
    m_promised->setCalendarPopup(true);
    m_moveDate = new QPushButton(tr("&Move date"), this);
    m_moveDate->setObjectName(QStringLiteral("movePromised"));
    m_moveDate->setAutoDefault(false);
    m_moveDate->setToolTip(tr("Promise the customer this delivery date; the open delivery steps "
                              "move with it"));
    auto* dateRow = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("P&romised delivery:"), this);
    dateLabel->setBuddy(m_promised);
    dateRow->addStretch(1);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_promised);
    dateRow->addWidget(m_moveDate);

    auto* right = new QVBoxLayout;
    right->addWidget(m_status);
    right->addStretch(1);
    right->addLayout(dateRow);
    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_title);
    left->addWidget(m_facts);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_promised, &QDateEdit::dateChanged, this, &DealHeader::updateMoveButton);
    connect(m_moveDate, &QPushButton::clicked, this,
            [this] { Q_EMIT promisedDateChosen(m_promised->date()); });
}

void DealHeader::setDetails(const DealDetails& details)
{
    const Deal& deal = details.deal;
    const auto money = [this](qint64 cents) { return DealText::money(cents, m_currency); };
    m_title->setText(QStringLiteral("<span style=\"font-size:x-large\"><b>%1</b></span>"
                                    "&nbsp;&nbsp;<span style=\"color:palette(mid)\">%2</span>")
                         .arg(details.customerName.toHtmlEscaped(),
                              tr("Deal #%1").arg(deal.id).toHtmlEscaped()));

    QStringList contact;
    for (const QString& part : {details.customerPhone, details.customerEmail})
        if (!part.isEmpty())
            contact << part.toHtmlEscaped();
    QString vehicle = QStringLiteral("<b>%1</b>").arg(details.vehicleLabel().toHtmlEscaped());
    if (details.vehicle)
        vehicle += QStringLiteral(" · VIN <tt>%1</tt>").arg(details.vehicle->vin.toHtmlEscaped());
    else if (deal.factoryOrder)
        vehicle += QStringLiteral(" · ") + tr("factory order").toHtmlEscaped();
    QString price = QStringLiteral("<b>%1</b>").arg(money(deal.priceCents()).toHtmlEscaped());
    if (deal.discountCents > 0)
        price +=
            QStringLiteral(" ") + tr("(list %1 − discount %2)")
                                      .arg(money(deal.listPriceCents), money(deal.discountCents))
                                      .toHtmlEscaped();
    QString payment = DealText::payment(deal.payment).toHtmlEscaped();
    if (deal.depositCents > 0)
        payment +=
            QStringLiteral(" · ") + tr("deposit %1").arg(money(deal.depositCents)).toHtmlEscaped();

    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += factRow(tr("Customer"),
                    contact.isEmpty() ? QStringLiteral("—") : contact.join(QStringLiteral(" · ")));
    html += factRow(tr("Vehicle"), vehicle);
    html += factRow(tr("Price"), price);
    if (deal.tradeIn.present())
        html += factRow(tr("Trade-in"),
                        QStringLiteral("%1 · %2").arg(
                            deal.tradeIn.description().toHtmlEscaped(),
                            money(deal.tradeIn.valueCents.value_or(0)).toHtmlEscaped()));
    html += factRow(tr("Payment"), payment);
    html += factRow(tr("Buyer"), DealText::buyer(deal.buyer).toHtmlEscaped());
    html += factRow(tr("Consultant"), details.consultantName.isEmpty()
                                          ? QStringLiteral("—")
                                          : details.consultantName.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_facts->setText(html);

    QString status = QStringLiteral("<b>%1</b>").arg(DealText::status(deal.status).toHtmlEscaped());
    if (deal.status == DealStatus::Delivered && deal.deliveredAt.isValid())
        status = QStringLiteral("<b>%1</b>")
                     .arg(tr("Delivered on %1")
                              .arg(DealText::dateTime(deal.deliveredAt))
                              .toHtmlEscaped());
    if (deal.signedAt.isValid())
        status += QStringLiteral("<br>") +
                  tr("Signed %1").arg(DealText::dateTime(deal.signedAt)).toHtmlEscaped();
    if (deal.financed())
        status += QStringLiteral("<br>") + (deal.bankSentAt.isValid()
                                                ? tr("Loan application sent to the bank %1")
                                                      .arg(DealText::dateTime(deal.bankSentAt))
                                                : tr("Loan application not yet sent to the bank"))
                                               .toHtmlEscaped();
    if (deal.bankApprovedAt.isValid())
        status += QStringLiteral("<br>") + tr("Loan approved by the bank %1")
                                               .arg(DealText::dateTime(deal.bankApprovedAt))
                                               .toHtmlEscaped();
    m_status->setText(status);

    m_open = deal.status == DealStatus::Open;
    m_stored = deal.promisedDelivery;
    {
        const QSignalBlocker blocker(m_promised);
        m_promised->setDate(m_stored.isValid() ? m_stored : QDate::currentDate());
    }
    m_promised->setEnabled(m_open);
    updateMoveButton();
}

void DealHeader::updateMoveButton()
{
    m_moveDate->setEnabled(m_open && m_promised->date() != m_stored);
}

} // namespace showroom
