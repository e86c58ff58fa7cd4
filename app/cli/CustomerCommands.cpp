// customer add | find
#include "Cli.h"
#include "Commands.h"
#include "services/CustomerService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {

QJsonObject toJson(const CustomerRow& row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.displayName},
            {QStringLiteral("company"), row.companyName},
            {QStringLiteral("phone"), row.phone},
            {QStringLiteral("email"), row.email},
            {QStringLiteral("city"), row.city}};
}

int addCustomer(Cli& cli)
{
    Customer draft;
    draft.firstName = cli.args().takeOption(QStringLiteral("--first")).value_or(QString());
    draft.lastName = cli.args().takeOption(QStringLiteral("--last")).value_or(QString());
    draft.phone = cli.args().takeOption(QStringLiteral("--phone")).value_or(QString());
    draft.email = cli.args().takeOption(QStringLiteral("--email")).value_or(QString());
    draft.companyName = cli.args().takeOption(QStringLiteral("--company")).value_or(QString());
    draft.city = cli.args().takeOption(QStringLiteral("--city")).value_or(QString());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!draft.companyName.isEmpty())
        draft.kind = CustomerKind::Company;
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto added = CustomerService(cli.context()).add(*actor, draft);
    if (!added)
        return cli.failWith(added.error());
    if (json)
        cli.printJson(QJsonObject{{QStringLiteral("id"), added->id},
                                  {QStringLiteral("name"), added->displayName()},
                                  {QStringLiteral("phone_e164"), added->phoneE164},
                                  {QStringLiteral("email"), added->email}});
    else
        cli.print(QStringLiteral("%1").arg(added->id));
    return Ok;
}

int findCustomers(Cli& cli)
{
    const auto text = cli.args().takePositional();
    const auto limitText = cli.args().takeOption(QStringLiteral("--limit"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!text)
        return cli.failWith(QStringLiteral("customer find needs the text to search for"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    bool ok = true;
    const int limit = limitText ? limitText->toInt(&ok) : 50;
    if (!ok || limit < 1)
        return cli.failWith(QStringLiteral("--limit needs a positive number"), Usage);
    if (!cli.openDatabase())
        return Failed;
    auto rows = CustomerService(cli.context()).page(*text, std::nullopt, limit);
    if (!rows)
        return cli.failWith(rows.error());
    if (json) {
        QJsonArray array;
        for (const CustomerRow& row : *rows)
            array.append(toJson(row));
        cli.printJson(array);
        return Ok;
    }
    for (const CustomerRow& row : *rows)
        cli.print(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(row.id)
                      .arg(row.displayName, row.phone, row.email));
    return Ok;
}

} // namespace

int runCustomer(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addCustomer(cli);
    if (action == QLatin1String("find"))
        return findCustomers(cli);
    return cli.failWith(QStringLiteral("customer needs add or find"), Usage);
}

} // namespace showroom::cli
