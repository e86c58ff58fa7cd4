#pragma once

#include "settings/SettingsForm.h"

class QComboBox;
class QLabel;
class QTableView;

namespace showroom {

class ShareModel;

// Settings › Assignment: how new leads find a consultant, who watches the unassigned queue, and
// the consultants' shares under weighted assignment.
class AssignmentForm : public SettingsForm {
    Q_OBJECT

public:
    explicit AssignmentForm(const Session& session, QWidget* parent = nullptr);

    QComboBox* modeBox() const { return m_mode; }
    QComboBox* queueOwnerBox() const { return m_queueOwner; }
    ShareModel* shares() const { return m_shares; }
    QTableView* shareView() const { return m_shareView; }

protected:
    void load() override;
    bool store() override;

private:
    void describeMode();

    QComboBox* m_mode = nullptr;
    QLabel* m_modeHelp = nullptr;
    QComboBox* m_queueOwner = nullptr;
    ShareModel* m_shares = nullptr;
    QTableView* m_shareView = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace showroom
