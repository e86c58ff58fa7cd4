#pragma once

#include "services/CustomerService.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace showroom {

class ChangeBus;
class CustomerListModel;

// Search-as-you-type customer list: a search field over a table that loads page by page.
class CustomerListPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 150;

    explicit CustomerListPage(CustomerService service, ChangeBus* changes = nullptr,
                              QWidget* parent = nullptr);

    CustomerListModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* view() const { return m_view; }
    QString statusText() const;

    // Refetches the rows shown (after changes made on another desk), keeping the position.
    void reload();
    // Applies the search text now instead of after the typing pause.
    void applySearchNow();
    void focusSearch();
    // Shows the "Merge…" action (managers).
    void setMergeAllowed(bool allowed);
    // Ids of the selected customers, in list order.
    QList<qint64> selectedIds() const;

Q_SIGNALS:
    // Double-click, Enter or "Open": show the customer card.
    void openRequested(qint64 customerId);
    // "Merge…" with exactly two customers selected.
    void mergeRequested(qint64 firstId, qint64 secondId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStatus();
    void updateActions();
    void openCurrent();
    void requestMerge();
    void showLoadError(const QString& message);

    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_merge = nullptr;
    QTimer m_searchDelay;
    QString m_error;
};

} // namespace showroom
