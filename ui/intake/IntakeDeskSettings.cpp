#include "IntakeDeskSettings.h"

#include "common/AppSettings.h"

namespace showroom {

IntakeDeskSettings IntakeDeskSettings::load()
{
    AppSettings settings;
    IntakeDeskSettings desk;
    desk.folderEnabled = settings.value(QStringLiteral("intake/folderEnabled"), false).toBool();
    desk.folder = settings.value(QStringLiteral("intake/folder")).toString();
    desk.mailboxEnabled = settings.value(QStringLiteral("intake/mailboxEnabled"), false).toBool();
    desk.mailboxUrl = settings.value(QStringLiteral("intake/mailboxUrl")).toString();
    desk.mailboxLogin = settings.value(QStringLiteral("intake/mailboxLogin")).toString();
    desk.mailboxCaFile = settings.value(QStringLiteral("intake/mailboxCaFile")).toString();
    desk.mailboxMinutes =
        std::clamp(settings.value(QStringLiteral("intake/mailboxMinutes"), 5).toInt(), 1, 120);
    return desk;
}

void IntakeDeskSettings::save() const
{
    AppSettings settings;
    settings.setValue(QStringLiteral("intake/folderEnabled"), folderEnabled);
    settings.setValue(QStringLiteral("intake/folder"), folder);
    settings.setValue(QStringLiteral("intake/mailboxEnabled"), mailboxEnabled);
    settings.setValue(QStringLiteral("intake/mailboxUrl"), mailboxUrl);
    settings.setValue(QStringLiteral("intake/mailboxLogin"), mailboxLogin);
    settings.setValue(QStringLiteral("intake/mailboxCaFile"), mailboxCaFile);
    settings.setValue(QStringLiteral("intake/mailboxMinutes"), mailboxMinutes);
}

QString IntakeDeskSettings::mailboxAccountKey() const
{
    return mailboxLogin + QLatin1Char('@') + mailboxUrl;
}

} // namespace showroom
