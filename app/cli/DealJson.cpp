#include "DealJson.h"

#include "Cli.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DealCommands)
};

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue money(std::optional<qint64> cents)
{
    return cents ? QJsonValue(double(*cents) / 100.0) : QJsonValue();
}

QJsonArray missingJson(const std::vector<MissingItem>& missing)
{
    QJsonArray list;
    for (const MissingItem& item : missing)
        list.append(QJsonObject{
            {QStringLiteral("item_id"), item.itemId ? QJsonValue(item.itemId) : QJsonValue()},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("not_done"), item.notDone},
            {QStringLiteral("document_missing"), item.documentMissing},
            {QStringLiteral("reason"), describeMissing(item)}});
    return list;
}

QJsonObject itemJson(const ChecklistItem& item, const std::vector<AttachmentInfo>& attachments)
{
    QJsonArray documents;
    for (const AttachmentInfo& a : attachments)
        if (a.ownerId == item.id)
            documents.append(QJsonObject{{QStringLiteral("id"), a.id},
                                         {QStringLiteral("file_name"), a.fileName},
                                         {QStringLiteral("mime_type"), a.mimeType},
                                         {QStringLiteral("size_bytes"), a.sizeBytes},
                                         {QStringLiteral("sha256"), a.sha256}});
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("required"), item.required},
            {QStringLiteral("requires_document"), item.requiresDocument},
            {QStringLiteral("status"), checklistItemStatusKey(item.status)},
            {QStringLiteral("not_sold_reason"), item.notSoldReason},
            {QStringLiteral("price"), money(item.priceCents)},
            {QStringLiteral("due_on"), dateOrNull(item.dueOn)},
            {QStringLiteral("done_by"), item.doneByName},
            {QStringLiteral("done_at"), timeOrNull(item.doneAt)},
            {QStringLiteral("documents"), documents}};
}
} // namespace

QString describeMissing(const MissingItem& item)
{
    if (item.itemId == 0)
        return Tr::tr("the loan application has not been sent to the bank");
    if (item.notDone && item.documentMissing)
        return Tr::tr("%1: not done, document not attached").arg(item.title);
    if (item.documentMissing)
        return Tr::tr("%1: document not attached").arg(item.title);
    return Tr::tr("%1: not done").arg(item.title);
}

QJsonObject dealJson(const DealDetails& d)
{
    const Deal& deal = d.deal;
    QJsonObject checklists;
    for (const ChecklistItem& item : d.items) {
        const QString kind = checklistKindKey(item.kind);
        QJsonArray items = checklists.value(kind).toArray();
        items.append(itemJson(item, d.attachments));
        checklists.insert(kind, items);
    }
    QJsonObject vehicle{{QStringLiteral("label"), d.vehicleLabel()},
                        {QStringLiteral("factory_order"), deal.factoryOrder}};
    if (d.vehicle) {
        vehicle.insert(QStringLiteral("id"), d.vehicle->id);
        vehicle.insert(QStringLiteral("vin"), d.vehicle->vin);
        vehicle.insert(QStringLiteral("status"), vehicleStatusKey(d.vehicle->status));
    }
    QJsonObject tradeIn;
    if (deal.tradeIn.present())
        tradeIn = {{QStringLiteral("make"), deal.tradeIn.make},
                   {QStringLiteral("model"), deal.tradeIn.model},
                   {QStringLiteral("year"),
                    deal.tradeIn.year ? QJsonValue(*deal.tradeIn.year) : QJsonValue()},
                   {QStringLiteral("mileage_km"),
                    deal.tradeIn.mileageKm ? QJsonValue(*deal.tradeIn.mileageKm) : QJsonValue()},
                   {QStringLiteral("value"), money(deal.tradeIn.valueCents)}};
    return {
        {QStringLiteral("id"), deal.id},
        {QStringLiteral("lead_id"), idOrNull(deal.leadId)},
        {QStringLiteral("customer_id"), deal.customerId},
        {QStringLiteral("customer"), d.customerName},
        {QStringLiteral("consultant"), d.consultantName},
        {QStringLiteral("buyer"), buyerKindKey(deal.buyer)},
        {QStringLiteral("status"), dealStatusKey(deal.status)},
        {QStringLiteral("vehicle"), vehicle},
        {QStringLiteral("list_price"), money(deal.listPriceCents)},
        {QStringLiteral("discount"), money(deal.discountCents)},
        {QStringLiteral("price"), money(deal.priceCents())},
        {QStringLiteral("trade_in"), deal.tradeIn.present() ? QJsonValue(tradeIn) : QJsonValue()},
        {QStringLiteral("payment"), paymentMethodKey(deal.payment)},
        {QStringLiteral("deposit"), money(deal.depositCents)},
        {QStringLiteral("promised_delivery_on"), dateOrNull(deal.promisedDelivery)},
        {QStringLiteral("offer_valid_until"), dateOrNull(deal.offerValidUntil)},
        {QStringLiteral("signed_at"), timeOrNull(deal.signedAt)},
        {QStringLiteral("sent_to_bank_at"), timeOrNull(deal.bankSentAt)},
        {QStringLiteral("bank_approved_at"), timeOrNull(deal.bankApprovedAt)},
        {QStringLiteral("delivered_at"), timeOrNull(deal.deliveredAt)},
        {QStringLiteral("version"), deal.version},
        {QStringLiteral("checklists"), checklists},
        {QStringLiteral("blocks"),
         QJsonObject{{QStringLiteral("send_to_bank"), deal.financed() && !deal.bankSentAt.isValid()
                                                          ? QJsonValue(missingJson(d.bankBlockers))
                                                          : QJsonValue()},
                     {QStringLiteral("deliver"), deal.status == DealStatus::Open
                                                     ? QJsonValue(missingJson(d.deliveryBlockers))
                                                     : QJsonValue()}}}};
}

} // namespace showroom::cli
