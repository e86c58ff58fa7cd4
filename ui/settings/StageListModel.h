#pragma once

#include "common/RowListModel.h"
#include "domain/Stage.h"

namespace showroom {

// The pipeline's stages in board order: open stages, then Won and Lost. Names are edited in
// place; the model only asks for the change (renameRequested) and shows it after a reload.
class StageListModel : public RowListModel<Stage> {
    Q_OBJECT

public:
    enum Column { Name, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit StageListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setStages(std::vector<Stage> stages);
    void setEditable(bool editable) { m_editable = editable; }

    // Unassigned, Assigned, Won and Lost are part of every pipeline: never retired or moved.
    static bool isSystemStage(const Stage& stage);
    // Whether the open stage in `row` can move one place (offset -1 or +1) without passing a
    // system stage.
    bool canMove(int row, int offset) const;

Q_SIGNALS:
    void renameRequested(qint64 stageId, const QString& name);

private:
    QString status(const Stage& stage) const;

    bool m_editable = false;
};

} // namespace showroom
