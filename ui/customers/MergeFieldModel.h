#pragma once

#include "domain/CustomerFields.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>
#include <optional>
#include <vector>

namespace showroom {

// The fields in which two customer records differ, one row each: the field, the left record's
// value and the right record's value. The check state of a value cell marks the value the merge
// keeps; checking the other one switches sides, like a pair of radio buttons.
class MergeFieldModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Field, Left, Right, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, // the CustomerField of the row, as int
    };

    explicit MergeFieldModel(QObject* parent = nullptr);

    // Compares the two records; the choice starts as proposeMerge(kept, other).
    void setRecords(const Customer& left, const Customer& right, bool keptIsLeft);
    // Owner names by user id (otherwise owners show as "#id").
    void setUserNames(QHash<qint64, QString> names);
    // Swaps the kept record; the choice starts over from the proposal for it.
    void setKeptIsLeft(bool keptIsLeft);
    bool keptIsLeft() const { return m_keptIsLeft; }
    const Customer& left() const { return m_left; }
    const Customer& right() const { return m_right; }

    // Takes the value of `side` (Left or Right) for the field in `row`.
    bool choose(int row, Column side);
    Column chosenSide(int row) const;
    std::optional<int> rowOf(CustomerField field) const;
    // The kept record with the chosen values.
    Customer chosen() const;
    // The text shown for a value: owner by name, tier translated, an empty value as "(empty)".
    QString valueText(const Customer& customer, CustomerField field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void propose();
    const Customer& recordOf(Column side) const { return side == Left ? m_left : m_right; }

    Customer m_left;
    Customer m_right;
    bool m_keptIsLeft = true;
    std::vector<CustomerField> m_fields;
    std::vector<Column> m_choice;
    QHash<qint64, QString> m_userNames;
};

// Paints a check state as a radio button and picks a value with a click anywhere in its cell
// (or Space), for MergeFieldModel's value columns.
class MergeChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace showroom
