// lead add | move | show (the pipeline decisions are in PipelineCommands.cpp)
#include "Cli.h"
#include "Commands.h"
#include "services/LeadService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject leadJson(const Lead& lead)
{
    return {{QStringLiteral("id"), lead.id},
            {QStringLiteral("customer_id"), lead.customerId},
            {QStringLiteral("stage"), lead.stageKey},
            {QStringLiteral("consultant_id"),
             lead.consultantId ? QJsonValue(*lead.consultantId) : QJsonValue()},
            {QStringLiteral("tier"), tierKey(lead.tier)},
            {QStringLiteral("vehicle_interest"), lead.vehicleInterest},
            {QStringLiteral("created_at"), lead.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("response_due_at"), lead.responseDueAt.toString(Qt::ISODate)},
            {QStringLiteral("first_response_at"), timeOrNull(lead.firstResponseAt)},
            {QStringLiteral("first_response_minutes"),
             lead.firstResponseMinutes ? QJsonValue(*lead.firstResponseMinutes) : QJsonValue()},
            {QStringLiteral("next_follow_up_at"), timeOrNull(lead.nextFollowUpAt)},
            {QStringLiteral("lost_status"), lostStatusKey(lead.lostStatus)},
            {QStringLiteral("lost_return_note"), lead.lostReturnNote},
            {QStringLiteral("closed_at"), timeOrNull(lead.closedAt)},
            {QStringLiteral("version"), lead.version}};
}

namespace {

int addLead(Cli& cli)
{
    const auto customer = parseId(cli.args().takeOption(QStringLiteral("--customer")));
    const auto source = cli.args().takeOption(QStringLiteral("--source"));
    const auto consultantLogin = cli.args().takeOption(QStringLiteral("--consultant"));
    const auto interest = cli.args().takeOption(QStringLiteral("--interest"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!customer || !source)
        return cli.failWith(QStringLiteral("lead add needs --customer ID and --source NAME"),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    NewLead draft;
    draft.customerId = *customer;
    draft.sourceKey = *source;
    draft.vehicleInterest = interest.value_or(QString());
    if (consultantLogin) {
        draft.consultantId = cli.userIdByLogin(*consultantLogin);
        if (!draft.consultantId)
            return Failed;
    }
    auto lead = LeadService(cli.context()).create(*actor, draft);
    if (!lead)
        return cli.failWith(lead.error());
    if (json)
        cli.printJson(leadJson(*lead));
    else
        cli.print(QString::number(lead->id));
    return Ok;
}

int moveLead(Cli& cli)
{
    const auto lead = parseId(cli.args().takePositional());
    const auto stage = cli.args().takePositional();
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!lead || !stage)
        return cli.failWith(QStringLiteral("lead move needs LEAD_ID STAGE_KEY"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto moved = LeadService(cli.context()).moveStage(*actor, *lead, *stage);
    if (!moved)
        return cli.failWith(moved.error());
    if (json)
        cli.printJson(leadJson(*moved));
    else
        cli.print(QStringLiteral("Lead %1 is now in %2").arg(moved->id).arg(moved->stageKey));
    return Ok;
}

int showLead(Cli& cli)
{
    const auto leadId = parseId(cli.args().takePositional());
    if (!leadId)
        return cli.failWith(QStringLiteral("lead show needs LEAD_ID"), Usage);
    cli.args().takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    LeadService leads(cli.context());
    auto lead = leads.get(*leadId);
    if (!lead)
        return cli.failWith(lead.error());
    auto history = leads.history(*leadId);
    if (!history)
        return cli.failWith(history.error());
    QJsonObject object = leadJson(*lead);
    object.insert(QStringLiteral("history_entries"), qint64(history->size()));
    cli.printJson(object);
    return Ok;
}

} // namespace

int runLead(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addLead(cli);
    if (action == QLatin1String("move"))
        return moveLead(cli);
    if (action == QLatin1String("show"))
        return showLead(cli);
    if (const int done = runLeadDecision(cli, action.value_or(QString())); done >= 0)
        return done;
    return cli.failWith(QStringLiteral("lead needs add, move, show, assign, take, lose, "
                                       "approve-lost, return or reopen"),
                        Usage);
}

} // namespace showroom::cli
