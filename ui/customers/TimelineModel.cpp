#include "TimelineModel.h"

#include "customers/CardText.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace showroom {

namespace {
// A colour per kind of event, shown as a small swatch before the type.
QColor kindColour(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Visit:
    case TimelineKind::TestDrive:
        return QColor(0x2e, 0x8b, 0x57); // showroom: green
    case TimelineKind::Call:
    case TimelineKind::Email:
    case TimelineKind::Sms:
        return QColor(0x2c, 0x6a, 0xa8); // contact: blue
    case TimelineKind::Note:
    case TimelineKind::ManagerComment:
        return QColor(0x8a, 0x8a, 0x8a); // notes: grey
    case TimelineKind::Offer:
    case TimelineKind::DealSigned:
    case TimelineKind::Delivery:
        return QColor(0xc0, 0x7a, 0x10); // sale: amber
    case TimelineKind::LeadCreated:
    case TimelineKind::StageChange:
        return QColor(0x7b, 0x4f, 0xa8); // pipeline: purple
    case TimelineKind::Consent:
        break;
    }
    return QColor(0x5f, 0x9e, 0xa0); // consent: teal
}

// A small round marker in the kind's colour (cached: one pixmap per colour).
QIcon kindIcon(TimelineKind kind)
{
    static QHash<int, QIcon> icons;
    const auto found = icons.constFind(int(kind));
    if (found != icons.constEnd())
        return *found;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kindColour(kind));
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return *icons.insert(int(kind), QIcon(pixmap));
}

bool sameRow(const TimelineEntry& a, const TimelineEntry& b)
{
    return a.kind == b.kind && a.sourceId == b.sourceId && a.table == b.table;
}
} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When:
            return CardText::dateTime(e.at);
        case What:
            return CardText::timelineKind(e);
        case Who:
            return e.userName;
        case Details:
            return CardText::timelineText(e);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Details ? CardText::timelineText(e) : QVariant();
    case Qt::FontRole:
        if (index.column() == What) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == What ? QVariant(kindIcon(e.kind)) : QVariant();
    case KindRole:
        return timelineKindKey(e.kind);
    case AtRole:
        return e.at;
    case LeadIdRole:
        return e.leadId ? QVariant(*e.leadId) : QVariant();
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Who:
        return tr("Who");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

void TimelineModel::setEntries(std::vector<TimelineEntry> entries)
{
    if (entries == m_entries)
        return;
    // New events come on top: find where the first row shown went, and whether the rows below
    // it are still the same.
    std::size_t added = 0;
    if (!m_entries.empty()) {
        while (added < entries.size() && !sameRow(entries[added], m_entries.front()))
            ++added;
    }
    const std::size_t kept =
        std::min(m_entries.size(), entries.size() - std::min(added, entries.size()));
    const bool onTop = !m_entries.empty() && added < entries.size() && added > 0 &&
                       std::equal(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(kept),
                                  entries.begin() + std::ptrdiff_t(added));
    if (!onTop) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    // Rows beyond the limit drop off the end first, then the new ones come in on top.
    if (kept < m_entries.size()) {
        beginRemoveRows({}, int(kept), int(m_entries.size()) - 1);
        m_entries.resize(kept);
        endRemoveRows();
    }
    beginInsertRows({}, 0, int(added) - 1);
    m_entries.insert(m_entries.begin(), entries.begin(), entries.begin() + std::ptrdiff_t(added));
    endInsertRows();
    if (m_entries.size() < entries.size()) {
        beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
        m_entries.insert(m_entries.end(), entries.begin() + std::ptrdiff_t(m_entries.size()),
                         entries.end());
        endInsertRows();
    }
}

} // namespace showroom
