// Stable text keys for enums, as stored in the database and used by the CLI.
#include "domain/Activity.h"
#include "domain/ConsentEvent.h"
#include "domain/ContactPerson.h"
#include "domain/Customer.h"
#include "domain/KeyTable.h"
#include "domain/Lead.h"
#include "domain/Role.h"
#include "domain/Stage.h"
#include "domain/Timeline.h"
#include "domain/Visit.h"

namespace showroom {

namespace {

using keys::keyOf;
using keys::KeyTable;
using keys::valueOf;

constexpr KeyTable<Role, 4> kRoles{{{Role::Receptionist, "receptionist"},
                                    {Role::Consultant, "consultant"},
                                    {Role::Manager, "manager"},
                                    {Role::Admin, "admin"}}};
constexpr KeyTable<CustomerKind, 2> kCustomerKinds{
    {{CustomerKind::Person, "person"}, {CustomerKind::Company, "company"}}};
constexpr KeyTable<Tier, 3> kTiers{
    {{Tier::High, "high"}, {Tier::Value, "value"}, {Tier::General, "general"}}};
constexpr KeyTable<StageKind, 3> kStageKinds{
    {{StageKind::Open, "open"}, {StageKind::Won, "won"}, {StageKind::Lost, "lost"}}};
constexpr KeyTable<LostStatus, 4> kLostStatuses{{{LostStatus::None, "none"},
                                                 {LostStatus::Pending, "pending"},
                                                 {LostStatus::Approved, "approved"},
                                                 {LostStatus::Rejected, "rejected"}}};
constexpr KeyTable<ActivityKind, 8> kActivityKinds{
    {{ActivityKind::Call, "call"},
     {ActivityKind::Visit, "visit"},
     {ActivityKind::TestDrive, "test_drive"},
     {ActivityKind::Email, "email"},
     {ActivityKind::Sms, "sms"},
     {ActivityKind::Note, "note"},
     {ActivityKind::Offer, "offer"},
     {ActivityKind::ManagerComment, "manager_comment"}}};
constexpr KeyTable<VisitPurpose, 5> kVisitPurposes{{{VisitPurpose::NewCar, "new_car"},
                                                    {VisitPurpose::UsedCar, "used_car"},
                                                    {VisitPurpose::Service, "service"},
                                                    {VisitPurpose::Pickup, "pickup"},
                                                    {VisitPurpose::Other, "other"}}};
constexpr KeyTable<VisitChannel, 2> kVisitChannels{
    {{VisitChannel::WalkIn, "walk_in"}, {VisitChannel::Phone, "phone"}}};
constexpr KeyTable<ContactRole, 4> kContactRoles{{{ContactRole::DecisionMaker, "decision_maker"},
                                                  {ContactRole::VehicleUser, "vehicle_user"},
                                                  {ContactRole::Driver, "driver"},
                                                  {ContactRole::Other, "other"}}};
constexpr KeyTable<ConsentChannel, 3> kConsentChannelKeys{{{ConsentChannel::Email, "email"},
                                                           {ConsentChannel::Sms, "sms"},
                                                           {ConsentChannel::Phone, "phone"}}};
constexpr KeyTable<TimelineKind, 13> kTimelineKinds{
    {{TimelineKind::Visit, "visit"},
     {TimelineKind::Call, "call"},
     {TimelineKind::TestDrive, "test_drive"},
     {TimelineKind::Email, "email"},
     {TimelineKind::Sms, "sms"},
     {TimelineKind::Note, "note"},
     {TimelineKind::Offer, "offer"},
     {TimelineKind::ManagerComment, "manager_comment"},
     {TimelineKind::LeadCreated, "lead_created"},
     {TimelineKind::StageChange, "stage_change"},
     {TimelineKind::DealSigned, "deal_signed"},
     {TimelineKind::Delivery, "delivery"},
     {TimelineKind::Consent, "consent"}}};

} // namespace

QString visitPurposeKey(VisitPurpose purpose)
{
    return keyOf(kVisitPurposes, purpose);
}
std::optional<VisitPurpose> visitPurposeFromKey(const QString& key)
{
    return valueOf(kVisitPurposes, key);
}
QString visitChannelKey(VisitChannel channel)
{
    return keyOf(kVisitChannels, channel);
}
std::optional<VisitChannel> visitChannelFromKey(const QString& key)
{
    return valueOf(kVisitChannels, key);
}

QString contactRoleKey(ContactRole role)
{
    return keyOf(kContactRoles, role);
}
std::optional<ContactRole> contactRoleFromKey(const QString& key)
{
    return valueOf(kContactRoles, key);
}
QString consentChannelKey(ConsentChannel channel)
{
    return keyOf(kConsentChannelKeys, channel);
}
std::optional<ConsentChannel> consentChannelFromKey(const QString& key)
{
    return valueOf(kConsentChannelKeys, key);
}
QString timelineKindKey(TimelineKind kind)
{
    return keyOf(kTimelineKinds, kind);
}
std::optional<TimelineKind> timelineKindFromKey(const QString& key)
{
    return valueOf(kTimelineKinds, key);
}
TimelineKind timelineKindOf(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return TimelineKind::Call;
    case ActivityKind::Visit:
        return TimelineKind::Visit;
    case ActivityKind::TestDrive:
        return TimelineKind::TestDrive;
    case ActivityKind::Email:
        return TimelineKind::Email;
    case ActivityKind::Sms:
        return TimelineKind::Sms;
    case ActivityKind::Note:
        return TimelineKind::Note;
    case ActivityKind::Offer:
        return TimelineKind::Offer;
    case ActivityKind::ManagerComment:
        return TimelineKind::ManagerComment;
    }
    return TimelineKind::Note;
}

