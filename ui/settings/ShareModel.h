#pragma once

#include "common/RowListModel.h"
#include "domain/User.h"

#include <QHash>

namespace showroom {

struct ConsultantShare {
    qint64 id = 0;
    QString name;
    int stored = 1; // the weight in the database
    int weight = 1; // the weight on screen (edited, not saved yet)
};

// Active consultants' shares under weighted assignment, with each one's percentage of the total.
// Edits stay in the model until the form stores changedWeights().
class ShareModel : public RowListModel<ConsultantShare> {
    Q_OBJECT

public:
    enum Column { Consultant, Share, Percent, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ShareModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setEditable(bool editable) { m_editable = editable; }
    // Shows the active consultants among `users` with their stored weights.
    void setUsers(const std::vector<User>& users);
    // Consultant id → weight for every share edited since setUsers().
    QHash<qint64, int> changedWeights() const;
    int total() const;

Q_SIGNALS:
    void edited();

private:
    bool m_editable = false;
};

} // namespace showroom
