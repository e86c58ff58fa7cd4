#pragma once

#include <QIcon>

namespace showroom {

// The application icon from the embedded PNG renderings of resources/icons/showroom.svg.
QIcon applicationIcon();

} // namespace showroom
