#include "ActivityService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/PipelineSettings.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/LeadRepository.h"

namespace showroom {

Result<Activity> ActivityService::log(const User& actor, Activity activity)
{
    const Permission needed = activity.kind == ActivityKind::ManagerComment
                                  ? Permission::CommentAsManager
                                  : Permission::LogActivities;
    if (auto allowed = require(actor, needed); !allowed)
        return std::unexpected(allowed.error());
    activity.subject = activity.subject.trimmed();
    activity.body = activity.body.trimmed();
    if (activity.kind == ActivityKind::Note && activity.body.isEmpty() &&
        activity.subject.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A note needs some text."));
    const QDateTime now = m_context.clock.now();
    activity.userId = actor.id;
    activity.createdAt = now;
    if (!activity.occurredAt.isValid())
        activity.occurredAt = now;
    if (activity.occurredAt > now.addSecs(60))
        return fail(ErrorCode::InvalidInput,
                    tr("An activity cannot happen in the future; plan a follow-up instead."));

    bool leadChanged = false;
    auto logged = m_context.db.write([&]() -> Result<Activity> {
        QSqlDatabase& sql = m_context.db.sql();
        if (auto customer = CustomerRepository(sql).checkExists(activity.customerId); !customer)
            return std::unexpected(customer.error());
        if (activity.leadId) {
            auto customer = LeadRepository(sql).customerOf(*activity.leadId);
            if (!customer)
                return std::unexpected(customer.error());
            if (*customer != activity.customerId)
                return fail(ErrorCode::InvalidInput,
                            tr("Lead #%1 belongs to another customer.").arg(*activity.leadId));
        }
        auto id = ActivityRepository(sql).insert(activity);
        if (!id)
            return std::unexpected(id.error());
        Activity saved = activity; // the work may be retried: leave the captured draft as it was
        saved.id = *id;
        if (activity.leadId && isCustomerContact(activity.kind)) {
            auto first = stopResponseClock(sql, *activity.leadId, activity.occurredAt);
            if (!first)
                return std::unexpected(first.error());
            leadChanged = *first;
        }
        if (auto audited = audit(m_context, &actor, QStringLiteral("activity.create"),
                                 QStringLiteral("activities"), saved.id,
                                 {{QStringLiteral("kind"), activityKindKey(activity.kind)},
                                  {QStringLiteral("customer_id"), activity.customerId}});
            !audited)
            return std::unexpected(audited.error());
        return saved;
    });
    if (logged && m_context.changes) {
        Q_EMIT m_context.changes->activityAdded(logged->id, logged->customerId);
        if (leadChanged)
            Q_EMIT m_context.changes->leadChanged(*logged->leadId);
    }
    return logged;
}

Result<std::vector<Activity>> ActivityService::forCustomer(qint64 customerId, int limit)
{
    return ActivityRepository(m_context.db.sql()).forCustomer(customerId, limit);
}

} // namespace showroom
