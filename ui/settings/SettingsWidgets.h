#pragma once

#include <QString>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QTableView;
class QWidget;

namespace showroom {

struct User;

// Small building blocks the settings sections share.
namespace settings {

// Whether `user` may change settings (managers and administrators).
bool canManage(const User& user);

// The sentence at the top of a section that says what it is for (wrapped, muted). No maximum
// width: a wrapped label narrower than its cell gets a wrong height in the layout.
QLabel* intro(const QString& text, QWidget* parent);

// The explanation under a form's field: wrapped at a fixed width, so that the form's rows keep
// their heights whatever the window's width.
QLabel* fieldNote(const QString& text, QWidget* parent);

// A list of settings rows: whole rows selected, edited in place only where the model allows.
void setUpSettingsTable(QTableView* view, bool editable);

// A list of a readable width with its "add" row below and its buttons on the right.
QHBoxLayout* listWithButtons(QTableView* view, QBoxLayout* addRow, QBoxLayout* buttons,
                             QWidget* parent);

// Makes a short table exactly as tall as its header and `rows` rows (no empty space below).
void fitHeightToRows(QTableView* view, int rows);

} // namespace settings
} // namespace showroom
