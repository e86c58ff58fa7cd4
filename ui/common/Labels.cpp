#include "Labels.h"

namespace showroom {

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return tr("Receptionist");
    case Role::Consultant:
        return tr("Sales consultant");
    case Role::Manager:
        return tr("Sales manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return roleKey(role);
}

QString Labels::storageMode(StorageMode mode)
{
    return mode == StorageMode::Shared ? tr("shared") : tr("local");
}

QString Labels::stage(const QString& key, const QString& storedName)
{
    if (key == QLatin1String("unassigned"))
        return tr("Unassigned");
    if (key == QLatin1String("assigned"))
        return tr("Assigned");
    if (key == QLatin1String("contacted"))
        return tr("Contacted");
    if (key == QLatin1String("needs"))
        return tr("Needs & car selection");
    if (key == QLatin1String("offer"))
        return tr("Offer");
    if (key == QLatin1String("negotiation"))
        return tr("Negotiation");
    if (key == QLatin1String("won"))
        return tr("Won");
    if (key == QLatin1String("lost"))
        return tr("Lost");
    return storedName.isEmpty() ? key : storedName;
}

QString Labels::visitPurpose(VisitPurpose purpose)
{
    switch (purpose) {
    case VisitPurpose::NewCar:
        return tr("New car");
    case VisitPurpose::UsedCar:
        return tr("Used car");
    case VisitPurpose::Service:
        return tr("Service");
    case VisitPurpose::Pickup:
        return tr("Pick-up / delivery");
    case VisitPurpose::Other:
        return tr("Other");
    }
    return visitPurposeKey(purpose);
}

} // namespace showroom
