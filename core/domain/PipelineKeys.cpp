// Stable text keys of the pipeline's enums (tasks, notifications).
#include "domain/KeyTable.h"
#include "domain/Notification.h"
#include "domain/Task.h"

namespace showroom {

namespace {
using keys::KeyTable;

constexpr KeyTable<TaskKind, 5> kTaskKinds{{{TaskKind::FollowUp, "follow_up"},
                                            {TaskKind::CallBack, "call_back"},
                                            {TaskKind::Appointment, "appointment"},
                                            {TaskKind::TestDrive, "test_drive"},
                                            {TaskKind::Other, "other"}}};
constexpr KeyTable<NotificationKind, 12> kNotificationKinds{
    {{NotificationKind::ResponseReminder, "response_reminder"},
     {NotificationKind::ResponseEscalation, "response_escalation"},
     {NotificationKind::Assigned, "assigned"},
     {NotificationKind::LostRequested, "lost_requested"},
     {NotificationKind::LostApproved, "lost_approved"},
     {NotificationKind::LostReturned, "lost_returned"},
     {NotificationKind::Requeued, "requeued"},
     {NotificationKind::ManagerComment, "manager_comment"},
     {NotificationKind::DeliveryDue, "delivery_due"},
     {NotificationKind::DeliveryOverdue, "delivery_overdue"},
     {NotificationKind::StepDue, "step_due"},
     {NotificationKind::StepOverdue, "step_overdue"}}};
} // namespace

QString taskKindKey(TaskKind kind)
{
    return keys::keyOf(kTaskKinds, kind);
}
std::optional<TaskKind> taskKindFromKey(const QString& key)
{
    return keys::valueOf(kTaskKinds, key);
}
QString notificationKindKey(NotificationKind kind)
{
    return keys::keyOf(kNotificationKinds, kind);
}
std::optional<NotificationKind> notificationKindFromKey(const QString& key)
{
    return keys::valueOf(kNotificationKinds, key);
}

} // namespace showroom
