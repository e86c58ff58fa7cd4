#pragma once

#include "Error.h"
#include "domain/User.h"

namespace showroom {

enum class Permission {
    LogVisits, // reception desk: walk-ins and hotline calls
    EditCustomers,
    MergeCustomers,
    CreateLeads,
    WorkOwnLeads, // move, log activities on own and unassigned leads
    WorkAnyLead,  // move any lead, reopen closed ones
    AssignLeads,
    ApproveLost,
    LogActivities,
    CommentAsManager,
    ViewReports,     // own figures; consultants, managers, admins
    ViewTeamReports, // every consultant's figures
    ExportReports,
    ManageUsers,
    ManageSettings,
    ManageStock,    // add, edit and import vehicles
    BookTestDrives, // reserve a test-drive car for a lead
};

bool roleAllows(Role role, Permission permission);

// PermissionDenied naming the user and what was refused, when the role lacks the permission.
Result<void> require(const User& actor, Permission permission);

} // namespace showroom
