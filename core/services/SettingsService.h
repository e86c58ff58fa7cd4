#pragma once

#include "Error.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

namespace showroom {

// Dealership settings (key/value): read by everyone, changed by whoever may manage settings.
// Known keys are checked before they are stored.
class SettingsService {
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(ServiceContext context) : m_context(context) {}

    Result<QString> get(const QString& key);
    Result<void> set(const User& actor, const QString& key, const QString& value);

private:
    Result<QString> validated(const QString& key, const QString& value);
    Result<QString> validatedIntake(const QString& key, const QString& value);

    ServiceContext m_context;
};

// The dealership logo printed on offers and contracts: a PNG or JPEG of at most 512 KB.
Result<void> checkLogo(const QByteArray& image);

} // namespace showroom
