#include "TodayModel.h"

#include "tasks/TaskText.h"

#include <QColor>
#include <QFont>

namespace showroom {

namespace {
// Section rows carry this as internal id; task rows carry their section.
constexpr quintptr kTopLevel = TodayModel::SectionCount;

const QColor kOverdue(0xc6, 0x28, 0x28);

bool sameRow(const TaskRow& a, const TaskRow& b)
{
    return a.task.version == b.task.version && a.customerName == b.customerName &&
           a.vehicleInterest == b.vehicleInterest && a.assigneeName == b.assigneeName;
}
} // namespace

TodayModel::TodayModel(const Clock& clock, QObject* parent)
    : QAbstractItemModel(parent), m_clock(clock)
{
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex TodayModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() == kTopLevel && parent.column() == 0)
        return int(m_rows[std::size_t(parent.row())].size());
    return 0;
}

int TodayModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Due:
        return tr("Due");
    case Customer:
        return tr("Customer");
    case Vehicle:
        return tr("Car of interest");
    case Task:
        return tr("Task");
    case Planned:
        return tr("Planned by");
    case Comment:
        return tr("Manager's comment");
    case Assignee:
        return tr("Consultant");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags TodayModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString TodayModel::sectionTitle(Section section)
{
    switch (section) {
    case Overdue:
        return tr("Overdue");
    case DueToday:
        return tr("Due today");
    case Appointments:
        return tr("Appointments today");
    case SectionCount:
        break;
    }
    return {};
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return sectionData(Section(index.row()), index.column(), role);
    const auto section = Section(index.internalId());
    return taskData(section, m_rows[section][std::size_t(index.row())], index.column(), role);
}

QVariant TodayModel::sectionData(Section section, int column, int role) const
{
    const int n = count(section);
    switch (role) {
    case Qt::DisplayRole:
        if (column != 0)
            return {};
        return n == 0 ? tr("%1 — nothing").arg(sectionTitle(section))
                      : tr("%1 (%2)").arg(sectionTitle(section)).arg(n);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        if (section == Overdue && n > 0)
            return kOverdue;
        return {};
    case Qt::BackgroundRole: // a light band in light and dark themes
        return QColor(128, 128, 128, 36);
    case IdRole:
        return qint64(0);
    case SectionRole:
        return int(section);
    case RawRole:
        return column == 0 ? QVariant(n) : QVariant();
    default:
        return {};
    }
}

QVariant TodayModel::taskData(Section section, const TaskRow& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawRole:
        return raw(row, column);
    case IdRole:
        return row.task.id;
    case SectionRole:
        return int(section);
    case LeadIdRole:
        return row.task.leadId ? QVariant(*row.task.leadId) : QVariant();
    case CustomerIdRole:
        return row.task.customerId ? QVariant(*row.task.customerId) : QVariant();
    case Qt::ForegroundRole:
        if (section == Overdue && column == Due)
            return kOverdue;
        if (column == Planned)
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::FontRole:
        if ((section == Appointments && column == Due) || column == Customer) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Comment && !row.task.managerComment.isEmpty())
            return row.task.managerComment;
        if (column == Task)
            return tr("%1: %2").arg(TaskText::kind(row.task.kind), row.task.title);
        if (column == Planned)
            return TaskText::plannedByDetails(row.task);
        return {};
    default:
        return {};
    }
}

QVariant TodayModel::display(const TaskRow& row, int column) const
{
    switch (Column(column)) {
    case Due:
        return TaskText::due(row.task.dueAt, m_clock.now().toLocalTime().date());
    case Customer:
        return row.customerName;
    case Vehicle:
        return row.vehicleInterest;
    case Task:
        return row.task.title;
    case Planned:
        return TaskText::plannedBy(row.task);
    case Comment:
        return QString(row.task.managerComment).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Assignee:
        return row.assigneeName.isEmpty() ? QStringLiteral("—") : row.assigneeName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TodayModel::raw(const TaskRow& row, int column) const
{
    switch (Column(column)) {
    case Due:
        return row.task.dueAt;
    case Customer:
        return row.customerName;
    case Vehicle:
        return row.vehicleInterest;
    case Task:
        return row.task.title;
    case Planned:
        return row.task.rule;
    case Comment:
        return row.task.managerComment;
    case Assignee:
        return row.task.assigneeId ? QVariant(*row.task.assigneeId) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QModelIndex TodayModel::sectionIndex(Section section) const
{
    return index(int(section), 0);
}

int TodayModel::count(Section section) const
{
    return int(m_rows[section].size());
}

const TaskRow* TodayModel::taskAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel)
        return nullptr;
    return &m_rows[index.internalId()][std::size_t(index.row())];
}

QModelIndex TodayModel::indexOf(qint64 taskId, int column) const
{
    for (int s = 0; s < SectionCount; ++s)
        for (std::size_t i = 0; i < m_rows[s].size(); ++i)
            if (m_rows[s][i].task.id == taskId)
                return index(int(i), column, sectionIndex(Section(s)));
    return {};
}

void TodayModel::setList(TodayList list)
{
    // Removals first everywhere, so that a task moving between sections is never in two.
    std::array<std::vector<TaskRow>, SectionCount> next{
        std::move(list.overdue), std::move(list.dueToday), std::move(list.appointments)};
    for (int s = 0; s < SectionCount; ++s) {
        const QModelIndex parent = sectionIndex(Section(s));
        auto& rows = m_rows[s];
        for (int row = int(rows.size()) - 1; row >= 0; --row) {
            const qint64 id = rows[std::size_t(row)].task.id;
            if (std::ranges::none_of(next[s], [id](const TaskRow& r) { return r.task.id == id; })) {
                beginRemoveRows(parent, row, row);
                rows.erase(rows.begin() + row);
                endRemoveRows();
            }
        }
    }
    for (int s = 0; s < SectionCount; ++s) {
        const int before = count(Section(s));
        apply(Section(s), std::move(next[s]));
        if (before != count(Section(s)))
            Q_EMIT dataChanged(sectionIndex(Section(s)), sectionIndex(Section(s)));
    }
}

void TodayModel::apply(Section section, std::vector<TaskRow> next)
{
    const QModelIndex parent = sectionIndex(section);
    auto& rows = m_rows[section];
    for (std::size_t i = 0; i < next.size(); ++i) {
        const int at = int(i);
        const qint64 id = next[i].task.id;
        const auto found = std::ranges::find_if(rows.begin() + at, rows.end(),
                                                [id](const TaskRow& r) { return r.task.id == id; });
        if (found != rows.end() && found == rows.begin() + at) {
            if (!sameRow(*found, next[i])) {
                *found = next[i];
                Q_EMIT dataChanged(index(at, 0, parent), index(at, ColumnCount - 1, parent));
            }
            continue;
        }
        if (found != rows.end()) { // the order changed (a due time was moved)
            const int from = int(found - rows.begin());
            beginRemoveRows(parent, from, from);
            rows.erase(found);
            endRemoveRows();
        }
        beginInsertRows(parent, at, at);
        rows.insert(rows.begin() + at, next[i]);
        endInsertRows();
    }
}

} // namespace showroom
