#pragma once

#include "common/RowListModel.h"
#include "domain/Deal.h"

#include <QSet>

namespace showroom {

// The accessories offered for the chosen model, each checkable: the chosen ones are sold with
// the car, the others go onto the deal's accessories checklist to be offered again.
class AccessoryChoiceModel : public RowListModel<ChecklistTemplateItem> {
    Q_OBJECT

public:
    enum Column { Title, Price, Argument, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawRole, // the column's value unformatted
    };

    explicit AccessoryChoiceModel(QString currency, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A new offer (another model): choices of items still offered are kept.
    void setItems(std::vector<ChecklistTemplateItem> items);
    void setChosen(qint64 itemId, bool chosen);
    std::vector<qint64> chosenIds() const; // in list order
    qint64 chosenCents() const;

Q_SIGNALS:
    void choiceChanged();

private:
    QString m_currency;
    QSet<qint64> m_chosen;
};

} // namespace showroom
