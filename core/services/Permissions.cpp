#include "Permissions.h"

#include <QCoreApplication>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

QString describe(Permission permission)
{
    switch (permission) {
    case Permission::LogVisits:
        return Tr::tr("log showroom visits");
    case Permission::EditCustomers:
        return Tr::tr("edit customers");
    case Permission::MergeCustomers:
        return Tr::tr("merge customers");
    case Permission::CreateLeads:
        return Tr::tr("create leads");
    case Permission::WorkOwnLeads:
        return Tr::tr("work on leads");
    case Permission::WorkAnyLead:
        return Tr::tr("work on other consultants' leads");
    case Permission::AssignLeads:
        return Tr::tr("assign leads");
    case Permission::ApproveLost:
        return Tr::tr("approve lost leads");
    case Permission::LogActivities:
        return Tr::tr("log calls and notes");
    case Permission::CommentAsManager:
        return Tr::tr("comment as manager");
    case Permission::ViewReports:
        return Tr::tr("view reports");
    case Permission::ViewTeamReports:
        return Tr::tr("view every consultant's figures");
    case Permission::ExportReports:
        return Tr::tr("export reports");
    case Permission::ManageUsers:
        return Tr::tr("manage users");
    case Permission::ManageSettings:
        return Tr::tr("change settings");
    case Permission::ManageStock:
        return Tr::tr("manage the vehicle stock");
    case Permission::BookTestDrives:
        return Tr::tr("book test drives");
    }
    return {};
}
} // namespace

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return permission != Permission::ManageUsers;
    case Role::Consultant:
        switch (permission) {
        case Permission::LogVisits:
        case Permission::EditCustomers:
        case Permission::CreateLeads:
        case Permission::WorkOwnLeads:
        case Permission::LogActivities:
        case Permission::BookTestDrives:
        case Permission::ViewReports:
            return true;
        default:
            return false;
        }
    case Role::Receptionist:
        switch (permission) {
        case Permission::LogVisits:
        case Permission::EditCustomers:
        case Permission::CreateLeads:
        case Permission::LogActivities:
        case Permission::BookTestDrives:
            return true;
        default:
            return false;
        }
    }
    return false;
}

Result<void> require(const User& actor, Permission permission)
{
    if (actor.active && roleAllows(actor.role, permission))
        return {};
    return fail(ErrorCode::PermissionDenied,
                Tr::tr("%1 is not allowed to %2.").arg(actor.displayName, describe(permission)));
}

} // namespace showroom
