// The deal's later steps: the loan file to the bank and its approval, the handover, and the
// Deliveries list.
#include "DealService.h"
#include "rules/DealRules.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/DealSettings.h"
#include "storage/DealRepository.h"
#include "storage/TaskRepository.h"
#include "storage/VehicleRepository.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace showroom {

namespace {
// "Proof of income (document not attached); Bank statement (not done)"
QString describe(const std::vector<MissingItem>& missing)
{
    QStringList lines;
    for (const MissingItem& item : missing) {
        if (item.itemId == 0) {
            lines << DealService::tr("the loan application has not been sent to the bank");
            continue;
        }
        QStringList what;
        if (item.notDone)
            what << DealService::tr("not done");
        if (item.documentMissing)
            what << DealService::tr("document not attached");
        lines << DealService::tr("%1 (%2)").arg(item.title, what.join(QStringLiteral(", ")));
    }
    return lines.join(QStringLiteral("; "));
}

QJsonArray missingJson(const std::vector<MissingItem>& missing)
{
    QJsonArray list;
    for (const MissingItem& item : missing)
        list.append(item.itemId ? QString::number(item.itemId) : QStringLiteral("bank"));
    return list;
}

Result<void> planAfterSales(ServiceContext& context, const Deal& deal, const DealSettings& s,
                            const QDateTime& deliveredAt)
{
    TaskRepository tasks(context.db.sql());
    const QDate deliveredOn = s.localDate(deliveredAt);
    Task call;
    call.leadId = deal.leadId;
    call.customerId = deal.customerId;
    call.assigneeId = deal.consultantId;
    call.kind = TaskKind::FollowUp;
    call.rule = QStringLiteral("after_sales_call");
    call.title = DealService::tr("After-sales call: how is the new car?");
    call.dueAt = s.hours.openingOnOrAfter(deliveredOn.addDays(s.afterSalesCallDays));
    call.createdAt = context.clock.now();
    if (auto id = tasks.insert(call); !id)
        return std::unexpected(id.error());

    const QDate evening = nextSecondDeliveryEvening(deliveredOn, s.eveningWeekday);
    Task invite = call;
    invite.kind = TaskKind::Appointment;
    invite.rule = QStringLiteral("second_delivery_evening");
    invite.title = DealService::tr("Invite to the “second delivery” evening on %1 at %2")
                       .arg(QLocale().toString(evening, QLocale::ShortFormat),
                            QLocale().toString(s.eveningTime, QLocale::ShortFormat));
    // Invite a week ahead, or the day after the handover when the evening is sooner.
    const QDate inviteOn = std::max(deliveredOn.addDays(1), evening.addDays(-7));
    invite.dueAt = s.hours.openingOnOrAfter(inviteOn);
    if (auto id = tasks.insert(invite); !id)
        return std::unexpected(id.error());
    if (deal.leadId)
        return tasks.refreshNextFollowUp(*deal.leadId);
    return {};
}
} // namespace

Result<DealDetails> DealService::sendToBank(const User& actor, qint64 dealId)
{
    const QDateTime now = m_context.clock.now();
    auto sent = m_context.db.write([&]() -> Result<void> {
        // Read inside the transaction: a colleague may have changed the file meanwhile.
        auto fresh = details(dealId);
        if (!fresh)
            return std::unexpected(fresh.error());
        const Deal& deal = fresh->deal;
        if (auto allowed = checkCanWorkDeal(actor, deal); !allowed)
            return allowed;
        if (!deal.financed())
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 is paid in cash: there is no loan application.").arg(dealLabel(dealId)));
        if (deal.status == DealStatus::Cancelled)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is cancelled: its loan application does not go to the bank.")
                            .arg(dealLabel(dealId)));
        if (deal.bankSentAt.isValid())
            return fail(
                ErrorCode::InvalidInput,
                tr("The loan application of %1 was already sent to the bank on %2.")
                    .arg(dealLabel(dealId),
                         QLocale().toString(deal.bankSentAt.toLocalTime(), QLocale::ShortFormat)));
        if (!fresh->bankBlockers.empty())
            return fail(ErrorCode::InvalidInput,
                        tr("The loan application cannot go to the bank yet. Missing: %1.")
                            .arg(describe(fresh->bankBlockers)));
        auto version = DealRepository(m_context.db.sql()).markSentToBank(deal, actor.id, now, [&] {
            return dealLabel(dealId);
        });
        if (!version)
            return std::unexpected(version.error());
        return audit(m_context, &actor, QStringLiteral("deal.sent_to_bank"),
                     QStringLiteral("deals"), dealId);
    });
    if (!sent)
        return std::unexpected(sent.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->dealChanged(dealId);
    return details(dealId);
}

