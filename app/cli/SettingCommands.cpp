// setting get | set
#include "Cli.h"
#include "Commands.h"
#include "services/SettingsService.h"

namespace showroom::cli {

int runSetting(Cli& cli)
{
    const auto action = cli.args().takePositional();
    const auto key = cli.args().takePositional();
    if (action == QLatin1String("get") && key) {
        if (!cli.argumentsConsumed())
            return Usage;
        if (!cli.openDatabase())
            return Failed;
        auto value = SettingsService(cli.context()).get(*key);
        if (!value)
            return cli.failWith(value.error());
        cli.print(*value);
        return Ok;
    }
    const auto value = cli.args().takePositional();
    if (action != QLatin1String("set") || !key || !value)
        return cli.failWith(QStringLiteral("setting needs get KEY or set KEY VALUE"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    if (auto saved = SettingsService(cli.context()).set(*actor, *key, *value); !saved)
        return cli.failWith(saved.error());
    cli.print(QStringLiteral("%1 = %2").arg(
        *key, SettingsService(cli.context()).get(*key).value_or(*value)));
    return Ok;
}

} // namespace showroom::cli
