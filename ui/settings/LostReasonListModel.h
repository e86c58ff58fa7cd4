#pragma once

#include "common/RowListModel.h"
#include "domain/Stage.h"

namespace showroom {

// The reasons a consultant picks when a lead is lost, retired ones included (greyed). The name
// is edited in place and "needs a comment" is a check box; the model only asks for the change
// (renameRequested, needsCommentRequested) and shows it after a reload.
class LostReasonListModel : public RowListModel<LostReason> {
    Q_OBJECT

public:
    enum Column { Name, NeedsComment, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit LostReasonListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setReasons(std::vector<LostReason> reasons);
    void setEditable(bool editable) { m_editable = editable; }

Q_SIGNALS:
    void renameRequested(qint64 reasonId, const QString& name);
    void needsCommentRequested(qint64 reasonId, bool needsComment);

private:
    bool m_editable = false;
};

} // namespace showroom
