#pragma once

#include "services/VisitService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace showroom {

// Today's visitors and hotline calls, newest first. Reload() refetches the (small) day list and
// applies the difference: new visits are inserted at the top, changed ones repainted.
class VisitListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Arrived, Kind, Visitor, Consultant, Duration, Contact, Lead, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawRole };

    VisitListModel(VisitService visits, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const VisitRow& visitAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOf(qint64 visitId) const { return m_rowById.value(visitId, -1); }
    QDate date() const { return m_date; }
    const Traffic& traffic() const { return m_traffic; }

    // Shows another day (the reception looks at today).
    void setDate(QDate date);
    void reload();
    // Durations of visitors still here grow: repaint that column.
    void tick();

Q_SIGNALS:
    void reloaded();
    void loadFailed(const QString& message);

private:
    QVariant display(const VisitRow& row, int column) const;
    QVariant raw(const VisitRow& row, int column) const;
    void apply(std::vector<VisitRow> rows);
    void reindex();

    VisitService m_visits;
    const Clock& m_clock;
    QDate m_date;
    std::vector<VisitRow> m_rows;
    QHash<qint64, int> m_rowById;
    Traffic m_traffic;
};

} // namespace showroom
