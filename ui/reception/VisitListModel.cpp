#include "VisitListModel.h"

#include "rules/ContactValidation.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace showroom {

namespace {
bool sameRow(const VisitRow& a, const VisitRow& b)
{
    return a.visit.version == b.visit.version && a.customerName == b.customerName &&
           a.consultantName == b.consultantName && a.contactCaptured == b.contactCaptured;
}
} // namespace

VisitListModel::VisitListModel(VisitService visits, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_visits(visits), m_clock(clock),
      m_date(clock.now().toLocalTime().date())
{
    reload();
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Arrived:
        return tr("Arrived");
    case Kind:
        return tr("Type");
    case Visitor:
        return tr("Visitor");
    case Consultant:
        return tr("Consultant");
    case Duration:
        return tr("Duration");
    case Contact:
        return tr("Contact");
    case Lead:
        return tr("Lead");
    }
    return {};
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitRow& row = visitAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case IdRole:
        return row.visit.id;
    case RawRole:
        return raw(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Contact && !row.contactCaptured &&
            row.visit.channel == VisitChannel::WalkIn && row.visit.firstVisit)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == Contact && row.contactCaptured)
            return QColor(0x2e, 0x7d, 0x32);
        return {};
    case Qt::FontRole:
        if (index.column() == Visitor && row.visit.customerId) {
            QFont font;
            font.setBold(!row.visit.leftAt.isValid());
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Contact && !row.contactCaptured)
            return tr("No phone or email yet: select the visit and add the contact data");
        return {};
    default:
        return {};
    }
}

QVariant VisitListModel::display(const VisitRow& row, int column) const
{
    const Visit& v = row.visit;
    const QLocale locale;
    switch (column) {
    case Arrived:
        return locale.toString(v.arrivedAt.toLocalTime().time(), QLocale::ShortFormat);
    case Kind:
        if (v.channel == VisitChannel::Phone)
            return tr("Call");
        return v.firstVisit ? tr("First visit") : tr("Repeat visit");
    case Visitor:
        return row.customerName.isEmpty() ? tr("Anonymous visitor") : QString(row.customerName);
    case Consultant:
        return row.consultantName.isEmpty() ? QStringLiteral("—") : row.consultantName;
    case Duration: {
        if (v.channel == VisitChannel::Phone)
            return QString();
        const qint64 minutes = raw(row, Duration).toLongLong() / 60;
        const QString text = tr("%1 min").arg(minutes);
        return v.leftAt.isValid() ? text : tr("%1 (still here)").arg(text);
    }
    case Contact:
        return row.contactCaptured ? tr("captured") : tr("missing");
    case Lead:
        return v.leadId ? QStringLiteral("#%1").arg(*v.leadId) : QStringLiteral("—");
    }
    return {};
}

QVariant VisitListModel::raw(const VisitRow& row, int column) const
{
    const Visit& v = row.visit;
    switch (column) {
    case Arrived:
        return v.arrivedAt;
    case Kind:
        return visitChannelKey(v.channel);
    case Visitor:
        return row.customerName;
    case Consultant:
        return row.consultantName;
    case Duration: {
        const QDateTime end = v.leftAt.isValid() ? v.leftAt : m_clock.now();
        return std::max<qint64>(0, v.arrivedAt.secsTo(end));
    }
    case Contact:
        return row.contactCaptured;
    case Lead:
        return v.leadId ? QVariant(*v.leadId) : QVariant();
    }
    return {};
}

void VisitListModel::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
    reload();
}

void VisitListModel::reload()
{
    auto rows = m_visits.day(m_date);
    auto traffic = m_visits.traffic(m_date, m_date);
    if (!rows || !traffic) {
        Q_EMIT loadFailed(rows ? traffic.error().message : rows.error().message);
        return;
    }
    m_traffic = *traffic;
    apply(std::move(*rows));
    Q_EMIT reloaded();
}

void VisitListModel::apply(std::vector<VisitRow> rows)
{
    // Rows that are gone (merged away, another day) leave first, bottom up.
    for (int row = rowCount() - 1; row >= 0; --row) {
        const qint64 id = m_rows[static_cast<std::size_t>(row)].visit.id;
        const bool kept = std::any_of(rows.begin(), rows.end(),
                                      [id](const VisitRow& r) { return r.visit.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    reindex();
    // The list is newest first: new visits come in at their place, known ones are updated.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int at = static_cast<int>(i);
        const int existing = rowOf(rows[i].visit.id);
        if (existing == at) {
            if (!sameRow(m_rows[i], rows[i])) {
                m_rows[i] = rows[i];
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            continue;
        }
        if (existing >= 0) { // the order changed (an arrival time was corrected)
            beginRemoveRows({}, existing, existing);
            m_rows.erase(m_rows.begin() + existing);
            endRemoveRows();
        }
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, rows[i]);
        endInsertRows();
        reindex();
    }
}

void VisitListModel::reindex()
{
    m_rowById.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].visit.id, static_cast<int>(i));
}

void VisitListModel::tick()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Duration), index(rowCount() - 1, Duration),
                           {Qt::DisplayRole, RawRole});
}

} // namespace showroom
