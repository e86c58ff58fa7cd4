// deal create | show | send-to-bank | bank-approved | deliver; checklist tick | not-sold
#include "Cli.h"
#include "Commands.h"
#include "DealJson.h"
#include "services/ChecklistService.h"
#include "services/DealService.h"
#include "services/StockService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DealCommands)
};

// "28500", "28500.50" or "28.500,50" → cents; nothing for anything else.
std::optional<qint64> parseCents(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    QString clean = text->trimmed();
    const int comma = clean.lastIndexOf(QLatin1Char(','));
    const int dot = clean.lastIndexOf(QLatin1Char('.'));
    if (comma > dot) // German: 28.500,50
        clean = clean.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
    else
        clean.remove(QLatin1Char(','));
    bool ok = false;
    const double value = clean.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return qint64(qRound64(value * 100.0));
}

void printDeal(Cli& cli, const DealDetails& d, bool json)
{
    if (json) {
        cli.printJson(dealJson(d));
        return;
    }
    cli.print(Tr::tr("Deal %1: %2, %3, %4 (%5)")
                  .arg(d.deal.id)
                  .arg(d.customerName, d.vehicleLabel(), paymentMethodKey(d.deal.payment),
                       dealStatusKey(d.deal.status)));
}

int createDeal(Cli& cli)
{
    Arguments& args = cli.args();
    const auto leadId = parseId(args.takeOption(QStringLiteral("--lead")));
    const auto vin = args.takeOption(QStringLiteral("--vin"));
    const auto ordered = args.takeOption(QStringLiteral("--factory-order"));
    const auto priceText = args.takeOption(QStringLiteral("--price"));
    const auto discountText = args.takeOption(QStringLiteral("--discount"));
    const auto depositText = args.takeOption(QStringLiteral("--deposit"));
    const auto paymentText = args.takeOption(QStringLiteral("--payment"));
    const auto buyerText = args.takeOption(QStringLiteral("--buyer"));
    const auto deliveryText = args.takeOption(QStringLiteral("--delivery"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!leadId || (!vin && !ordered))
        return cli.failWith(
            Tr::tr("deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)"),
            Usage);
    DealDraft draft;
    draft.leadId = *leadId;
    draft.orderedVehicle = ordered.value_or(QString());
    const auto price = priceText ? parseCents(priceText) : std::optional<qint64>(0);
    const auto discount = discountText ? parseCents(discountText) : std::optional<qint64>(0);
    const auto deposit = depositText ? parseCents(depositText) : std::optional<qint64>(0);
    if (!price || !discount || !deposit)
        return cli.failWith(Tr::tr("--price, --discount and --deposit are amounts like 28500.00"),
                            Usage);
    draft.listPriceCents = *price;
    draft.discountCents = *discount;
    draft.depositCents = *deposit;
    const auto payment = paymentMethodFromKey(paymentText.value_or(QStringLiteral("cash")));
    const auto buyer = buyerKindFromKey(buyerText.value_or(QStringLiteral("private")));
    if (!payment)
        return cli.failWith(Tr::tr("--payment is cash, credit or lease"), Usage);
    if (!buyer)
        return cli.failWith(Tr::tr("--buyer is private or company"), Usage);
    draft.payment = *payment;
    draft.buyer = *buyer;
    if (deliveryText) {
        draft.promisedDelivery = QDate::fromString(*deliveryText, Qt::ISODate);
        if (!draft.promisedDelivery.isValid())
            return cli.failWith(Tr::tr("--delivery is a date like 2026-12-14"), Usage);
    }
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    if (vin) {
        auto vehicle = StockService(cli.context()).byVin(*vin);
        if (!vehicle)
            return cli.failWith(vehicle.error());
        draft.vehicleId = vehicle->id;
    }
    auto created = DealService(cli.context()).create(*actor, draft);
    if (!created)
        return cli.failWith(created.error());
    printDeal(cli, *created, json);
    return Ok;
}

int showDeal(Cli& cli)
{
    const auto dealId = parseId(cli.args().takePositional());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!dealId)
        return cli.failWith(Tr::tr("deal show needs DEAL_ID"), Usage);
    if (!cli.argumentsConsumed() || !cli.openDatabase())
        return cli.argumentsConsumed() ? Failed : Usage;
    auto details = DealService(cli.context()).details(*dealId);
    if (!details)
        return cli.failWith(details.error());
    if (json) {
        cli.printJson(dealJson(*details));
        return Ok;
    }
    printDeal(cli, *details, false);
    for (const ChecklistItem& item : details->items)
        cli.print(
            QStringLiteral("  %1 [%2] %3 %4")
                .arg(item.id, 5)
                .arg(checklistKindKey(item.kind), checklistItemStatusKey(item.status), item.title));
    for (const MissingItem& missing : details->bankBlockers)
        cli.print(Tr::tr("  blocks sending to the bank: %1").arg(describeMissing(missing)));
    return Ok;
}

