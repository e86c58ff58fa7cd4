#include "DeliveryReminders.h"

#include "services/DealSettings.h"
#include "services/NotificationService.h"
#include "storage/Sql.h"
#include "storage/Values.h"

namespace showroom {

namespace {
struct DueDeal {
    qint64 dealId = 0;
    std::optional<qint64> leadId;
    std::optional<qint64> consultantId;
    QString customer;
    QString vehicle;
    QDate promised;
};

struct DueStep {
    DueDeal deal;
    qint64 itemId = 0;
    QString title;
    QDate due;
};

const QString kDealColumns =
    QStringLiteral("d.id, d.lead_id, d.consultant_id, c.display_name, "
                   "coalesce(v.make || ' ' || v.model || ' (' || v.vin || ')', d.ordered_vehicle), "
                   "d.promised_delivery_on");
const QString kDealJoins = QStringLiteral("FROM deals d JOIN customers c ON c.id = d.customer_id "
                                          "LEFT JOIN vehicles v ON v.id = d.vehicle_id ");

DueDeal readDeal(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), values::optionalId(q.value(1)), values::optionalId(q.value(2)),
            q.value(3).toString(),   q.value(4).toString(),          values::date(q.value(5))};
}

Result<qint64> post(QSqlDatabase& sql, NotificationKind kind, qint64 userId, const DueDeal& deal,
                    const QJsonObject& extra, const QString& ruleKey, const QDateTime& now)
{
    Notification n;
    n.userId = userId;
    n.kind = kind;
    n.leadId = deal.leadId;
    n.dealId = deal.dealId;
    n.createdAt = now;
    n.details.insert(QStringLiteral("customer"), deal.customer);
    n.details.insert(QStringLiteral("vehicle"), deal.vehicle);
    n.details.insert(QStringLiteral("promised"), deal.promised.toString(Qt::ISODate));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        n.details.insert(it.key(), it.value());
    return NotificationService::post(sql, n, ruleKey);
}

// Posts to each recipient; records the rule when anyone was newly told.
Result<void> tell(QSqlDatabase& sql, NotificationKind kind, const std::vector<qint64>& recipients,
                  const DueDeal& deal, const QJsonObject& extra, const QString& ruleKey,
                  const QString& ruleName, const QDateTime& now, std::vector<FiredRule>& fired)
{
    FiredRule rule;
    rule.rule = ruleName;
    rule.leadId = deal.leadId.value_or(0);
    rule.dealId = deal.dealId;
    for (qint64 userId : recipients) {
        auto id = post(sql, kind, userId, deal, extra, ruleKey, now);
        if (!id)
            return std::unexpected(id.error());
        if (*id)
            rule.notified.push_back(userId);
    }
    if (!rule.notified.empty()) {
        Notification shown;
        shown.kind = kind;
        shown.dealId = deal.dealId;
        shown.details = extra;
        shown.details.insert(QStringLiteral("vehicle"), deal.vehicle);
        shown.details.insert(QStringLiteral("promised"), deal.promised.toString(Qt::ISODate));
        rule.reason = NotificationService::reason(shown);
        fired.push_back(std::move(rule));
    }
    return {};
}

std::vector<qint64> withManagers(std::optional<qint64> consultant,
                                 const std::vector<qint64>& managers)
{
    std::vector<qint64> ids;
    if (consultant)
        ids.push_back(*consultant);
    for (qint64 id : managers)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    return ids;
}
} // namespace

Result<void> remindDeliveries(ServiceContext& context, const QDateTime& now,
                              std::vector<FiredRule>& fired)
{
    QSqlDatabase& sql = context.db.sql();
    auto settings = DealSettings::load(sql);
    if (!settings)
        return std::unexpected(settings.error());
    auto managers = NotificationService::managerIds(sql);
    if (!managers)
        return std::unexpected(managers.error());
    const QDate today = settings->localDate(now);
    const QString horizon = today.addDays(settings->reminderDays).toString(Qt::ISODate);

    std::vector<DueDeal> deals;
    auto ok = sql::select(sql,
                          QStringLiteral("SELECT %1 %2 WHERE d.status = 'open' AND "
                                         "d.promised_delivery_on <= ? ORDER BY d.id")
                              .arg(kDealColumns, kDealJoins),
                          {horizon}, [&](const QSqlQuery& q) { deals.push_back(readDeal(q)); });
    if (!ok)
        return ok;
    for (const DueDeal& deal : deals) {
        const QString date = deal.promised.toString(Qt::ISODate);
        const bool overdue = deal.promised < today;
        const QJsonObject extra{{QStringLiteral("days"), settings->reminderDays}};
        auto told =
            overdue
                ? tell(sql, NotificationKind::DeliveryOverdue,
                       withManagers(deal.consultantId, *managers), deal, extra,
                       QStringLiteral("delivery_overdue:%1:%2").arg(deal.dealId).arg(date),
                       QStringLiteral("delivery_overdue"), now, fired)
                : tell(sql, NotificationKind::DeliveryDue, withManagers(deal.consultantId, {}),
                       deal, extra, QStringLiteral("delivery_due:%1:%2").arg(deal.dealId).arg(date),
                       QStringLiteral("delivery_due"), now, fired);
        if (!told)
            return told;
    }

    std::vector<DueStep> steps;
    ok = sql::select(
        sql,
        QStringLiteral("SELECT %1, i.id, i.title, i.due_on %2 JOIN deal_checklist_items i ON "
                       "i.deal_id = d.id WHERE i.status = 'open' AND i.due_on IS NOT NULL AND "
                       "i.due_on <= ? AND d.status = 'open' ORDER BY i.due_on, i.id")
            .arg(kDealColumns, kDealJoins),
        {today.addDays(1).toString(Qt::ISODate)}, [&](const QSqlQuery& q) {
            steps.push_back({readDeal(q), q.value(6).toLongLong(), q.value(7).toString(),
                             values::date(q.value(8))});
        });
    if (!ok)
        return ok;
    for (const DueStep& step : steps) {
        const bool overdue = step.due < today;
        const QJsonObject extra{{QStringLiteral("step"), step.title},
                                {QStringLiteral("due"), step.due.toString(Qt::ISODate)}};
        const QString key =
            QStringLiteral("%1:%2:%3")
                .arg(overdue ? QStringLiteral("step_overdue") : QStringLiteral("step_due"))
                .arg(step.itemId)
                .arg(step.due.toString(Qt::ISODate));
        auto told =
            tell(sql, overdue ? NotificationKind::StepOverdue : NotificationKind::StepDue,
                 withManagers(step.deal.consultantId, {}), step.deal, extra, key,
                 overdue ? QStringLiteral("step_overdue") : QStringLiteral("step_due"), now, fired);
        if (!told)
            return told;
    }
    return {};
}

} // namespace showroom
