// board; lead assign | take | lose | approve-lost | return | reopen; rules run
#include "Cli.h"
#include "Commands.h"
#include "services/BoardService.h"
#include "services/LeadService.h"
#include "services/LostService.h"
#include "services/PipelineConfigService.h"
#include "services/RuleService.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PipelineCommands)
};

// The user with this login, read without signing in; prints the reason when there is none.
std::optional<User> userByLogin(Cli& cli, const QString& login)
{
    auto users = UserService(cli.context()).users();
    if (!users) {
        cli.failWith(users.error());
        return std::nullopt;
    }
    for (const User& user : *users)
        if (user.login.compare(login, Qt::CaseInsensitive) == 0)
            return user;
    cli.failWith(Tr::tr("there is no user %1").arg(login));
    return std::nullopt;
}

QJsonObject columnJson(const BoardColumn& column)
{
    QJsonArray ids;
    for (qint64 id : column.leadIds)
        ids.append(id);
    return {{QStringLiteral("stage"), column.stage.key},
            {QStringLiteral("name"), column.stage.name},
            {QStringLiteral("count"), qint64(column.leadIds.size())},
            {QStringLiteral("total_value_cents"), column.totalValueCents},
            {QStringLiteral("lead_ids"), ids}};
}

// Reads LEAD_ID, runs `decide` as the signed-in user and prints the lead (JSON or `said`).
int decide(Cli& cli, const QString& usage,
           const std::function<Result<Lead>(const User&, qint64)>& work,
           const std::function<QString(const Lead&)>& said)
{
    const auto leadId = parseId(cli.args().takePositional());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!leadId)
        return cli.failWith(usage, Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto lead = work(*actor, *leadId);
    if (!lead)
        return cli.failWith(lead.error());
    if (json)
        cli.printJson(leadJson(*lead));
    else
        cli.print(said(*lead));
    return Ok;
}

int assignLead(Cli& cli)
{
    const auto leadId = parseId(cli.args().takePositional());
    const auto login = cli.args().takePositional();
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!leadId || !login)
        return cli.failWith(Tr::tr("lead assign needs LEAD_ID CONSULTANT_LOGIN"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    const auto consultantId = cli.userIdByLogin(*login);
    if (!consultantId)
        return Failed;
    auto lead = LeadService(cli.context()).assign(*actor, *leadId, *consultantId);
    if (!lead)
        return cli.failWith(lead.error());
    if (json)
        cli.printJson(leadJson(*lead));
    else
        cli.print(Tr::tr("Lead %1 is now with %2 in %3").arg(lead->id).arg(*login, lead->stageKey));
    return Ok;
}

int loseLead(Cli& cli)
{
    const auto reason = cli.args().takeOption(QStringLiteral("--reason"));
    const QString comment = cli.args().takeOption(QStringLiteral("--comment")).value_or(QString());
    if (!reason) {
        // The reasons are configurable: name the ones this database knows.
        QStringList keys;
        if (cli.openDatabase())
            if (auto reasons = PipelineConfigService(cli.context()).lostReasons())
                for (const LostReason& known : *reasons)
                    if (known.active)
                        keys << known.key;
        const QString usage =
            Tr::tr("lead lose needs LEAD_ID and --reason KEY: the reason is never optional");
        return cli.failWith(
            keys.isEmpty() ? usage
                           : Tr::tr("%1 (reasons: %2)").arg(usage, keys.join(QStringLiteral(", "))),
            Usage);
    }
    return decide(
        cli, Tr::tr("lead lose needs LEAD_ID and --reason KEY"),
        [&](const User& actor, qint64 id) {
            return LostService(cli.context()).request(actor, id, *reason, comment);
        },
        [](const Lead& lead) {
            return lead.lostStatus == LostStatus::Pending
                       ? Tr::tr("Lead %1 waits for a manager to approve “lost”").arg(lead.id)
                       : Tr::tr("Lead %1 is lost").arg(lead.id);
        });
}

} // namespace

