#include "SettingsWidgets.h"

#include "common/RecordTable.h"
#include "domain/User.h"
#include "services/Permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom::settings {

bool canManage(const User& user)
{
    return require(user, Permission::ManageSettings).has_value();
}

QLabel* intro(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

QLabel* fieldNote(const QString& text, QWidget* parent)
{
    QLabel* label = intro(text, parent);
    label->setFixedWidth(label->fontMetrics().averageCharWidth() * 62);
    return label;
}

void setUpSettingsTable(QTableView* view, bool editable)
{
    setUpRecordTable(view);
    view->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                         QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::SelectedClicked
                                   : QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
}

QHBoxLayout* listWithButtons(QTableView* view, QBoxLayout* addRow, QBoxLayout* buttons,
                             QWidget* parent)
{
    auto* column = new QWidget(parent);
    column->setMaximumWidth(view->fontMetrics().averageCharWidth() * 90);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(view, 1);
    columnLayout->addLayout(addRow);
    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(column, 4);
    row->addLayout(buttons);
    row->addStretch(1);
    return row;
}

void fitHeightToRows(QTableView* view, int rows)
{
    const int header = view->horizontalHeader()->sizeHint().height();
    const int body = view->verticalHeader()->defaultSectionSize() * qMax(1, rows);
    view->setFixedHeight(header + body + 2 * view->frameWidth());
}

} // namespace showroom::settings
