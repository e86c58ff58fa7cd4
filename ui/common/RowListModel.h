#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <vector>

namespace showroom {

// A small table of database rows (each with an `id`) that is refetched as a whole after every
// change. apply() shows the new list by removing, moving, inserting and repainting only the rows
// that differ, so selections and scroll positions survive a reload.
template <typename Row> class RowListModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const std::vector<Row>& rows() const { return m_rows; }
    const Row& rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOf(qint64 id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return static_cast<int>(i);
        return -1;
    }

protected:
    Row& mutableRowAt(int row) { return m_rows.at(static_cast<std::size_t>(row)); }

    // `same(a, b)` tells whether two versions of a row look the same.
    template <typename Same> void apply(std::vector<Row> rows, Same same)
    {
        QSet<qint64> wanted;
        for (const Row& row : rows)
            wanted.insert(row.id);
        for (int at = rowCount() - 1; at >= 0; --at) {
            if (wanted.contains(rowAt(at).id))
                continue;
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + at);
            endRemoveRows();
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const int target = static_cast<int>(i);
            const int existing = rowOf(rows[i].id);
            if (existing < 0) {
                beginInsertRows({}, target, target);
                m_rows.insert(m_rows.begin() + target, rows[i]);
                endInsertRows();
                continue;
            }
            if (existing != target) { // rows before `target` are final: it moves up
                beginMoveRows({}, existing, existing, {}, target);
                Row moved = std::move(m_rows[static_cast<std::size_t>(existing)]);
                m_rows.erase(m_rows.begin() + existing);
                m_rows.insert(m_rows.begin() + target, std::move(moved));
                endMoveRows();
            }
            if (!same(m_rows[i], rows[i])) {
                m_rows[i] = rows[i];
                Q_EMIT this->dataChanged(this->index(target, 0),
                                         this->index(target, columnCount() - 1));
            }
        }
    }

    // Repaints one column of every row (e.g. a text that depends on a setting).
    void repaintColumn(int column)
    {
        if (rowCount() > 0)
            Q_EMIT this->dataChanged(this->index(0, column), this->index(rowCount() - 1, column));
    }

private:
    std::vector<Row> m_rows;
};

} // namespace showroom