QString roleKey(Role role)
{
    return keyOf(kRoles, role);
}
std::optional<Role> roleFromKey(const QString& key)
{
    return valueOf(kRoles, key);
}
QString customerKindKey(CustomerKind kind)
{
    return keyOf(kCustomerKinds, kind);
}
std::optional<CustomerKind> customerKindFromKey(const QString& key)
{
    return valueOf(kCustomerKinds, key);
}
QString tierKey(Tier tier)
{
    return keyOf(kTiers, tier);
}
std::optional<Tier> tierFromKey(const QString& key)
{
    return valueOf(kTiers, key);
}
QString stageKindKey(StageKind kind)
{
    return keyOf(kStageKinds, kind);
}
std::optional<StageKind> stageKindFromKey(const QString& key)
{
    return valueOf(kStageKinds, key);
}
QString lostStatusKey(LostStatus status)
{
    return keyOf(kLostStatuses, status);
}
std::optional<LostStatus> lostStatusFromKey(const QString& key)
{
    return valueOf(kLostStatuses, key);
}
QString activityKindKey(ActivityKind kind)
{
    return keyOf(kActivityKinds, kind);
}
std::optional<ActivityKind> activityKindFromKey(const QString& key)
{
    return valueOf(kActivityKinds, key);
}

bool isCustomerContact(ActivityKind kind)
{
    return kind == ActivityKind::Call || kind == ActivityKind::Email || kind == ActivityKind::Sms ||
           kind == ActivityKind::Visit || kind == ActivityKind::TestDrive;
}

QStringList Customer::addressLines() const
{
    QStringList lines;
    if (!street.trimmed().isEmpty())
        lines << street.trimmed();
    const QString town = (postalCode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
    if (!town.isEmpty())
        lines << town;
    return lines;
}

QString Customer::displayName() const
{
    if (kind == CustomerKind::Company && !companyName.isEmpty())
        return companyName;
    if (firstName.isEmpty() && lastName.isEmpty())
        return email.isEmpty() ? phone : email;
    if (lastName.isEmpty())
        return firstName;
    if (firstName.isEmpty())
        return lastName;
    return lastName + QStringLiteral(", ") + firstName;
}

} // namespace showroom
