#pragma once

#include "Error.h"
#include "domain/Stage.h"
#include "services/LeadIntake.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace showroom {

// The ways leads arrive by themselves, each attributed to a lead source and optionally a
// campaign (settings intake.<channel>.source and .campaign).
enum class IntakeChannel { Folder, Mailbox };

QString intakeChannelKey(IntakeChannel channel); // folder, mailbox

// "Cars.com=portal" lines: ADF provider names and the source key each maps to.
std::vector<std::pair<QString, QString>> parseProviderSources(const QString& text);
QString formatProviderSources(const std::vector<std::pair<QString, QString>>& pairs);

// Which lead source and campaign an arriving record gets, read once per import:
//  1. the source chosen by hand (IntakeOptions::sourceKey);
//  2. the source the ADF provider name maps to (setting intake.providers);
//  3. the source whose key or name is the provider name;
//  4. the channel's source (IntakeOptions::channelSourceKey);
//  5. the format's usual source (portal for ADF, event for vCards, ...).
// The campaign applies only to leads of the campaign's own source.
class IntakeSources {
    Q_DECLARE_TR_FUNCTIONS(IntakeSources)

public:
    static Result<IntakeSources> load(QSqlDatabase& db);

    Result<QString> sourceFor(const IncomingLead& incoming, const IntakeOptions& options) const;
    std::optional<qint64> campaignFor(const QString& sourceKey, const IntakeOptions& options) const;
    // Refuses options naming a source or campaign that does not exist, or a campaign of
    // another source than the one chosen by hand.
    Result<void> check(const IntakeOptions& options) const;

private:
    const Source* byKey(const QString& key) const;

    std::vector<Source> m_sources;
    QHash<QString, QString> m_providers;     // provider name, case-folded → source key
    QHash<qint64, qint64> m_campaignSources; // campaign → its source
};

// A campaign a channel's leads can be attributed to.
struct CampaignChoice {
    qint64 id = 0;
    QString sourceKey; // the source whose leads it counts
    QString name;
};
// The active campaigns, by name.
Result<std::vector<CampaignChoice>> activeCampaigns(QSqlDatabase& db);

// The options of a channel from its settings: its source as the fallback and its campaign.
Result<IntakeOptions> channelOptions(QSqlDatabase& db, IntakeChannel channel);

} // namespace showroom
