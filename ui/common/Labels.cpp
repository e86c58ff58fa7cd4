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

namespace {
// A default row keeps its translation until someone renames it; then the new name shows.
QString shipped(const QString& storedName, const char* english, const QString& translated)
{
    return storedName.isEmpty() || storedName == QLatin1String(english) ? translated : storedName;
}
} // namespace

QString Labels::stage(const QString& key, const QString& storedName)
{
    if (key == QLatin1String("unassigned"))
        return shipped(storedName, "Unassigned", tr("Unassigned"));
    if (key == QLatin1String("assigned"))
        return shipped(storedName, "Assigned", tr("Assigned"));
    if (key == QLatin1String("contacted"))
        return shipped(storedName, "Contacted", tr("Contacted"));
    if (key == QLatin1String("needs"))
        return shipped(storedName, "Needs & car selection", tr("Needs & car selection"));
    if (key == QLatin1String("offer"))
        return shipped(storedName, "Offer", tr("Offer"));
    if (key == QLatin1String("negotiation"))
        return shipped(storedName, "Negotiation", tr("Negotiation"));
    if (key == QLatin1String("won"))
        return shipped(storedName, "Won", tr("Won"));
    if (key == QLatin1String("lost"))
        return shipped(storedName, "Lost", tr("Lost"));
    return storedName.isEmpty() ? key : storedName;
}

QString Labels::stage(const Stage& stage)
{
    return Labels::stage(stage.key, stage.name);
}

QString Labels::lostReason(const QString& key, const QString& storedName)
{
    if (key == QLatin1String("price"))
        return shipped(storedName, "Price", tr("Price"));
    if (key == QLatin1String("credit_terms"))
        return shipped(storedName, "Credit terms", tr("Credit terms"));
    if (key == QLatin1String("test_drive"))
        return shipped(storedName, "Test drive impression", tr("Test drive impression"));
    if (key == QLatin1String("bought_elsewhere"))
        return shipped(storedName, "Bought elsewhere", tr("Bought elsewhere"));
    if (key == QLatin1String("no_stock"))
        return shipped(storedName, "No stock / colour", tr("No stock / colour"));
    if (key == QLatin1String("delivery_time"))
        return shipped(storedName, "Delivery time", tr("Delivery time"));
    if (key == QLatin1String("trade_in_value"))
        return shipped(storedName, "Trade-in value", tr("Trade-in value"));
    if (key == QLatin1String("unreachable"))
        return shipped(storedName, "Unreachable", tr("Unreachable"));
    if (key == QLatin1String("just_browsing"))
        return shipped(storedName, "Just browsing", tr("Just browsing"));
    if (key == QLatin1String("other"))
        return shipped(storedName, "Other", tr("Other"));
    return storedName.isEmpty() ? key : storedName;
}

QString Labels::lostReason(const LostReason& reason)
{
    return lostReason(reason.key, reason.name);
}

QString Labels::assignmentMode(AssignmentMode mode)
{
    switch (mode) {
    case AssignmentMode::Manual:
        return tr("Manual");
    case AssignmentMode::RoundRobin:
        return tr("Round robin");
    case AssignmentMode::Weighted:
        return tr("Weighted shares");
    case AssignmentMode::Pool:
        return tr("Shared pool");
    }
    return assignmentModeKey(mode);
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
