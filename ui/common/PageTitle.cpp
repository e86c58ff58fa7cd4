#include "PageTitle.h"

namespace showroom {

PageTitle::PageTitle(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setObjectName(QStringLiteral("pageTitle"));
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.45);
    heading.setWeight(QFont::DemiBold);
    setFont(heading);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

} // namespace showroom
