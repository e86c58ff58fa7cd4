#include "BoardModel.h"

#include "common/Labels.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace showroom {

const QString BoardModel::MimeType = QStringLiteral("application/x-showroom-lead");

BoardModel::BoardModel(ServiceContext context, User viewer, QObject* parent)
    : QAbstractItemModel(parent), m_context(context), m_viewer(std::move(viewer))
{
}

Result<void> BoardModel::reload()
{
    auto loaded = BoardService(m_context).load(m_viewer);
    if (!loaded)
        return std::unexpected(loaded.error());
    beginResetModel();
    m_data = std::move(*loaded);
    rebuildIndex();
    m_columns = arrange();
    m_refreshPending = false;
    endResetModel();
    Q_EMIT reloaded();
    return {};
}

void BoardModel::rebuildIndex()
{
    m_cardIndex.clear();
    m_cardIndex.reserve(qsizetype(m_data.cards.size()));
    for (int i = 0; i < int(m_data.cards.size()); ++i)
        m_cardIndex.insert(m_data.cards[std::size_t(i)].leadId, i);
}

std::vector<BoardModel::Column> BoardModel::arrange() const
{
    const QDateTime now = m_context.clock.now();
    const auto keep = [&](const BoardCard& card) {
        return m_filter.accepts(card, m_viewer.id, now, m_data.settings.response);
    };
    std::vector<Column> columns;
    for (BoardColumn& column : BoardService::arrange(m_data, keep))
        columns.push_back({column.stage, std::move(column.leadIds), column.totalValueCents});
    return columns;
}

void BoardModel::setRefreshSuspended(bool suspended)
{
    m_suspended = suspended;
    if (!suspended && m_refreshPending)
        refresh();
}

Result<int> BoardModel::refresh()
{
    if (m_suspended) {
        m_refreshPending = true;
        return 0;
    }
    m_refreshPending = false;
    BoardService service(m_context);
    auto signatures = service.signatures(m_viewer);
    if (!signatures)
        return std::unexpected(signatures.error());
    std::vector<qint64> changed;
    QSet<qint64> inScope;
    inScope.reserve(qsizetype(signatures->size()));
    for (const auto& [leadId, signature] : *signatures) {
        inScope.insert(leadId);
        const auto at = m_cardIndex.constFind(leadId);
        if (at == m_cardIndex.constEnd() || m_data.cards[std::size_t(*at)].signature != signature)
            changed.push_back(leadId);
    }
    const bool anyRemoved =
        std::any_of(m_data.cards.begin(), m_data.cards.end(),
                    [&](const BoardCard& c) { return !inScope.contains(c.leadId); });
    if (changed.empty() && !anyRemoved)
        return 0;
    auto fresh = service.cards(changed);
    if (!fresh)
        return std::unexpected(fresh.error());

    if (anyRemoved) {
        std::erase_if(m_data.cards,
                      [&](const BoardCard& c) { return !inScope.contains(c.leadId); });
        rebuildIndex();
    }
    QSet<qint64> changedIds;
    for (BoardCard& card : *fresh) {
        changedIds.insert(card.leadId);
        const auto at = m_cardIndex.constFind(card.leadId);
        if (at == m_cardIndex.constEnd()) {
            m_cardIndex.insert(card.leadId, int(m_data.cards.size()));
            m_data.cards.push_back(std::move(card));
        } else {
            m_data.cards[std::size_t(*at)] = std::move(card);
        }
    }
    applyColumns(arrange(), changedIds);
    return int(changed.size());
}

void BoardModel::setFilter(const BoardFilter& filter)
{
    m_filter = filter;
    applyColumns(arrange(), {});
}

int BoardModel::cardRow(int column, qint64 leadId) const
{
    const auto& ids = m_columns[std::size_t(column)].leadIds;
    const auto at = std::find(ids.begin(), ids.end(), leadId);
    return at == ids.end() ? -1 : int(at - ids.begin());
}

void BoardModel::applyColumns(std::vector<Column> target, const QSet<qint64>& changed)
{
    if (target.size() != m_columns.size()) { // stages changed: start over
        beginResetModel();
        m_columns = std::move(target);
        endResetModel();
        return;
    }
    for (int c = 0; c < int(m_columns.size()); ++c) {
        const QModelIndex parent = index(c, 0);
        auto& current = m_columns[std::size_t(c)].leadIds;
        const auto& wanted = target[std::size_t(c)].leadIds;
        const QSet<qint64> wantedSet(wanted.begin(), wanted.end());
        for (int row = int(current.size()) - 1; row >= 0; --row) {
            if (wantedSet.contains(current[std::size_t(row)]))
                continue;
            beginRemoveRows(parent, row, row);
            current.erase(current.begin() + row);
            endRemoveRows();
        }
        for (int row = 0; row < int(wanted.size()); ++row) {
            const qint64 id = wanted[std::size_t(row)];
            if (row < int(current.size()) && current[std::size_t(row)] == id)
                continue;
            const auto found = std::find(current.begin() + row, current.end(), id);
            if (found != current.end()) {
                const int from = int(found - current.begin());
                beginMoveRows(parent, from, from, parent, row);
                current.erase(found);
                current.insert(current.begin() + row, id);
                endMoveRows();
            } else {
                beginInsertRows(parent, row, row);
                current.insert(current.begin() + row, id);
                endInsertRows();
            }
        }
        for (int row = 0; row < int(current.size()); ++row)
            if (changed.contains(current[std::size_t(row)])) {
                const QModelIndex cell = index(row, 0, parent);
                Q_EMIT dataChanged(cell, cell);
            }
        m_columns[std::size_t(c)].stage = target[std::size_t(c)].stage;
        m_columns[std::size_t(c)].totalValueCents = target[std::size_t(c)].totalValueCents;
    }
    if (!m_columns.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_columns.size()) - 1, 0));
    Q_EMIT columnTotalsChanged();
}

