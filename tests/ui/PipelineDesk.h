#pragma once

// A showroom for the Today, follow-up and notification tests: two consultants and a manager,
// a clock the test moves (Friday 2025-03-14 09:30 UTC) and the dealership in UTC, so that
// "today", business hours and deadlines do not depend on the machine's time zone.
#include "TestSupport.h"
#include "services/LeadService.h"
#include "services/SettingsService.h"
#include "services/TaskService.h"
#include "shell/Session.h"

#include <catch2/catch.hpp>

namespace showroom::test {

struct PipelineDesk {
    PipelineDesk()
    {
        REQUIRE(
            SettingsService(context())
                .set(data.admin(), QStringLiteral("dealership.time_zone"), QStringLiteral("UTC"))
                .has_value());
    }

    static QDateTime at(int dayOffset, int hour, int minute = 0)
    {
        return QDateTime(QDate(2025, 3, 14).addDays(dayOffset), QTime(hour, minute), Qt::UTC);
    }
    ServiceContext context() { return {data.db(), clock, &data.changes()}; }
    Session session(const User& user) { return Session{data.db(), clock, data.changes(), user}; }

    Lead addLead(const Customer& customer, const User& consultant, const QString& vehicle,
                 const QString& source = QStringLiteral("walk_in"))
    {
        NewLead draft;
        draft.customerId = customer.id;
        draft.sourceKey = source;
        draft.consultantId = consultant.id;
        draft.vehicleInterest = vehicle;
        auto lead = LeadService(context()).create(data.admin(), draft);
        if (!lead)
            FAIL(lead.error().message.toStdString());
        return *lead;
    }

    Task addTask(const Lead& lead, TaskKind kind, const QString& title, const QDateTime& due)
    {
        auto task = TaskService(context()).add(data.admin(), {lead.id, kind, title, due, {}});
        if (!task)
            FAIL(task.error().message.toStdString());
        return *task;
    }

    TestDatabase data;
    ManualClock clock{at(0, 9, 30)};
    User anna = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Albers"),
                             Role::Consultant, kAdminPassword);
    User ben = data.addUser(QStringLiteral("ben"), QStringLiteral("Ben Brandt"), Role::Consultant,
                            kAdminPassword);
    User max = data.addUser(QStringLiteral("max"), QStringLiteral("Max Moser"), Role::Manager,
                            kAdminPassword);
};

} // namespace showroom::test
