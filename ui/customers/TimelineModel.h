#pragma once

#include "domain/Timeline.h"

#include <QAbstractTableModel>
#include <vector>

namespace showroom {

// A customer's timeline, newest first: when, what, who, and what happened in words.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, What, Who, Details, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // the timeline kind key ("call", "stage_change", …)
        AtRole,                      // the time (QDateTime, UTC)
        LeadIdRole,                  // the lead id, or invalid
    };

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows `entries` (newest first). Entries that arrived on top of the ones shown are inserted
    // as rows; only an unrelated list resets the model.
    void setEntries(std::vector<TimelineEntry> entries);
    const TimelineEntry& entry(int row) const { return m_entries.at(std::size_t(row)); }

private:
    std::vector<TimelineEntry> m_entries;
};

} // namespace showroom
