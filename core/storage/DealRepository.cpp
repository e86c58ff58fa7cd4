#include "DealRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QStringList>

namespace showroom {

namespace {
const QString kColumns = QStringLiteral(
    "id, lead_id, customer_id, vehicle_id, consultant_id, buyer_kind, factory_order, "
    "ordered_vehicle, list_price_cents, discount_cents, trade_in_make, trade_in_model, "
    "trade_in_year, trade_in_mileage_km, trade_in_value_cents, trade_in_description, payment, "
    "deposit_cents, promised_delivery_on, offer_valid_until, status, signed_at, bank_sent_at, "
    "bank_sent_by, delivered_at, delivered_by, notes, created_at, version, bank_approved_at, "
    "bank_approved_by");

Deal readDeal(const QSqlQuery& q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.leadId = values::optionalId(q.value(1));
    d.customerId = q.value(2).toLongLong();
    d.vehicleId = values::optionalId(q.value(3));
    d.consultantId = values::optionalId(q.value(4));
    d.buyer = buyerKindFromKey(q.value(5).toString()).value_or(BuyerKind::Private);
    d.factoryOrder = q.value(6).toBool();
    d.orderedVehicle = q.value(7).toString();
    d.listPriceCents = q.value(8).toLongLong();
    d.discountCents = q.value(9).toLongLong();
    d.tradeIn.make = q.value(10).toString();
    d.tradeIn.model = q.value(11).toString();
    d.tradeIn.year = values::optionalInt(q.value(12));
    d.tradeIn.mileageKm = values::optionalInt(q.value(13));
    d.tradeIn.valueCents = values::optionalId(q.value(14));
    if (d.tradeIn.make.isEmpty() && d.tradeIn.model.isEmpty())
        d.tradeIn.model = q.value(15).toString(); // rows from before schema 5: words only
    d.payment = paymentMethodFromKey(q.value(16).toString()).value_or(PaymentMethod::Cash);
    d.depositCents = q.value(17).toLongLong();
    d.promisedDelivery = values::date(q.value(18));
    d.offerValidUntil = values::date(q.value(19));
    d.status = dealStatusFromKey(q.value(20).toString()).value_or(DealStatus::Open);
    d.signedAt = values::dateTime(q.value(21));
    d.bankSentAt = values::dateTime(q.value(22));
    d.bankSentBy = values::optionalId(q.value(23));
    d.deliveredAt = values::dateTime(q.value(24));
    d.deliveredBy = values::optionalId(q.value(25));
    d.notes = q.value(26).toString();
    d.createdAt = values::dateTime(q.value(27));
    d.version = q.value(28).toInt();
    d.bankApprovedAt = values::dateTime(q.value(29));
    d.bankApprovedBy = values::optionalId(q.value(30));
    return d;
}

Result<std::vector<Deal>> selectDeals(QSqlDatabase& db, const QString& where,
                                      const QVariantList& binds)
{
    std::vector<Deal> deals;
    auto ok = sql::select(db, QStringLiteral("SELECT %1 FROM deals %2").arg(kColumns, where), binds,
                          [&](const QSqlQuery& q) { deals.push_back(readDeal(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return deals;
}
} // namespace

Result<qint64> DealRepository::insert(const Deal& d)
{
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO deals (lead_id, customer_id, vehicle_id, consultant_id, buyer_kind, "
            "factory_order, ordered_vehicle, list_price_cents, discount_cents, trade_in_make, "
            "trade_in_model, trade_in_year, trade_in_mileage_km, trade_in_value_cents, "
            "trade_in_description, payment, deposit_cents, promised_delivery_on, "
            "offer_valid_until, status, signed_at, notes, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"),
        {values::optionalId(d.leadId),
         d.customerId,
         values::optionalId(d.vehicleId),
         values::optionalId(d.consultantId),
         buyerKindKey(d.buyer),
         d.factoryOrder ? 1 : 0,
         d.orderedVehicle,
         d.listPriceCents,
         d.discountCents,
         d.tradeIn.make,
         d.tradeIn.model,
         values::optionalInt(d.tradeIn.year),
         values::optionalInt(d.tradeIn.mileageKm),
         values::optionalId(d.tradeIn.valueCents),
         d.tradeIn.present() ? d.tradeIn.description() : QString(),
         paymentMethodKey(d.payment),
         d.depositCents,
         values::isoDate(d.promisedDelivery),
         values::isoDate(d.offerValidUntil),
         values::epoch(d.signedAt),
         d.notes,
         values::epoch(d.createdAt)});
}

Result<Deal> DealRepository::byId(qint64 id)
{
    auto found = selectDeals(m_db, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Storage", "There is no deal #%1.").arg(id));
    return found->front();
}

Result<std::vector<Deal>> DealRepository::forCustomer(qint64 customerId)
{
    return selectDeals(m_db, QStringLiteral("WHERE customer_id = ? ORDER BY signed_at DESC"),
                       {customerId});
}

Result<std::optional<qint64>> DealRepository::idForLead(qint64 leadId)
{
    auto id = sql::scalar(m_db,
                          QStringLiteral("SELECT id FROM deals WHERE lead_id = ? AND status <> "
                                         "'cancelled' ORDER BY id DESC LIMIT 1"),
                          {leadId});
    if (!id)
        return std::unexpected(id.error());
    return values::optionalId(*id);
}

Result<int> DealRepository::markSentToBank(const Deal& deal, qint64 userId, const QDateTime& at,
                                           const std::function<QString()>& label)
{
    return versionedUpdate(m_db, QStringLiteral("deals"), deal.id, deal.version,
                           QStringLiteral("bank_sent_at = ?, bank_sent_by = ?"),
                           {values::epoch(at), userId}, label);
}

Result<int> DealRepository::markBankApproved(const Deal& deal, qint64 userId, const QDateTime& at,
                                             const std::function<QString()>& label)
{
    return versionedUpdate(m_db, QStringLiteral("deals"), deal.id, deal.version,
                           QStringLiteral("bank_approved_at = ?, bank_approved_by = ?"),
                           {values::epoch(at), userId}, label);
}

Result<int> DealRepository::markDelivered(const Deal& deal, qint64 userId, const QDateTime& at,
                                          const std::function<QString()>& label)
{
    return versionedUpdate(
        m_db, QStringLiteral("deals"), deal.id, deal.version,
        QStringLiteral("status = 'delivered', delivered_at = ?, delivered_by = ?"),
        {values::epoch(at), userId}, label);
}

Result<int> DealRepository::setPromisedDelivery(const Deal& deal, const QDate& date,
                                                const std::function<QString()>& label)
{
    return versionedUpdate(m_db, QStringLiteral("deals"), deal.id, deal.version,
                           QStringLiteral("promised_delivery_on = ?"), {values::isoDate(date)},
                           label);
}

Result<std::vector<DeliveryRow>> DealRepository::deliveryRows(std::optional<qint64> consultantId,
                                                              const QDateTime& deliveredSince,
                                                              const QDate& today)
{
    // The open deals and the recently delivered ones (each by its own index), their checklist
    // counts from the items' covering index (CROSS JOIN keeps SQLite from scanning every item),
    // and the earliest open dated step.
    const QString statement = QStringLiteral(
        "WITH picked(id) AS ("
        "   SELECT id FROM deals WHERE status = 'open' "
        "   UNION ALL SELECT id FROM deals INDEXED BY deals_delivered "
        "    WHERE status = 'delivered' AND delivered_at >= ?), "
        " progress AS ("
        "   SELECT i.deal_id, sum(i.status <> 'open') AS done, count(*) AS total, "
        "          sum(i.status = 'open' AND i.due_on < ?) AS overdue, "
        "          min(CASE WHEN i.status = 'open' AND i.due_on IS NOT NULL "
        "              THEN i.due_on || char(31) || printf('%05d', i.position) || char(31) || "
        "                   i.title END) AS next "
        "     FROM picked p CROSS JOIN deal_checklist_items i ON i.deal_id = p.id "
        "    GROUP BY i.deal_id) "
        "SELECT d.id, d.customer_id, d.lead_id, c.display_name, "
        "       coalesce(v.make || ' ' || v.model || CASE WHEN v.trim <> '' THEN ' ' || v.trim "
        "                ELSE '' END, d.ordered_vehicle), coalesce(v.vin, ''), "
        "       d.consultant_id, coalesce(u.display_name, ''), d.payment, d.status, "
        "       d.promised_delivery_on, d.delivered_at, d.bank_sent_at, "
        "       coalesce(g.done, 0), coalesce(g.total, 0), coalesce(g.overdue, 0), g.next, "
        "       d.list_price_cents - d.discount_cents, d.bank_approved_at "
        "  FROM picked p JOIN deals d ON d.id = p.id JOIN customers c ON c.id = d.customer_id "
        "  LEFT JOIN progress g ON g.deal_id = d.id "
        "  LEFT JOIN vehicles v ON v.id = d.vehicle_id "
        "  LEFT JOIN users u ON u.id = d.consultant_id "
        " WHERE (? IS NULL OR d.consultant_id = ?)");
    const QVariant consultant = values::optionalId(consultantId);
    std::vector<DeliveryRow> rows;
    auto ok = sql::select(
        m_db, statement,
        {values::epoch(deliveredSince), today.toString(Qt::ISODate), consultant, consultant},
        [&](const QSqlQuery& q) {
            DeliveryRow r;
            r.dealId = q.value(0).toLongLong();
            r.customerId = q.value(1).toLongLong();
            r.leadId = values::optionalId(q.value(2));
            r.customerName = q.value(3).toString();
            r.vehicleLabel = q.value(4).toString();
            r.vin = q.value(5).toString();
            r.consultantId = values::optionalId(q.value(6));
            r.consultantName = q.value(7).toString();
            r.payment = paymentMethodFromKey(q.value(8).toString()).value_or(PaymentMethod::Cash);
            r.status = dealStatusFromKey(q.value(9).toString()).value_or(DealStatus::Open);
            r.promisedDelivery = values::date(q.value(10));
            r.deliveredAt = values::dateTime(q.value(11));
            r.bankSentAt = values::dateTime(q.value(12));
            r.itemsDone = q.value(13).toInt();
            r.itemsTotal = q.value(14).toInt();
            r.overdueSteps = q.value(15).toInt();
            const QStringList next = q.value(16).toString().split(QChar(31));
            if (next.size() == 3) { // due date, position, title
                r.nextStepDue = QDate::fromString(next[0], Qt::ISODate);
                r.nextStep = next[2];
            }
            r.priceCents = q.value(17).toLongLong();
            r.bankApprovedAt = values::dateTime(q.value(18));
            rows.push_back(std::move(r));
        });
    if (!ok)
        return std::unexpected(ok.error());
    return rows;
}

} // namespace showroom
