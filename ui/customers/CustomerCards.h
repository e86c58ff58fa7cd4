#pragma once

#include "shell/Session.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace showroom {

class CustomerCardDialog;

// The open customer cards: at most one per customer. Opening a customer whose card is open
// raises that card instead of opening a second one.
class CustomerCards : public QObject {
    Q_OBJECT

public:
    // Cards are windows of `window` (they close with it).
    CustomerCards(const Session& session, QWidget* window);

    // Shows the card of `customerId`, creating it if needed; returns it.
    CustomerCardDialog* open(qint64 customerId);
    // Shows the card with `leadId` selected on its Leads tab (e.g. from the Today view). Not an
    // overload of open(), so that `&CustomerCards::open` stays unambiguous in connects.
    CustomerCardDialog* openAt(qint64 customerId, qint64 leadId);
    // The card of the lead's customer, at that lead (e.g. from a notification); nullptr when
    // the lead cannot be read.
    CustomerCardDialog* openLead(qint64 leadId);
    CustomerCardDialog* find(qint64 customerId) const;
    int openCount() const;
    // Reloads every open card (changes made on another desk).
    void reloadAll();
    // Closes every card; a card with unsaved edits asks first. False when one stays open.
    bool closeAll();

private:
    Session m_session;
    QWidget* m_window;
    QHash<qint64, QPointer<CustomerCardDialog>> m_cards;
};

} // namespace showroom
