#include "CustomerListModel.h"

#include "services/ChangeBus.h"

#include <QScopedValueRollback>
#include <QSet>
#include <algorithm>

namespace showroom {

namespace {
CustomerRow rowFrom(const Customer& customer)
{
    return {customer.id,    customer.displayName(), customer.sortKey(), customer.companyName,
            customer.phone, customer.email,         customer.city};
}
} // namespace

CustomerListModel::CustomerListModel(CustomerService service, ChangeBus* changes, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (changes) {
        connect(changes, &ChangeBus::customerChanged, this, &CustomerListModel::customerChanged);
        connect(changes, &ChangeBus::customerAdded, this, &CustomerListModel::customerAdded);
        connect(changes, &ChangeBus::customerMerged, this, &CustomerListModel::customerMerged);
    }
    loadFirstPage();
}

void CustomerListModel::loadFirstPage()
{
    m_rows.clear();
    auto first = fetch(std::nullopt, m_pageSize);
    if (first) {
        m_atEnd = int(first->size()) < m_pageSize;
        m_rows = std::move(*first);
    } else {
        m_atEnd = true;
    }
    rebuildIndex();
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return row.displayName;
        case Company:
            return row.companyName;
        case Phone:
            return row.phone;
        case Email:
            return row.email;
        case City:
            return row.city;
        default:
            return {};
        }
    case IdRole:
        return row.id;
    case SortKeyRole:
        return row.sortKey;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case City:
        return tr("City");
    default:
        return {};
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    std::optional<CustomerCursor> after;
    if (!m_rows.empty())
        after = CustomerCursor{m_rows.back().sortKey, m_rows.back().id};
    std::vector<CustomerRow> fresh;
    for (;;) {
        auto page = fetch(after, m_pageSize);
        if (!page) {
            m_atEnd = true; // stop asking until the next reset or reload
            break;
        }
        const bool full = int(page->size()) == m_pageSize;
        if (!page->empty())
            after = CustomerCursor{page->back().sortKey, page->back().id};
        // A customer renamed on another desk can reappear after the cursor; show it once.
        for (CustomerRow& row : *page)
            if (!m_rowById.contains(row.id))
                fresh.push_back(std::move(row));
        if (!fresh.empty() || !full) {
            m_atEnd = !full;
            break;
        }
    }
    if (!fresh.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (CustomerRow& row : fresh) {
            m_rowById.insert(row.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    Q_EMIT loaded();
}

void CustomerListModel::setFilterText(const QString& text)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_filterText = text;
    loadFirstPage();
    endResetModel();
    Q_EMIT loaded();
}

void CustomerListModel::reload()
{
    if (m_changing)
        return;
    // When everything is loaded, look one page further so that new customers at the end appear.
    const int shown = int(m_rows.size());
    const int wanted = m_atEnd ? shown + m_pageSize : qMax(shown, m_pageSize);
    auto fresh = fetch(std::nullopt, wanted);
    if (!fresh) {
        Q_EMIT loaded(); // keep showing what we have; the status line shows the error
        return;
    }
    {
        const QScopedValueRollback changing(m_changing, true);
        m_atEnd = int(fresh->size()) < wanted;
        applyRows(std::move(*fresh));
    }
    Q_EMIT loaded();
}

qint64 CustomerListModel::customerId(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_rows[std::size_t(row)].id;
}

Result<std::vector<CustomerRow>>
CustomerListModel::fetch(const std::optional<CustomerCursor>& after, int limit)
{
    auto rows = m_service.page(m_filterText, after, limit);
    remember(rows);
    return rows;
}

void CustomerListModel::remember(const Result<std::vector<CustomerRow>>& result)
{
    if (result) {
        m_lastError.reset();
        return;
    }
    m_lastError = result.error();
    Q_EMIT loadFailed(result.error().message);
}

// Turns the current rows into `fresh` with the fewest row signals: removes rows that are gone,
// moves rows whose position changed, inserts new ones and announces changed values in batches.
void CustomerListModel::applyRows(std::vector<CustomerRow> fresh)
{
    QSet<qint64> freshIds;
    freshIds.reserve(qsizetype(fresh.size()));
    std::erase_if(fresh, [&freshIds](const CustomerRow& row) {
        if (freshIds.contains(row.id))
            return true;
        freshIds.insert(row.id);
        return false;
    });

    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (freshIds.contains(m_rows[std::size_t(last)].id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !freshIds.contains(m_rows[std::size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }

    QSet<qint64> present;
    for (const CustomerRow& row : m_rows)
        present.insert(row.id);

    std::vector<int> changed;
    for (int i = 0; i < int(fresh.size()); ++i) {
        const CustomerRow& wanted = fresh[std::size_t(i)];
        if (i < int(m_rows.size()) && m_rows[std::size_t(i)].id == wanted.id) {
            if (m_rows[std::size_t(i)] != wanted) {
                m_rows[std::size_t(i)] = wanted;
                changed.push_back(i);
            }
            continue;
        }
        if (present.contains(wanted.id)) {
            const auto found =
                std::find_if(m_rows.begin() + i, m_rows.end(),
                             [&](const CustomerRow& row) { return row.id == wanted.id; });
            const int from = int(found - m_rows.begin());
            beginMoveRows({}, from, from, {}, i);
            std::rotate(m_rows.begin() + i, found, found + 1);
            endMoveRows();
            if (m_rows[std::size_t(i)] != wanted) {
                m_rows[std::size_t(i)] = wanted;
                changed.push_back(i);
            }
            continue;
        }
        int count = 1;
        while (i + count < int(fresh.size()) && !present.contains(fresh[std::size_t(i + count)].id))
            ++count;
        beginInsertRows({}, i, i + count - 1);
        m_rows.insert(m_rows.begin() + i, fresh.begin() + i, fresh.begin() + i + count);
        for (int k = i; k < i + count; ++k)
            present.insert(m_rows[std::size_t(k)].id);
        endInsertRows();
        i += count - 1;
    }
    Q_ASSERT(m_rows.size() == fresh.size());
    rebuildIndex();

    for (std::size_t k = 0; k < changed.size();) {
        std::size_t end = k;
        while (end + 1 < changed.size() && changed[end + 1] == changed[end] + 1)
            ++end;
        Q_EMIT dataChanged(index(changed[k], 0), index(changed[end], ColumnCount - 1));
        k = end + 1;
    }
}

void CustomerListModel::customerChanged(qint64 customerId)
{
    const int row = rowOf(customerId);
    if (row < 0 && m_filterText.trimmed().isEmpty())
        return; // not loaded; it shows up with its new values when the list gets there
    if (row >= 0) {
        auto customer = m_service.get(customerId);
        if (customer) {
            CustomerRow updated = rowFrom(*customer);
            // Same place in the list: update the row in place.
            if (m_filterText.trimmed().isEmpty() &&
                updated.sortKey == m_rows[std::size_t(row)].sortKey) {
                m_rows[std::size_t(row)] = std::move(updated);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                Q_EMIT loaded();
                return;
            }
        }
    }
    reload(); // moved, filtered in or out, or gone
}

void CustomerListModel::customerAdded(qint64)
{
    reload();
}

// The merged record is no longer listed; the kept one follows with customerChanged.
void CustomerListModel::customerMerged(qint64, qint64 mergedId)
{
    const int row = rowOf(mergedId);
    if (row < 0 || m_changing)
        return;
    {
        const QScopedValueRollback changing(m_changing, true);
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        rebuildIndex();
        endRemoveRows();
    }
    Q_EMIT loaded();
}

void CustomerListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowById.insert(m_rows[std::size_t(row)].id, row);
}

} // namespace showroom
