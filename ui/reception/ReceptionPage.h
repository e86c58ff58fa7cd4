#pragma once

#include "shell/Session.h"

#include <QTimer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace showroom {

class TrafficTiles;
class VisitForm;
class VisitListModel;

// The receptionist's desk: the walk-in / hotline form on the left, today's visitors with the
// live info-retention rate on the right.
class ReceptionPage : public QWidget {
    Q_OBJECT

public:
    explicit ReceptionPage(const Session& session, QWidget* parent = nullptr);

    VisitForm* form() const { return m_form; }
    VisitListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TrafficTiles* tiles() const { return m_tiles; }

    // Refetches today's list and the consultants (after changes here or on another desk).
    void reload();
    // Opens the contact dialog for the selected visit.
    void addContactToSelected();
    void markSelectedLeft();

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    std::optional<int> selectedRow() const;
    void updateActions();
    void showTotals();
    void tick();

    Session m_session;
    VisitForm* m_form = nullptr;
    VisitListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    TrafficTiles* m_tiles = nullptr;
    QPushButton* m_addContact = nullptr;
    QPushButton* m_left = nullptr;
    QPushButton* m_openCustomer = nullptr;
    QTimer m_tick;
};

} // namespace showroom
