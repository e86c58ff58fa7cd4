#include "CustomerCards.h"

#include "customers/CustomerCardDialog.h"
#include "services/LeadService.h"

namespace showroom {

CustomerCards::CustomerCards(const Session& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
}

CustomerCardDialog* CustomerCards::find(qint64 customerId) const
{
    return m_cards.value(customerId);
}

int CustomerCards::openCount() const
{
    int count = 0;
    for (const auto& card : m_cards)
        count += card ? 1 : 0;
    return count;
}

CustomerCardDialog* CustomerCards::open(qint64 customerId)
{
    CustomerCardDialog* card = find(customerId);
    if (!card) {
        card = new CustomerCardDialog(m_session, customerId, m_window);
        card->setAttribute(Qt::WA_DeleteOnClose);
        // Closed with Escape or "Close" the dialog only hides; it is not needed any more.
        connect(card, &QDialog::finished, card, &QObject::deleteLater);
        connect(card, &CustomerCardDialog::openCustomerRequested, this, &CustomerCards::open);
        connect(card, &QObject::destroyed, this,
                [this, customerId] { m_cards.remove(customerId); });
        m_cards.insert(customerId, card);
    }
    card->show();
    card->raise();
    card->activateWindow();
    return card;
}

CustomerCardDialog* CustomerCards::openAt(qint64 customerId, qint64 leadId)
{
    CustomerCardDialog* card = open(customerId);
    if (leadId > 0)
        card->selectLead(leadId);
    return card;
}

CustomerCardDialog* CustomerCards::openLead(qint64 leadId)
{
    auto lead = LeadService(m_session.context()).get(leadId);
    if (!lead)
        return nullptr;
    return openAt(lead->customerId, leadId);
}

void CustomerCards::reloadAll()
{
    for (const auto& card : std::as_const(m_cards))
        if (card)
            card->reload();
}

bool CustomerCards::closeAll()
{
    const auto cards = m_cards.values();
    for (const auto& card : cards)
        if (card && card->isVisible() && !card->close())
            return false;
    return true;
}

} // namespace showroom
