#pragma once

#include "reports/DrillRequest.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace showroom {

class DrillDownModel;

// The leads behind one figure of the report, in a sortable list. Double-click or Enter on a lead
// (or "Open customer") asks for its customer card.
class DrillDownDialog : public QDialog {
    Q_OBJECT

public:
    DrillDownDialog(const Session& session, const reports::ReportFilter& filter,
                    DrillRequest request, QWidget* parent = nullptr);

    // Reads the leads; false (with the reason shown in the dialog) when that failed.
    bool load();

    DrillDownModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QPushButton* openCustomerButton() const { return m_openCustomer; }
    QString problemText() const;
    std::optional<qint64> selectedCustomerId() const;

    // The most leads one list shows.
    static constexpr int Limit = 5000;

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    void openSelected();
    void updateActions();

    Session m_session;
    reports::ReportFilter m_filter;
    DrillRequest m_request;
    DrillDownModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_openCustomer = nullptr;
};

} // namespace showroom
