#pragma once

#include "Cli.h"
#include "services/LeadIntake.h"

#include <QJsonObject>
#include <optional>

namespace showroom::cli {

// One imported file or message: its records with outcome, reason, customer and lead.
QJsonObject reportJson(const IntakeReport& report);

// --campaign ID: the campaign (none without the option); nullopt, after a message, when it is
// not a number.
std::optional<std::optional<qint64>> campaignArgument(Cli& cli,
                                                      const std::optional<QString>& campaign);

} // namespace showroom::cli
