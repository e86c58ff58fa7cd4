// user add | list
#include "Cli.h"
#include "Commands.h"
#include "services/UserService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {

int addUser(Cli& cli)
{
    NewUser draft;
    draft.login = cli.args().takeOption(QStringLiteral("--login")).value_or(QString());
    draft.displayName = cli.args().takeOption(QStringLiteral("--name")).value_or(draft.login);
    const QString role =
        cli.args().takeOption(QStringLiteral("--role")).value_or(QStringLiteral("consultant"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (draft.login.isEmpty())
        return cli.failWith(QStringLiteral("user add needs --login LOGIN"), Usage);
    const auto parsedRole = roleFromKey(role);
    if (!parsedRole)
        return cli.failWith(
            QStringLiteral("--role is one of receptionist, consultant, manager, admin"), Usage);
    draft.role = *parsedRole;
    Database* db = cli.openDatabase();
    if (!db)
        return Failed;
    UserService service(cli.context());
    auto existing = service.users();
    if (!existing)
        return cli.failWith(existing.error());
    draft.password = qEnvironmentVariable("SHOWROOM_NEW_PASSWORD");
    if (draft.password.isEmpty())
        draft.password =
            readPassword(QStringLiteral("Password for the new user %1: ").arg(draft.login));

    Result<User> created = [&]() -> Result<User> {
        if (existing->empty())
            return service.createFirstAdmin(draft); // a new database: the first user administers it
        const User* actor = cli.signIn();
        if (!actor)
            return fail(ErrorCode::AuthenticationFailed, QStringLiteral("not signed in"));
        return service.createUser(*actor, draft);
    }();
    if (!created)
        return cli.failWith(created.error());
    cli.print(QStringLiteral("Created user %1 (%2), id %3")
                  .arg(created->login, roleKey(created->role))
                  .arg(created->id));
    return Ok;
}

int listUsers(Cli& cli)
{
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    auto users = UserService(cli.context()).users();
    if (!users)
        return cli.failWith(users.error());
    QJsonArray array;
    for (const User& user : *users) {
        if (json)
            array.append(QJsonObject{{QStringLiteral("id"), user.id},
                                     {QStringLiteral("login"), user.login},
                                     {QStringLiteral("name"), user.displayName},
                                     {QStringLiteral("role"), roleKey(user.role)},
                                     {QStringLiteral("active"), user.active}});
        else
            cli.print(
                QStringLiteral("%1\t%2\t%3").arg(user.login, roleKey(user.role), user.displayName));
    }
    if (json)
        cli.printJson(array);
    return Ok;
}

} // namespace

int runUser(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addUser(cli);
    if (action == QLatin1String("list"))
        return listUsers(cli);
    return cli.failWith(QStringLiteral("user needs add or list"), Usage);
}

} // namespace showroom::cli
