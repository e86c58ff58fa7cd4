#pragma once

#include <QString>

class QPushButton;
class QWidget;

namespace showroom {

// A named push button with a tool tip that never becomes a dialog's default button, so that
// Enter stays with the form or list it sits beside.
QPushButton* actionButton(QWidget* parent, const QString& text, const QString& objectName,
                          const QString& toolTip);

} // namespace showroom
