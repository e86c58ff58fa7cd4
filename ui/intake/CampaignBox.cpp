#include "CampaignBox.h"

#include <QComboBox>
#include <QCoreApplication>

namespace showroom {

void fillCampaignBox(QComboBox* box, const std::vector<CampaignChoice>& campaigns,
                     const QString& sourceKey, std::optional<qint64> selected)
{
    box->clear();
    box->addItem(QCoreApplication::translate("showroom::CampaignBox", "none"));
    for (const CampaignChoice& c : campaigns)
        if (!sourceKey.isEmpty() && c.sourceKey == sourceKey)
            box->addItem(c.name, c.id);
    if (selected)
        box->setCurrentIndex(std::max(0, box->findData(*selected)));
}

std::optional<qint64> chosenCampaign(const QComboBox* box)
{
    const QVariant id = box->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

} // namespace showroom
