#pragma once

#include "board/BoardFilter.h"
#include "domain/Stage.h"
#include "domain/User.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace showroom {

// My leads / consultant / source / tier / days in stage / overdue only / free text.
class BoardFilterBar : public QWidget {
    Q_OBJECT

public:
    BoardFilterBar(const User& viewer, QWidget* parent = nullptr);

    void setChoices(const std::vector<User>& users, const std::vector<Source>& sources);
    BoardFilter filter() const;

    QCheckBox* mineOnly() const { return m_mine; }
    QComboBox* consultant() const { return m_consultant; }
    QComboBox* source() const { return m_source; }
    QComboBox* tier() const { return m_tier; }
    QComboBox* age() const { return m_age; }
    QCheckBox* overdueOnly() const { return m_overdue; }
    QLineEdit* search() const { return m_search; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox* m_mine = nullptr;
    QComboBox* m_consultant = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_age = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace showroom
