#include "common/Buttons.h"

#include <QPushButton>

namespace showroom {

QPushButton* actionButton(QWidget* parent, const QString& text, const QString& objectName,
                          const QString& toolTip)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

} // namespace showroom
