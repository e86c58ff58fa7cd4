#include "IntakeSources.h"

#include "storage/ReferenceRepository.h"
#include "storage/Sql.h"

namespace showroom {

QString intakeChannelKey(IntakeChannel channel)
{
    return channel == IntakeChannel::Folder ? QStringLiteral("folder") : QStringLiteral("mailbox");
}

std::vector<std::pair<QString, QString>> parseProviderSources(const QString& text)
{
    std::vector<std::pair<QString, QString>> pairs;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString provider = line.left(equals).trimmed();
        const QString source = line.mid(equals + 1).trimmed();
        if (!provider.isEmpty() && !source.isEmpty())
            pairs.emplace_back(provider, source);
    }
    return pairs;
}

QString formatProviderSources(const std::vector<std::pair<QString, QString>>& pairs)
{
    QStringList lines;
    for (const auto& [provider, source] : pairs)
        lines << provider.trimmed() + QLatin1Char('=') + source.trimmed();
    return lines.join(QLatin1Char('\n'));
}

Result<IntakeSources> IntakeSources::load(QSqlDatabase& db)
{
    IntakeSources loaded;
    ReferenceRepository reference(db);
    auto sources = reference.sources();
    if (!sources)
        return std::unexpected(sources.error());
    loaded.m_sources = std::move(*sources);
    auto providers = reference.setting(QStringLiteral("intake.providers"));
    if (!providers)
        return std::unexpected(providers.error());
    for (const auto& [provider, source] : parseProviderSources(*providers))
        loaded.m_providers.insert(provider.toCaseFolded(), source);
    auto campaigns = sql::select(
        db, QStringLiteral("SELECT id, source_id FROM campaigns"), {}, [&](const QSqlQuery& q) {
            loaded.m_campaignSources.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        });
    if (!campaigns)
        return std::unexpected(campaigns.error());
    return loaded;
}

const Source* IntakeSources::byKey(const QString& key) const
{
    for (const Source& s : m_sources)
        if (s.key == key)
            return &s;
    return nullptr;
}

Result<QString> IntakeSources::sourceFor(const IncomingLead& incoming,
                                         const IntakeOptions& options) const
{
    if (!options.sourceKey.isEmpty()) {
        if (!byKey(options.sourceKey))
            return fail(ErrorCode::InvalidInput,
                        tr("There is no lead source \"%1\".").arg(options.sourceKey));
        return options.sourceKey;
    }
    const QString provider = incoming.prospect.providerName.trimmed();
    if (!provider.isEmpty()) {
        const QString mapped = m_providers.value(provider.toCaseFolded());
        if (byKey(mapped))
            return mapped;
        for (const Source& s : m_sources)
            if (s.key.compare(provider, Qt::CaseInsensitive) == 0 ||
                s.name.compare(provider, Qt::CaseInsensitive) == 0)
                return s.key;
    }
    if (byKey(options.channelSourceKey))
        return options.channelSourceKey;
    for (const QString& fallback : incoming.defaultSources)
        if (byKey(fallback))
            return fallback;
    return fail(ErrorCode::InvalidInput, tr("No lead source fits; choose one with --source."));
}

std::optional<qint64> IntakeSources::campaignFor(const QString& sourceKey,
                                                 const IntakeOptions& options) const
{
    const Source* source = byKey(sourceKey);
    if (!options.campaignId || !source ||
        m_campaignSources.value(*options.campaignId, -1) != source->id)
        return std::nullopt;
    return options.campaignId;
}

Result<void> IntakeSources::check(const IntakeOptions& options) const
{
    if (!options.sourceKey.isEmpty() && !byKey(options.sourceKey))
        return fail(ErrorCode::InvalidInput,
                    tr("There is no lead source \"%1\".").arg(options.sourceKey));
    if (!options.channelSourceKey.isEmpty() && !byKey(options.channelSourceKey))
        return fail(ErrorCode::InvalidInput,
                    tr("There is no lead source \"%1\".").arg(options.channelSourceKey));
    if (!options.campaignId)
        return {};
    if (!m_campaignSources.contains(*options.campaignId))
        return fail(ErrorCode::InvalidInput,
                    tr("There is no campaign %1.").arg(*options.campaignId));
    if (!options.sourceKey.isEmpty() && !campaignFor(options.sourceKey, options))
        return fail(ErrorCode::InvalidInput,
                    tr("Campaign %1 belongs to another lead source than \"%2\".")
                        .arg(*options.campaignId)
                        .arg(options.sourceKey));
    return {};
}

Result<std::vector<CampaignChoice>> activeCampaigns(QSqlDatabase& db)
{
    std::vector<CampaignChoice> campaigns;
    auto read = sql::select(db,
                            QStringLiteral("SELECT c.id, s.key, c.name FROM campaigns c JOIN "
                                           "sources s ON s.id = c.source_id WHERE c.active = 1 "
                                           "ORDER BY c.name"),
                            {}, [&](const QSqlQuery& q) {
                                campaigns.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                                     q.value(2).toString()});
                            });
    if (!read)
        return std::unexpected(read.error());
    return campaigns;
}

Result<IntakeOptions> channelOptions(QSqlDatabase& db, IntakeChannel channel)
{
    ReferenceRepository reference(db);
    const QString prefix = QStringLiteral("intake.%1.").arg(intakeChannelKey(channel));
    auto source = reference.setting(prefix + QStringLiteral("source"));
    if (!source)
        return std::unexpected(source.error());
    auto campaign = reference.setting(prefix + QStringLiteral("campaign"));
    if (!campaign)
        return std::unexpected(campaign.error());
    IntakeOptions options;
    options.channelSourceKey = *source;
    bool ok = false;
    if (const qint64 id = campaign->toLongLong(&ok); ok)
        options.campaignId = id;
    return options;
}

} // namespace showroom
