#include "SettingsService.h"

#include "rules/ContactValidation.h"
#include "rules/FollowUpPlan.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/IntakeSources.h"
#include "services/Permissions.h"
#include "services/PipelineSettings.h"
#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <QTime>
#include <QTimeZone>

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

namespace {
constexpr qsizetype kMaxLogoBytes = 512 * 1024;

// Whole-number settings of deals and after-sales, with their allowed range.
std::optional<std::pair<int, int>> numberRange(const QString& key)
{
    if (key == QLatin1String("offer.valid_days"))
        return std::pair{1, 365};
    if (key == QLatin1String("delivery.reminder_days"))
        return std::pair{0, 60};
    if (key == QLatin1String("after_sales.call_days"))
        return std::pair{1, 60};
    if (key == QLatin1String("after_sales.evening_weekday"))
        return std::pair{1, 7};
    return std::nullopt;
}

// What the audit log keeps of a value: a logo is recorded by its size, not its bytes.
QString auditedValue(const QString& key, const QString& value)
{
    if (key == QLatin1String("dealership.logo") && !value.isEmpty())
        return QStringLiteral("<image, %1 bytes>")
            .arg(QByteArray::fromBase64(value.toLatin1()).size());
    return value;
}
} // namespace

Result<void> checkLogo(const QByteArray& image)
{
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    if (!png && !jpeg)
        return fail(ErrorCode::InvalidInput,
                    SettingsService::tr("The logo must be a PNG or JPEG image."));
    if (image.size() > kMaxLogoBytes)
        return fail(ErrorCode::InvalidInput,
                    SettingsService::tr("The logo is larger than 512 KB; use a smaller image."));
    return {};
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
    if (key == QLatin1String("business_hours.start") ||
        key == QLatin1String("business_hours.end")) {
        if (!QTime::fromString(trimmed, QStringLiteral("HH:mm")).isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” is not a time of day; write it as 09:00.").arg(trimmed));
        return trimmed;
    }
    if (key == QLatin1String("business_hours.days")) {
        QStringList days;
        for (const QString& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int day = part.trimmed().toInt();
            if (day < 1 || day > 7)
                return fail(ErrorCode::InvalidInput,
                            tr("Business days are numbers from 1 (Monday) to 7 (Sunday), "
                               "separated by commas."));
            days << QString::number(day);
        }
        return days.join(QLatin1Char(','));
    }
    if (key == QLatin1String("dealership.time_zone")) {
        if (!trimmed.isEmpty() && !QTimeZone(trimmed.toUtf8()).isValid())
            return fail(
                ErrorCode::InvalidInput,
                tr("“%1” is not a time zone; use a name such as Europe/Berlin.").arg(trimmed));
        return trimmed;
    }
    if (key == QLatin1String("response.minutes") ||
        key == QLatin1String("response.escalation_minutes") ||
        key == QLatin1String("follow_up.no_show_days")) {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < 1)
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” needs a whole number above zero.").arg(key));
        return QString::number(number);
    }
    if (const auto range = numberRange(key)) {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < range->first || number > range->second)
            return fail(ErrorCode::InvalidInput, tr("“%1” needs a whole number from %2 to %3.")
                                                     .arg(key)
                                                     .arg(range->first)
                                                     .arg(range->second));
        return QString::number(number);
    }
    if (key == QLatin1String("after_sales.evening_time")) {
        if (!QTime::fromString(trimmed, QStringLiteral("HH:mm")).isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” is not a time of day; write it as 18:30.").arg(trimmed));
        return trimmed;
    }
    if (key == QLatin1String("dealership.logo") && !trimmed.isEmpty()) {
        if (auto image = checkLogo(QByteArray::fromBase64(trimmed.toLatin1())); !image)
            return std::unexpected(image.error());
        return trimmed;
    }
    if (key == QLatin1String("follow_up.days")) {
        QStringList days;
        for (int day : parseFollowUpDays(trimmed))
            days << QString::number(day);
        return days.join(QLatin1Char(','));
    }
    if (key == QLatin1String("assignment.mode")) {
        if (!assignmentModeFromKey(trimmed))
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” is not an assignment mode (manual, round_robin, weighted, pool).")
                            .arg(trimmed));
        return trimmed;
    }
    if (key == QLatin1String("assignment.queue_owner") && !trimmed.isEmpty()) {
        auto user = UserRepository(m_context.db.sql()).byLoginWithHash(trimmed);
        if (!user)
            return std::unexpected(user.error());
        return trimmed;
    }
    if (key.startsWith(QLatin1String("intake.")))
        return validatedIntake(key, trimmed);
    if (key == QLatin1String("board.card_fields")) {
        QStringList fields;
        for (const QString& field : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!knownCardFields().contains(field.trimmed()))
                return fail(
                    ErrorCode::InvalidInput,
                    tr("“%1” is not a card field; known are %2.")
                        .arg(field.trimmed(), knownCardFields().join(QStringLiteral(", "))));
            fields << field.trimmed();
        }
        return fields.join(QLatin1Char(','));
    }
    return trimmed;
}