QModelIndex BoardModel::columnIndex(qint64 stageId) const
{
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (m_columns[std::size_t(c)].stage.id == stageId)
            return index(c, 0);
    return {};
}

QModelIndex BoardModel::indexOfLead(qint64 leadId) const
{
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (const int row = cardRow(c, leadId); row >= 0)
            return index(row, 0, index(c, 0));
    return {};
}

const BoardCard* BoardModel::cardById(qint64 leadId) const
{
    const auto at = m_cardIndex.constFind(leadId);
    return at == m_cardIndex.constEnd() ? nullptr : &m_data.cards[std::size_t(*at)];
}

QString BoardModel::stageKeyOf(qint64 leadId) const
{
    if (const BoardCard* card = cardById(leadId))
        for (const Stage& stage : m_data.stages)
            if (stage.id == card->stageId)
                return stage.key;
    return {};
}

const BoardCard* BoardModel::card(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto& ids = m_columns[std::size_t(index.internalId() - 1)].leadIds;
    return index.row() < int(ids.size()) ? cardById(ids[std::size_t(index.row())]) : nullptr;
}

const Stage* BoardModel::stage(const QModelIndex& columnIndex) const
{
    if (!columnIndex.isValid())
        return nullptr;
    const std::size_t c = columnIndex.internalId() == 0 ? std::size_t(columnIndex.row())
                                                        : columnIndex.internalId() - 1;
    return c < m_columns.size() ? &m_columns[c].stage : nullptr;
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_columns.size()) ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    if (row >= int(m_columns[std::size_t(parent.row())].leadIds.size()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_columns[std::size_t(parent.row())].leadIds.size());
}

int BoardModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Column& column = m_columns[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return Labels::stage(column.stage.key, column.stage.name);
        case StageIdRole:
            return column.stage.id;
        case CountRole:
            return qint64(column.leadIds.size());
        case TotalValueRole:
            return column.totalValueCents;
        default:
            return {};
        }
    }
    const BoardCard* c = card(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->customerName;
    case Qt::ToolTipRole:
        return tr("Lead #%1: %2, %3").arg(c->leadId).arg(c->customerName, c->vehicleInterest);
    case LeadIdRole:
        return c->leadId;
    case StageIdRole:
        return m_columns[std::size_t(index.internalId() - 1)].stage.id;
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList BoardModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData* BoardModel::mimeFor(const std::vector<qint64>& leadIds)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out << quint32(leadIds.size());
    for (qint64 id : leadIds)
        out << id;
    auto* mime = new QMimeData;
    mime->setData(MimeType, payload);
    return mime;
}

QMimeData* BoardModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : indexes)
        if (const BoardCard* c = card(index))
            ids.push_back(c->leadId);
    return ids.empty() ? nullptr : mimeFor(ids);
}

std::vector<qint64> BoardModel::leadIds(const QMimeData* data)
{
    std::vector<qint64> ids;
    if (!data || !data->hasFormat(MimeType))
        return ids;
    QDataStream in(data->data(MimeType));
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && i < 10000 && in.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        in >> id;
        if (in.status() == QDataStream::Ok && id > 0)
            ids.push_back(id);
    }
    return ids;
}

QModelIndex BoardModel::dropColumn(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return {};
    return parent.internalId() == 0 ? parent : parent.parent();
}

bool BoardModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                 const QModelIndex& parent) const
{
    return action == Qt::MoveAction && dropColumn(parent).isValid() && !leadIds(data).empty();
}

bool BoardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                              const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_dropHandler)
        return false;
    const Stage* target = stage(dropColumn(parent));
    std::vector<qint64> ids;
    for (qint64 id : leadIds(data)) // only cards on this board, not already in the column
        if (const BoardCard* c = cardById(id);
            c && BoardService::columnStageId(*c, m_data.stages) != target->id)
            ids.push_back(id);
    if (ids.empty())
        return false;
    // The handler commits and the board refreshes itself; the view must not remove rows.
    m_dropHandler(ids, target->id);
    return false;
}

} // namespace showroom
