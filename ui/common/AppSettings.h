#pragma once

#include <QSettings>

namespace showroom {

// QSettings of the desktop app: ~/.config/ShowroomCRM/ShowroomCRM.conf. The application has no
// organisation name (so that its data folder is ~/.local/share/ShowroomCRM), hence the explicit
// names. Tests enable QStandardPaths test mode, which moves this file into a test folder.
inline QString settingsOrganization()
{
    return QStringLiteral("ShowroomCRM");
}

inline QString settingsApplication()
{
    return QStringLiteral("ShowroomCRM");
}

class AppSettings : public QSettings {
public:
    AppSettings() : QSettings(settingsOrganization(), settingsApplication()) {}
};

} // namespace showroom