// Lead sources and campaigns of the intake channels, and the ADF provider names' sources.
Result<QString> SettingsService::validatedIntake(const QString& key, const QString& value)
{
    ReferenceRepository reference(m_context.db.sql());
    const auto checkSource = [&](const QString& sourceKey) -> Result<void> {
        if (auto source = reference.sourceByKey(sourceKey); !source)
            return fail(ErrorCode::InvalidInput,
                        tr("There is no lead source “%1”.").arg(sourceKey));
        return {};
    };
    if (key == QLatin1String("intake.providers")) {
        std::vector<std::pair<QString, QString>> pairs;
        for (const QString& line : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto pair = parseProviderSources(line);
            if (pair.empty())
                return fail(ErrorCode::InvalidInput,
                            tr("“%1” is not “provider name=source key”.").arg(line.trimmed()));
            if (auto checked = checkSource(pair.front().second); !checked)
                return std::unexpected(checked.error());
            pairs.push_back(pair.front());
        }
        return formatProviderSources(pairs);
    }
    if (key.endsWith(QLatin1String(".source")) && !value.isEmpty()) {
        if (auto checked = checkSource(value); !checked)
            return std::unexpected(checked.error());
        return value;
    }
    if (key.endsWith(QLatin1String(".campaign")) && !value.isEmpty()) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        auto campaignSource =
            sql::scalar(m_context.db.sql(),
                        QStringLiteral("SELECT source_id FROM campaigns WHERE id = ?"), {id});
        if (!campaignSource)
            return std::unexpected(campaignSource.error());
        if (!ok || !campaignSource->isValid())
            return fail(ErrorCode::InvalidInput, tr("There is no campaign “%1”.").arg(value));
        const QString sourceSetting =
            key.chopped(8) + QStringLiteral("source"); // ".campaign" → ".source"
        auto channelSource = reference.setting(sourceSetting);
        if (!channelSource)
            return std::unexpected(channelSource.error());
        auto source = reference.sourceByKey(*channelSource);
        if (!source || source->id != campaignSource->toLongLong())
            return fail(
                ErrorCode::InvalidInput,
                tr("Campaign %1 belongs to another lead source than the channel's.").arg(id));
        return QString::number(id);
    }
    return value;
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
    auto saved = m_context.db.writeTransaction([&]() -> Result<void> {
        if (auto saved = ReferenceRepository(m_context.db.sql()).setSetting(key, *checked); !saved)
            return saved;
        return audit(m_context, &actor, QStringLiteral("setting.change"),
                     QStringLiteral("settings"), 0,
                     {{QStringLiteral("key"), key},
                      {QStringLiteral("from"), auditedValue(key, *current)},
                      {QStringLiteral("to"), auditedValue(key, *checked)}});
    });
    if (saved && m_context.changes)
        Q_EMIT m_context.changes->pipelineConfigured();
    return saved;
}

} // namespace showroom
