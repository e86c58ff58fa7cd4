#pragma once

#include "shell/Session.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace showroom {

class DealDialog;
class DeliveryListModel;

// Deals until the car is handed over: overdue first (red), then due soon (amber), with each
// deal's progress, next step and bank status. A consultant sees his own deals (or everyone's),
// a manager chooses a consultant. Opens the deal card on double-click or Enter.
class DeliveriesPage : public QWidget {
    Q_OBJECT

public:
    explicit DeliveriesPage(const Session& session, QWidget* parent = nullptr);

    DeliveryListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* consultantFilter() const { return m_consultants; } // managers only
    QCheckBox* myDealsBox() const { return m_mine; }              // consultants only
    QCheckBox* deliveredBox() const { return m_delivered; }
    QPushButton* openDealButton() const { return m_openDeal; }
    QPushButton* openCustomerButton() const { return m_openCustomer; }
    QString problemText() const;

    // Reads the list now (changes arrive coalesced through scheduleReload).
    void reload();
    void scheduleReload();
    bool selectDeal(qint64 dealId);
    std::optional<qint64> selectedDealId() const;
    DealDialog* openSelectedDeal();
    void openSelectedCustomer();

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    QWidget* buildHeader();
    void fillConsultants();
    void showContextMenu(const QPoint& at);
    void updateActions();

    Session m_session;
    bool m_manager = false;
    DeliveryListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_consultants = nullptr;
    QCheckBox* m_mine = nullptr;
    QCheckBox* m_delivered = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_openDeal = nullptr;
    QPushButton* m_openCustomer = nullptr;
    QTimer m_coalesce;
    QTimer m_tick;
};

} // namespace showroom