Result<DealDetails> DealService::markBankApproved(const User& actor, qint64 dealId)
{
    const QDateTime now = m_context.clock.now();
    auto approved = m_context.db.write([&]() -> Result<void> {
        auto deal = DealRepository(m_context.db.sql()).byId(dealId);
        if (!deal)
            return std::unexpected(deal.error());
        if (auto allowed = checkCanWorkDeal(actor, *deal); !allowed)
            return allowed;
        if (!deal->financed())
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 is paid in cash: there is no loan application.").arg(dealLabel(dealId)));
        if (deal->status == DealStatus::Cancelled)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is cancelled: its loan cannot be approved.").arg(dealLabel(dealId)));
        if (deal->bankApprovedAt.isValid())
            return fail(
                ErrorCode::InvalidInput,
                tr("The bank already approved the loan of %1 on %2.")
                    .arg(dealLabel(dealId), QLocale().toString(deal->bankApprovedAt.toLocalTime(),
                                                               QLocale::ShortFormat)));
        if (!deal->bankSentAt.isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("The loan application of %1 has not been sent to the bank yet: send it "
                           "first, then record the approval.")
                            .arg(dealLabel(dealId)));
        auto version =
            DealRepository(m_context.db.sql()).markBankApproved(*deal, actor.id, now, [&] {
                return dealLabel(dealId);
            });
        if (!version)
            return std::unexpected(version.error());
        return audit(m_context, &actor, QStringLiteral("deal.bank_approved"),
                     QStringLiteral("deals"), dealId,
                     {{QStringLiteral("sent_to_bank_at"), deal->bankSentAt.toSecsSinceEpoch()}});
    });
    if (!approved)
        return std::unexpected(approved.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->dealChanged(dealId);
    return details(dealId);
}

Result<DealDetails> DealService::deliver(const User& actor, qint64 dealId)
{
    const QDateTime now = m_context.clock.now();
    std::optional<qint64> vehicleId;
    auto delivered = m_context.db.write([&]() -> Result<void> {
        QSqlDatabase& sql = m_context.db.sql();
        auto fresh = details(dealId);
        if (!fresh)
            return std::unexpected(fresh.error());
        const Deal& deal = fresh->deal;
        if (auto allowed = checkCanWorkDeal(actor, deal); !allowed)
            return allowed;
        if (deal.status != DealStatus::Open)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is already delivered or cancelled.").arg(dealLabel(dealId)));
        if (!deal.vehicleId)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is a factory order without a vehicle yet: add the arrived car "
                           "(with its VIN) to the stock and to the deal first.")
                            .arg(dealLabel(dealId)));
        if (!fresh->deliveryBlockers.empty())
            return fail(ErrorCode::InvalidInput,
                        tr("The car cannot be handed over yet. Missing: %1.")
                            .arg(describe(fresh->deliveryBlockers)));
        auto settings = DealSettings::load(sql);
        if (!settings)
            return std::unexpected(settings.error());
        auto version = DealRepository(sql).markDelivered(deal, actor.id, now,
                                                         [&] { return dealLabel(dealId); });
        if (!version)
            return std::unexpected(version.error());
        auto vehicle = VehicleRepository(sql).setStatus(*deal.vehicleId, VehicleStatus::Delivered,
                                                        deal.customerId);
        if (!vehicle)
            return std::unexpected(vehicle.error());
        vehicleId = deal.vehicleId;
        if (auto planned = planAfterSales(m_context, deal, *settings, now); !planned)
            return planned;
        return audit(m_context, &actor, QStringLiteral("deal.deliver"), QStringLiteral("deals"),
                     dealId,
                     {{QStringLiteral("vehicle"), *deal.vehicleId},
                      {QStringLiteral("promised"), deal.promisedDelivery.toString(Qt::ISODate)},
                      {QStringLiteral("missing"), missingJson(fresh->deliveryBlockers)}});
    });
    if (!delivered)
        return std::unexpected(delivered.error());
    if (m_context.changes) {
        if (vehicleId)
            Q_EMIT m_context.changes->vehicleChanged(*vehicleId);
        Q_EMIT m_context.changes->dealChanged(dealId);
    }
    return details(dealId);
}

Result<std::vector<DeliveryRow>> DealService::deliveries(const DeliveryFilter& filter)
{
    QSqlDatabase& sql = m_context.db.sql();
    auto settings = DealSettings::load(sql);
    if (!settings)
        return std::unexpected(settings.error());
    const QDateTime now = m_context.clock.now();
    const QDate today = settings->localDate(now);
    const QDateTime since =
        filter.includeDelivered ? now.addDays(-filter.deliveredDays) : now.addYears(100);
    auto rows = DealRepository(sql).deliveryRows(filter.consultantId, since, today);
    if (!rows)
        return rows;
    for (DeliveryRow& row : *rows)
        row.urgency = deliveryUrgency(row, today, settings->reminderDays);
    std::stable_sort(rows->begin(), rows->end(), [](const DeliveryRow& a, const DeliveryRow& b) {
        if (a.urgency != b.urgency)
            return int(a.urgency) < int(b.urgency);
        if (a.status == DealStatus::Delivered)
            return a.deliveredAt > b.deliveredAt;
        if (a.promisedDelivery != b.promisedDelivery)
            return a.promisedDelivery < b.promisedDelivery;
        return a.dealId < b.dealId;
    });
    return rows;
}

} // namespace showroom
