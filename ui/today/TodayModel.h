#pragma once

#include "Clock.h"
#include "services/TaskService.h"

#include <QAbstractItemModel>
#include <array>

namespace showroom {

// The Today view as a two-level tree: three sections (Overdue, Due today, Appointments) with
// the open tasks under them, earliest first. setList() applies the difference to what is shown:
// finished tasks leave, new ones come in at their place, changed ones are repainted.
class TodayModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Section { Overdue, DueToday, Appointments, SectionCount };
    enum Column { Due, Customer, Vehicle, Task, Planned, Assignee, Comment, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the task id (0 on section rows)
        RawRole,                   // the column's value unformatted
        SectionRole,
        LeadIdRole,
        CustomerIdRole,
    };

    explicit TodayModel(const Clock& clock, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Section rows are headings: enabled, not selectable.
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setList(TodayList list);
    QModelIndex sectionIndex(Section section) const;
    int count(Section section) const;
    const std::vector<TaskRow>& rows(Section section) const { return m_rows[section]; }
    // The task at `index` (nullptr on section rows).
    const TaskRow* taskAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 taskId, int column = 0) const;
    static QString sectionTitle(Section section);

private:
    QVariant sectionData(Section section, int column, int role) const;
    QVariant taskData(Section section, const TaskRow& row, int column, int role) const;
    QVariant display(const TaskRow& row, int column) const;
    QVariant raw(const TaskRow& row, int column) const;
    void apply(Section section, std::vector<TaskRow> rows);

    const Clock& m_clock;
    std::array<std::vector<TaskRow>, SectionCount> m_rows;
};

} // namespace showroom
