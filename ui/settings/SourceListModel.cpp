#include "SourceListModel.h"

#include "common/Labels.h"
#include "customers/CardText.h"

#include <QGuiApplication>
#include <QPalette>

namespace showroom {

namespace {
bool sameSource(const Source& a, const Source& b)
{
    return a.key == b.key && a.name == b.name && a.channel == b.channel &&
           a.responseMinutes == b.responseMinutes && a.active == b.active &&
           a.assignmentMode == b.assignmentMode;
}
} // namespace

SourceListModel::SourceListModel(QObject* parent) : RowListModel<Source>(parent) {}

int SourceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Source");
    case Channel:
        return tr("Value tier");
    case ResponseTime:
        return tr("Respond within");
    case Assignment:
        return tr("Assignment");
    }
    return {};
}

QString SourceListModel::duration(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString SourceListModel::modeLabel(const QString& key) const
{
    if (key.isEmpty())
        return tr("Follow the general rule (%1)").arg(Labels::assignmentMode(m_generalMode));
    const auto mode = assignmentModeFromKey(key);
    return mode ? Labels::assignmentMode(*mode) : key;
}

QVariant SourceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source& source = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return CardText::source(source.key, source.name);
        case Channel:
            switch (source.channel) {
            case SourceChannel::WalkIn:
                return tr("High: walked in");
            case SourceChannel::Remote:
                return tr("Value: call, chat or web");
            case SourceChannel::Other:
                return tr("General");
            }
            return {};
        case ResponseTime:
            return duration(source.responseMinutes);
        case Assignment:
            return modeLabel(source.assignmentMode);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ResponseTime)
            return source.responseMinutes;
        if (index.column() == Assignment)
            return source.assignmentMode;
        return {};
    case IdRole:
        return source.id;
    case Qt::ForegroundRole:
        if (!source.active)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == Channel ||
            (index.column() == Assignment && source.assignmentMode.isEmpty()))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (!m_editable)
            return {};
        if (index.column() == ResponseTime)
            return tr("Double-click to change how soon a new lead from this source must be "
                      "contacted (business hours)");
        if (index.column() == Assignment)
            return tr("Double-click to choose how leads from this source find a consultant");
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() &&
        (index.column() == ResponseTime || index.column() == Assignment))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SourceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Source& source = rowAt(index.row());
    int minutes = source.responseMinutes;
    QString mode = source.assignmentMode;
    if (index.column() == ResponseTime)
        minutes = value.toInt();
    else if (index.column() == Assignment)
        mode = value.toString();
    else
        return false;
    if (minutes == source.responseMinutes && mode == source.assignmentMode)
        return false;
    Q_EMIT changeRequested(source.id, minutes, mode);
    return true;
}

void SourceListModel::setSources(std::vector<Source> sources)
{
    apply(std::move(sources), sameSource);
}

void SourceListModel::setGeneralMode(AssignmentMode mode)
{
    if (mode == m_generalMode)
        return;
    m_generalMode = mode;
    repaintColumn(Assignment);
}

} // namespace showroom
