// activity add; task add | done; today
#include "Cli.h"
#include "Commands.h"
#include "services/ActivityService.h"
#include "services/LeadService.h"
#include "services/TaskService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TaskCommands)
};

QJsonObject taskJson(const Task& task)
{
    return {{QStringLiteral("id"), task.id},
            {QStringLiteral("lead_id"), idOrNull(task.leadId)},
            {QStringLiteral("customer_id"), idOrNull(task.customerId)},
            {QStringLiteral("assignee_id"), idOrNull(task.assigneeId)},
            {QStringLiteral("kind"), taskKindKey(task.kind)},
            {QStringLiteral("title"), task.title},
            {QStringLiteral("due_at"), task.dueAt.toString(Qt::ISODate)},
            {QStringLiteral("done_at"),
             task.done() ? QJsonValue(task.doneAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("result"), task.result},
            {QStringLiteral("rule"), task.rule},
            {QStringLiteral("manager_comment"), task.managerComment},
            {QStringLiteral("version"), task.version}};
}

QJsonArray rowsJson(const std::vector<TaskRow>& rows)
{
    QJsonArray array;
    for (const TaskRow& row : rows) {
        QJsonObject object = taskJson(row.task);
        object.insert(QStringLiteral("customer"), row.customerName);
        object.insert(QStringLiteral("vehicle_interest"), row.vehicleInterest);
        object.insert(QStringLiteral("assignee"), row.assigneeName);
        array.append(object);
    }
    return array;
}

int addActivity(Cli& cli)
{
    Arguments& args = cli.args();
    const auto leadId = parseId(args.takePositional());
    const auto kindText = args.takeOption(QStringLiteral("--kind"));
    const auto outcome = args.takeOption(QStringLiteral("--outcome"));
    const auto direction = args.takeOption(QStringLiteral("--direction"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!leadId || !kindText || !outcome)
        return cli.failWith(Tr::tr("activity add needs LEAD_ID --kind KIND --outcome TEXT"), Usage);
    const auto kind = activityKindFromKey(*kindText);
    if (!kind || *kind == ActivityKind::Offer || *kind == ActivityKind::ManagerComment)
        return cli.failWith(
            Tr::tr("--kind is one of call, email, sms, visit, note, test_drive, not “%1”")
                .arg(*kindText),
            Usage);
    Activity activity;
    activity.kind = *kind;
    activity.leadId = *leadId;
    activity.body = *outcome;
    if (direction == QLatin1String("in"))
        activity.direction = Direction::Inbound;
    else if (direction == QLatin1String("out"))
        activity.direction = Direction::Outbound;
    else if (direction)
        return cli.failWith(Tr::tr("--direction is in or out, not “%1”").arg(*direction), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    LeadService leads(cli.context());
    auto lead = leads.get(*leadId);
    if (!lead)
        return cli.failWith(lead.error());
    activity.customerId = lead->customerId;
    auto logged = ActivityService(cli.context()).log(*actor, activity);
    if (!logged)
        return cli.failWith(logged.error());
    auto after = leads.get(*leadId);
    if (!after)
        return cli.failWith(after.error());
    if (json) {
        cli.printJson(
            QJsonObject{{QStringLiteral("id"), logged->id},
                        {QStringLiteral("kind"), activityKindKey(logged->kind)},
                        {QStringLiteral("occurred_at"), logged->occurredAt.toString(Qt::ISODate)},
                        {QStringLiteral("lead"), leadJson(*after)}});
    } else if (after->firstResponseMinutes && !lead->firstResponseAt.isValid()) {
        cli.print(Tr::tr("Activity %1 logged; the first response on lead %2 took %n business "
                         "minute(s)",
                         nullptr, *after->firstResponseMinutes)
                      .arg(logged->id)
                      .arg(*leadId));
    } else {
        cli.print(Tr::tr("Activity %1 logged on lead %2").arg(logged->id).arg(*leadId));
    }
    return Ok;
}

int addTask(Cli& cli)
{
    Arguments& args = cli.args();
    const auto leadId = parseId(args.takePositional());
    const auto dueText = args.takeOption(QStringLiteral("--due"));
    const auto title = args.takeOption(QStringLiteral("--title"));
    const QString kindText =
        args.takeOption(QStringLiteral("--kind")).value_or(QStringLiteral("follow_up"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!leadId || !dueText || !title)
        return cli.failWith(Tr::tr("task add needs LEAD_ID --due DATE_TIME --title TEXT"), Usage);
    const auto due = parseDateTime(dueText);
    if (!due)
        return cli.failWith(Tr::tr("--due needs an ISO 8601 date and time like 2026-11-24T10:00, "
                                   "not “%1”")
                                .arg(*dueText),
                            Usage);
    const auto kind = taskKindFromKey(kindText);
    if (!kind)
        return cli.failWith(Tr::tr("--kind is one of follow_up, call_back, appointment, "
                                   "test_drive, other, not “%1”")
                                .arg(kindText),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    NewTask draft;
    draft.leadId = *leadId;
    draft.kind = *kind;
    draft.title = *title;
    draft.dueAt = *due;
    auto task = TaskService(cli.context()).add(*actor, draft);
    if (!task)
        return cli.failWith(task.error());
    if (json)
        cli.printJson(taskJson(*task));
    else
        cli.print(QString::number(task->id));
    return Ok;
}

int completeTask(Cli& cli)
{
    const auto taskId = parseId(cli.args().takePositional());
    const auto result = cli.args().takeOption(QStringLiteral("--result"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!taskId || !result)
        return cli.failWith(Tr::tr("task done needs TASK_ID --result TEXT: what came of it"),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto task = TaskService(cli.context()).complete(*actor, *taskId, *result);
    if (!task)
        return cli.failWith(task.error());
    if (json)
        cli.printJson(taskJson(*task));
    else
        cli.print(Tr::tr("Task %1 is done").arg(task->id));
    return Ok;
}

void printRows(Cli& cli, const QString& heading, const std::vector<TaskRow>& rows)
{
    cli.print(heading);
    for (const TaskRow& row : rows)
        cli.print(
            Tr::tr("  #%1 %2  %3 — %4")
                .arg(row.task.id)
                .arg(row.task.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     row.task.title, row.customerName));
}

} // namespace

int runActivity(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addActivity(cli);
    return cli.failWith(Tr::tr("activity needs add"), Usage);
}

int runTask(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addTask(cli);
    if (action == QLatin1String("done"))
        return completeTask(cli);
    return cli.failWith(Tr::tr("task needs add or done"), Usage);
}

int runToday(Cli& cli)
{
    const auto consultant = cli.args().takeOption(QStringLiteral("--consultant"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    std::optional<qint64> userId; // without --consultant: everyone's
    if (consultant) {
        userId = cli.userIdByLogin(*consultant);
        if (!userId)
            return Failed;
    }
    auto today = TaskService(cli.context()).today(userId);
    if (!today)
        return cli.failWith(today.error());
    if (json) {
        cli.printJson(QJsonObject{{QStringLiteral("overdue"), rowsJson(today->overdue)},
                                  {QStringLiteral("due_today"), rowsJson(today->dueToday)},
                                  {QStringLiteral("appointments"), rowsJson(today->appointments)}});
        return Ok;
    }
    printRows(cli, Tr::tr("Overdue: %1").arg(today->overdue.size()), today->overdue);
    printRows(cli, Tr::tr("Due today: %1").arg(today->dueToday.size()), today->dueToday);
    printRows(cli, Tr::tr("Appointments: %1").arg(today->appointments.size()), today->appointments);
    return Ok;
}

} // namespace showroom::cli
