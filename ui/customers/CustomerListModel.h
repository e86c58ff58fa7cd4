#pragma once

#include "Error.h"
#include "domain/Customer.h"
#include "services/CustomerService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>
#include <vector>

namespace showroom {

class ChangeBus;

// The customer list, loaded page by page through the keyset cursor of CustomerService::page.
// Rows are fetched on demand (canFetchMore/fetchMore), never all at once, and no query stays
// open between pages. Changes announced on the ChangeBus update single rows; reload() refetches
// the rows already shown and applies the difference, so views keep their scroll position.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Company, Phone, Email, City, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the customer id (qint64), for every column
        SortKeyRole,
    };
    static constexpr int DefaultPageSize = 100;

    explicit CustomerListModel(CustomerService service, ChangeBus* changes = nullptr,
                               QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Starts over with the first page of customers matching `text` (empty: everyone).
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Refetches as many rows as are loaded now and applies the difference row by row.
    void reload();

    qint64 customerId(int row) const;
    // The row showing the customer, or -1 when that customer is not loaded.
    int rowOf(qint64 customerId) const { return m_rowById.value(customerId, -1); }
    // The error of the last failed load, if the last load failed.
    const std::optional<Error>& lastError() const { return m_lastError; }

Q_SIGNALS:
    // After every load, reset, reload or change: the view's status line listens to this.
    void loaded();
    void loadFailed(const QString& message);

private:
    Result<std::vector<CustomerRow>> fetch(const std::optional<CustomerCursor>& after, int limit);
    void applyRows(std::vector<CustomerRow> rows);
    void customerChanged(qint64 customerId);
    void customerAdded(qint64 customerId);
    void customerMerged(qint64 keptId, qint64 mergedId);
    void rebuildIndex();
    // Replaces the rows with the first page for the current filter (no model signals).
    void loadFirstPage();
    void remember(const Result<std::vector<CustomerRow>>& result);

    CustomerService m_service;
    QString m_filterText;
    std::vector<CustomerRow> m_rows;
    QHash<qint64, int> m_rowById;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = false;
    // Set while rows are being changed: a fetchMore() from a slot connected to our own signals
    // (views, QAbstractItemModelTester) must not start a second change inside the first.
    bool m_changing = false;
    std::optional<Error> m_lastError;
};

} // namespace showroom
