#include "Icons.h"

namespace showroom {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/showroom-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace showroom
