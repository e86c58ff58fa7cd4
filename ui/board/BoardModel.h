#pragma once

#include "Error.h"
#include "board/BoardFilter.h"
#include "domain/User.h"
#include "services/BoardService.h"
#include "services/ServiceContext.h"

#include <QAbstractItemModel>
#include <QHash>
#include <functional>

namespace showroom {

// The pipeline board as one tree model: top-level rows are the columns (stages), their children
// the cards in board order. Each column view shows one column through setRootIndex. Changes from
// other desks are applied card by card (row inserts, moves, removals, dataChanged), so views keep
// their scroll position and selection.
class BoardModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        StageIdRole,    // a column's stage, or the column a card sits in
        CountRole,      // a column's number of cards
        TotalValueRole, // a column's estimated value in cents
    };
    static const QString MimeType; // application/x-showroom-lead

    // Moves the dropped leads to the stage; returns false when nothing moved.
    using DropHandler = std::function<bool(const std::vector<qint64>& leadIds, qint64 stageId)>;

    BoardModel(ServiceContext context, User viewer, QObject* parent = nullptr);

    // Reads everything again (filters stay).
    Result<void> reload();
    // Applies only what changed since the last read. While suspended (a drag is in progress) it
    // only remembers that it must refresh when resumed. Returns how many cards changed.
    Result<int> refresh();
    void setRefreshSuspended(bool suspended);

    void setFilter(const BoardFilter& filter);
    const BoardFilter& filter() const { return m_filter; }
    void setDropHandler(DropHandler handler) { m_dropHandler = std::move(handler); }

    const std::vector<Stage>& stages() const { return m_data.stages; }
    const PipelineSettings& settings() const { return m_data.settings; }
    const User& viewer() const { return m_viewer; }
    QDateTime now() const { return m_context.clock.now(); }
    QModelIndex columnIndex(qint64 stageId) const;
    QModelIndex indexOfLead(qint64 leadId) const;
    const BoardCard* card(const QModelIndex& index) const;
    const BoardCard* cardById(qint64 leadId) const;
    // The key of the stage the lead is in ('' when it is not on the board).
    QString stageKeyOf(qint64 leadId) const;
    const Stage* stage(const QModelIndex& columnIndex) const;
    // Cards in scope, before filtering.
    int totalCards() const { return int(m_data.cards.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    static std::vector<qint64> leadIds(const QMimeData* data);
    static QMimeData* mimeFor(const std::vector<qint64>& leadIds);

Q_SIGNALS:
    void reloaded();
    void columnTotalsChanged();

private:
    struct Column {
        Stage stage;
        std::vector<qint64> leadIds;
        qint64 totalValueCents = 0;
    };
    std::vector<Column> arrange() const;
    void rebuildIndex();
    // Turns the current columns into `target` with row removals, moves and inserts.
    void applyColumns(std::vector<Column> target, const QSet<qint64>& changed);
    int cardRow(int column, qint64 leadId) const;
    QModelIndex dropColumn(const QModelIndex& parent) const;

    ServiceContext m_context;
    User m_viewer;
    BoardData m_data;
    QHash<qint64, int> m_cardIndex; // lead id → position in m_data.cards
    std::vector<Column> m_columns;
    BoardFilter m_filter;
    DropHandler m_dropHandler;
    bool m_suspended = false;
    bool m_refreshPending = false;
};

} // namespace showroom
