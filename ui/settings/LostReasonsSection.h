#pragma once

#include "domain/Stage.h"
#include "shell/Session.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace showroom {

class LostReasonListModel;

// Settings › Lost reasons: what a consultant must pick when a lead is lost. Every change is
// saved at once.
class LostReasonsSection : public QWidget {
    Q_OBJECT

public:
    explicit LostReasonsSection(const Session& session, QWidget* parent = nullptr);

    LostReasonListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void reload();
    // Adds a reason at the end and selects it; false (after a message) when refused.
    bool addReason(const QString& name, bool needsComment);
    bool renameReason(qint64 reasonId, const QString& name);
    bool setNeedsComment(qint64 reasonId, bool needsComment);
    // Retires the selected reason (no longer offered), or offers it again.
    void toggleSelectedActive();
    void selectReason(qint64 reasonId);

private:
    int selectedRow() const;
    void updateActions();
    bool update(qint64 reasonId, const std::function<void(LostReason&)>& change,
                const QString& failure);

    Session m_session;
    bool m_editable = false;
    LostReasonListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_retire = nullptr;
    QLineEdit* m_newName = nullptr;
    QCheckBox* m_newNeedsComment = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace showroom