// send-to-bank, bank-approved and deliver: the same shape, a different step.
enum class Step { SendToBank, BankApproved, Deliver };

int dealStep(Cli& cli, Step step)
{
    const auto dealId = parseId(cli.args().takePositional());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!dealId)
        return cli.failWith(Tr::tr("this command needs DEAL_ID"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    DealService deals(cli.context());
    auto done = step == Step::Deliver        ? deals.deliver(*actor, *dealId)
                : step == Step::BankApproved ? deals.markBankApproved(*actor, *dealId)
                                             : deals.sendToBank(*actor, *dealId);
    if (!done)
        return cli.failWith(done.error());
    printDeal(cli, *done, json);
    return Ok;
}

int tickItem(Cli& cli, bool sold)
{
    Arguments& args = cli.args();
    const auto dealId = parseId(args.takePositional());
    const auto itemId = parseId(args.takePositional());
    const auto attach = args.takeOption(QStringLiteral("--attach"));
    const auto reason = args.takeOption(QStringLiteral("--reason"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!dealId || !itemId)
        return cli.failWith(Tr::tr("checklist tick|not-sold needs DEAL_ID ITEM_ID"), Usage);
    if (!sold && !reason)
        return cli.failWith(Tr::tr("checklist not-sold needs --reason KEY (too_expensive, "
                                   "already_has, not_needed, later, bought_elsewhere)"),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    QByteArray document;
    if (attach) {
        QFile file(*attach);
        if (!file.open(QIODevice::ReadOnly))
            return cli.failWith(Tr::tr("Cannot read %1: %2").arg(*attach, file.errorString()));
        document = file.readAll();
    }
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    ChecklistService checklist(cli.context());
    auto item = checklist.item(*itemId);
    if (!item)
        return cli.failWith(item.error());
    if (item->dealId != *dealId)
        return cli.failWith(
            Tr::tr("Item %1 does not belong to deal %2.").arg(*itemId).arg(*dealId));
    if (attach) {
        auto stored = checklist.attach(*actor, *itemId, QFileInfo(*attach).fileName(), document);
        if (!stored)
            return cli.failWith(stored.error());
    }
    auto changed =
        sold ? checklist.tick(*actor, *itemId) : checklist.notSold(*actor, *itemId, *reason);
    if (!changed)
        return cli.failWith(changed.error());
    auto details = DealService(cli.context()).details(*dealId);
    if (!details)
        return cli.failWith(details.error());
    if (json)
        cli.printJson(dealJson(*details));
    else
        cli.print(Tr::tr("%1: %2").arg(changed->title, checklistItemStatusKey(changed->status)));
    return Ok;
}
} // namespace

int runDeal(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("create"))
        return createDeal(cli);
    if (action == QLatin1String("show"))
        return showDeal(cli);
    if (action == QLatin1String("send-to-bank"))
        return dealStep(cli, Step::SendToBank);
    if (action == QLatin1String("bank-approved"))
        return dealStep(cli, Step::BankApproved);
    if (action == QLatin1String("deliver"))
        return dealStep(cli, Step::Deliver);
    if (action == QLatin1String("print"))
        return printDealDocument(cli);
    return cli.failWith(
        Tr::tr("deal needs create, show, send-to-bank, bank-approved, deliver or print"), Usage);
}

int runChecklist(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("tick"))
        return tickItem(cli, true);
    if (action == QLatin1String("not-sold"))
        return tickItem(cli, false);
    return cli.failWith(Tr::tr("checklist needs tick or not-sold"), Usage);
}

} // namespace showroom::cli
