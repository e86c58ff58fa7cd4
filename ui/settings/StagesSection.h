#pragma once

#include "shell/Session.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace showroom {

class StageListModel;

// Settings › Stages: the board's columns in order. Every change is saved at once.
class StagesSection : public QWidget {
    Q_OBJECT

public:
    explicit StagesSection(const Session& session, QWidget* parent = nullptr);

    StageListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void reload();
    // Adds a stage before Won and Lost and selects it; false (after a message) when refused.
    bool addStage(const QString& name);
    bool renameStage(qint64 stageId, const QString& name);
    // Moves the selected stage one place earlier (-1) or later (+1) on the board.
    void moveSelected(int offset);
    // Retires the selected stage, or restores it when it is retired.
    void toggleSelectedRetired();
    void selectStage(qint64 stageId);

private:
    int selectedRow() const;
    void updateActions();
    bool report(bool ok, const QString& title, const QString& message);

    Session m_session;
    bool m_editable = false;
    StageListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_retire = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace showroom
