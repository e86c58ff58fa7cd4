#include "SettingsService.h"

#include "rules/ContactValidation.h"
#include "services/Audit.h"
#include "services/Permissions.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"

namespace showroom {

Result<QString> SettingsService::get(const QString& key)
{
    auto exists = sql::scalar(m_context.db.sql(),
                              QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!exists)
        return std::unexpected(exists.error());
    if (!exists->isValid())
        return fail(ErrorCode::NotFound, tr("There is no setting “%1”.").arg(key));
    return exists->toString();
}

Result<QString> SettingsService::validated(const QString& key, const QString& value)
{
    const QString trimmed = value.trimmed();
    if (key == QLatin1String("dealership.region")) {
        const QString region = trimmed.toUpper();
        if (!isPhoneRegion(region))
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” is not a country code for phone numbers; use two letters such "
                           "as DE, AT, CH, RU, UA or CN.")
                            .arg(trimmed));
        return region;
    }
    return trimmed;
}

Result<void> SettingsService::set(const User& actor, const QString& key, const QString& value)
{
    if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    auto current = get(key);
    if (!current)
        return std::unexpected(current.error());
    auto checked = validated(key, value);
    if (!checked)
        return std::unexpected(checked.error());
    return m_context.db.writeTransaction([&]() -> Result<void> {
        if (auto saved = ReferenceRepository(m_context.db.sql()).setSetting(key, *checked); !saved)
            return saved;
        return audit(m_context, &actor, QStringLiteral("setting.change"),
                     QStringLiteral("settings"), 0,
                     {{QStringLiteral("key"), key},
                      {QStringLiteral("from"), *current},
                      {QStringLiteral("to"), *checked}});
    });
}

} // namespace showroom