int runLeadDecision(Cli& cli, const QString& action)
{
    if (action == QLatin1String("assign"))
        return assignLead(cli);
    if (action == QLatin1String("take"))
        return decide(
            cli, Tr::tr("lead take needs LEAD_ID"),
            [&](const User& actor, qint64 id) {
                return LeadService(cli.context()).take(actor, id);
            },
            [](const Lead& lead) { return Tr::tr("Lead %1 is now yours").arg(lead.id); });
    if (action == QLatin1String("lose"))
        return loseLead(cli);
    if (action == QLatin1String("approve-lost"))
        return decide(
            cli, Tr::tr("lead approve-lost needs LEAD_ID"),
            [&](const User& actor, qint64 id) {
                return LostService(cli.context()).approve(actor, id);
            },
            [](const Lead& lead) { return Tr::tr("Lead %1 is lost").arg(lead.id); });
    if (action == QLatin1String("return")) {
        const auto comment = cli.args().takeOption(QStringLiteral("--comment"));
        if (!comment)
            return cli.failWith(Tr::tr("lead return needs LEAD_ID and --comment TEXT: the "
                                       "consultant reads why the lead is not lost"),
                                Usage);
        return decide(
            cli, Tr::tr("lead return needs LEAD_ID and --comment TEXT"),
            [&](const User& actor, qint64 id) {
                return LostService(cli.context()).returnToConsultant(actor, id, *comment);
            },
            [](const Lead& lead) {
                return Tr::tr("Lead %1 went back to its consultant in %2")
                    .arg(lead.id)
                    .arg(lead.stageKey);
            });
    }
    if (action == QLatin1String("reopen")) {
        const QString stage = cli.args().takeOption(QStringLiteral("--stage")).value_or(QString());
        return decide(
            cli, Tr::tr("lead reopen needs LEAD_ID [--stage KEY]"),
            [&](const User& actor, qint64 id) {
                return LostService(cli.context()).reopen(actor, id, stage);
            },
            [](const Lead& lead) {
                return Tr::tr("Lead %1 is open again in %2").arg(lead.id).arg(lead.stageKey);
            });
    }
    return -1;
}

int runBoard(Cli& cli)
{
    const auto consultant = cli.args().takeOption(QStringLiteral("--consultant"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    User viewer; // without --consultant: everyone's leads, as a manager sees them
    viewer.role = Role::Manager;
    if (consultant) {
        const auto user = userByLogin(cli, *consultant);
        if (!user)
            return Failed;
        viewer = *user;
    }
    auto data = BoardService(cli.context()).load(viewer);
    if (!data)
        return cli.failWith(data.error());
    const std::vector<BoardColumn> columns = BoardService::arrange(*data);
    if (json) {
        QJsonArray array;
        for (const BoardColumn& column : columns)
            array.append(columnJson(column));
        cli.printJson(QJsonObject{{QStringLiteral("columns"), array}});
        return Ok;
    }
    for (const BoardColumn& column : columns)
        cli.print(Tr::tr("%1: %n lead(s), %2 in total", nullptr, int(column.leadIds.size()))
                      .arg(column.stage.name)
                      .arg(QString::number(double(column.totalValueCents) / 100.0, 'f', 2)));
    return Ok;
}

int runRules(Cli& cli)
{
    const auto action = cli.args().takePositional();
    const auto nowText = cli.args().takeOption(QStringLiteral("--now"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (action != QLatin1String("run"))
        return cli.failWith(Tr::tr("rules needs run [--now 2026-11-23T10:30] [--json]"), Usage);
    const auto now = nowText ? parseDateTime(nowText) : QDateTime::currentDateTimeUtc();
    if (!now)
        return cli.failWith(Tr::tr("--now needs an ISO 8601 date and time like "
                                   "2026-11-23T10:30 or 2026-11-23T09:30:00Z, not “%1”")
                                .arg(*nowText),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    auto users = UserService(cli.context()).users();
    if (!users)
        return cli.failWith(users.error());
    QHash<qint64, QString> logins;
    for (const User& user : *users)
        logins.insert(user.id, user.login);
    auto fired = RuleService(cli.context()).run(*now);
    if (!fired)
        return cli.failWith(fired.error());

    QJsonArray array;
    for (const FiredRule& rule : *fired) {
        QJsonArray notified;
        QStringList names;
        for (qint64 id : rule.notified) {
            notified.append(logins.value(id));
            names << logins.value(id);
        }
        if (!json) {
            cli.print(
                Tr::tr("%1 on lead %2 to %3: %4")
                    .arg(rule.rule)
                    .arg(rule.leadId)
                    .arg(names.isEmpty() ? Tr::tr("nobody") : names.join(QStringLiteral(", ")),
                         rule.reason));
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("rule"), rule.rule},
                                 {QStringLiteral("lead_id"), rule.leadId},
                                 {QStringLiteral("notified"), notified},
                                 {QStringLiteral("reason"), rule.reason}});
    }
    if (json)
        cli.printJson(array);
    else if (fired->empty())
        cli.print(Tr::tr("No rule fired."));
    return Ok;
}

} // namespace showroom::cli
