#pragma once

#include "Clock.h"
#include "common/RowListModel.h"
#include "domain/Deal.h"

#include <QHash>

namespace showroom {

// One checklist of a deal (loan documents, accessories, delivery steps or the handover), item by
// item: whether it is required, its documents, its due date (overdue in red) and who did it when
// (or, for an accessory, sold / not sold with the reason).
class ChecklistModel : public RowListModel<ChecklistItem> {
    Q_OBJECT

public:
    enum Column { Item, Required, Document, Due, Status, Price, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawRole,    // the column's value unformatted
        StatusRole, // the item's status key
        OverdueRole,
    };

    ChecklistModel(const Clock& clock, QString currency, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The items of one list, in their order; the others in `items` are ignored.
    void setItems(const std::vector<ChecklistItem>& items, ChecklistKind kind);
    // Names of the accessory-not-sold reasons by key (for the status column).
    void setReasonNames(QHash<QString, QString> names);
    const ChecklistItem* itemById(qint64 id) const;
    bool isOverdue(const ChecklistItem& item) const;
    QString statusText(const ChecklistItem& item) const;
    QString documentText(const ChecklistItem& item) const;
    int doneCount() const;

private:
    QVariant display(const ChecklistItem& item, int column) const;
    QVariant raw(const ChecklistItem& item, int column) const;

    const Clock& m_clock;
    QString m_currency;
    QHash<QString, QString> m_reasonNames;
};

} // namespace showroom
