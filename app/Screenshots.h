#pragma once

#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>

namespace showroom {

class MainWindow;

// --screenshot: saves the sign-in dialog and every page of the main window as PNG files.
class Screenshots {
    Q_DECLARE_TR_FUNCTIONS(Screenshots)

public:
    static constexpr int Width = 1360;
    static constexpr int Height = 820;
    static constexpr int CardWidth = 980;
    static constexpr int CardHeight = 720;

    // Returns false (after printing why) when a picture could not be written.
    static bool takeAll(MainWindow& window, ServiceContext context, const QString& login,
                        const QString& folder);
};

} // namespace showroom
