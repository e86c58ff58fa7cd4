// customer merge KEEP_ID OTHER_ID [--take FIELD]... [--json]
#include "Cli.h"
#include "Commands.h"
#include "services/CustomerMergeService.h"
#include "services/CustomerService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {

QString validFieldKeys()
{
    QStringList keys;
    for (CustomerField field : allCustomerFields())
        keys << customerFieldKey(field);
    return keys.join(QStringLiteral(", "));
}

QJsonObject summaryJson(const MergeSummary& summary)
{
    QJsonArray taken;
    for (CustomerField field : summary.takenFromMerged)
        taken.append(customerFieldKey(field));
    QJsonObject moved;
    for (MergeKind kind : allMergeKinds())
        moved.insert(mergeKindKey(kind), summary.moved[kind]);
    const Customer& kept = summary.kept;
    return {{QStringLiteral("kept_id"), kept.id},
            {QStringLiteral("merged_id"), summary.mergedId},
            {QStringLiteral("kept"), QJsonObject{{QStringLiteral("id"), kept.id},
                                                 {QStringLiteral("name"), kept.displayName()},
                                                 {QStringLiteral("phone_e164"), kept.phoneE164},
                                                 {QStringLiteral("email"), kept.email},
                                                 {QStringLiteral("version"), kept.version}}},
            {QStringLiteral("taken_from_merged"), taken},
            {QStringLiteral("moved"), moved},
            {QStringLiteral("moved_total"), summary.moved.total()}};
}

} // namespace

int runCustomerMerge(Cli& cli)
{
    // Options first: "--take phone" must not be read as a positional.
    std::vector<CustomerField> take;
    while (const auto key = cli.args().takeOption(QStringLiteral("--take"))) {
        const auto field = customerFieldFromKey(key->trimmed().toLower());
        if (!field)
            return cli.failWith(QStringLiteral("unknown field “%1” for --take; valid fields: %2")
                                    .arg(*key, validFieldKeys()),
                                Usage);
        take.push_back(*field);
    }
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    const auto keepId = parseId(cli.args().takePositional());
    const auto otherId = parseId(cli.args().takePositional());
    if (!keepId || !otherId)
        return cli.failWith(QStringLiteral("customer merge needs KEEP_ID OTHER_ID"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;

    CustomerService customers(cli.context());
    auto keep = customers.get(*keepId);
    if (!keep)
        return cli.failWith(keep.error());
    auto other = customers.get(*otherId);
    if (!other)
        return cli.failWith(other.error());
    Customer chosen = proposeMerge(*keep, *other);
    for (CustomerField field : take)
        copyField(*other, chosen, field);

    auto merged = CustomerMergeService(cli.context())
                      .merge(*actor, *keepId, *otherId, chosen, other->version);
    if (!merged)
        return cli.failWith(merged.error());
    if (json) {
        cli.printJson(summaryJson(*merged));
        return Ok;
    }
    cli.print(QStringLiteral("Merged customer #%1 (%2) into #%3 (%4).")
                  .arg(*otherId)
                  .arg(other->displayName())
                  .arg(*keepId)
                  .arg(merged->kept.displayName()));
    QStringList taken;
    for (CustomerField field : merged->takenFromMerged)
        taken << customerFieldKey(field);
    if (!taken.isEmpty())
        cli.print(QStringLiteral("Taken from #%1: %2").arg(*otherId).arg(taken.join(u", ")));
    cli.print(QStringLiteral("Moved to #%1: %2")
                  .arg(*keepId)
                  .arg(CustomerMergeService::describe(merged->moved)));
    return Ok;
}

} // namespace showroom::cli
