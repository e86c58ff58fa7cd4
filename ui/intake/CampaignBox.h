#pragma once

#include "services/IntakeSources.h"

#include <optional>
#include <vector>

class QComboBox;

namespace showroom {

// The campaign picked beside a lead source: "none", then the campaigns of that source (a
// campaign counts only leads of its own source). Each item's data is the campaign's id; "none"
// has none. Selects `selected` when it is among them, else "none".
void fillCampaignBox(QComboBox* box, const std::vector<CampaignChoice>& campaigns,
                     const QString& sourceKey, std::optional<qint64> selected = std::nullopt);
std::optional<qint64> chosenCampaign(const QComboBox* box);

} // namespace showroom
