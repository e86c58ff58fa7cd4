#pragma once

#include "common/RowListModel.h"
#include "domain/Stage.h"
#include "rules/Assignment.h"

namespace showroom {

// Lead sources with their response time and assignment rule, both edited in place (see
// SourceDelegate). The model only asks for a change (changeRequested) and shows it after a
// reload.
class SourceListModel : public RowListModel<Source> {
    Q_OBJECT

public:
    enum Column { Name, Channel, ResponseTime, Assignment, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SourceListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setSources(std::vector<Source> sources);
    void setEditable(bool editable) { m_editable = editable; }
    // The general rule (setting assignment.mode) that sources without their own rule follow.
    void setGeneralMode(AssignmentMode mode);
    AssignmentMode generalMode() const { return m_generalMode; }

    // "Follow the general rule (Manual)" for '', else the mode's name.
    QString modeLabel(const QString& key) const;
    static QString duration(int minutes);

Q_SIGNALS:
    void changeRequested(qint64 sourceId, int responseMinutes, const QString& assignmentMode);

private:
    bool m_editable = false;
    AssignmentMode m_generalMode = AssignmentMode::Manual;
};

} // namespace showroom
