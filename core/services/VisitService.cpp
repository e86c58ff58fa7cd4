#include "VisitService.h"

#include "rules/ContactValidation.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/CustomerService.h"
#include "services/Permissions.h"
#include "services/VisitLeads.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"
#include "storage/VisitRepository.h"

#include <algorithm>

namespace showroom {

namespace {
// Fills what the customer record lacks from what the visitor said; never overwrites.
bool fillEmpty(Customer& c, const VisitorContact& contact, const QString& e164)
{
    bool changed = false;
    const auto fill = [&changed](QString& field, const QString& value) {
        if (field.isEmpty() && !value.trimmed().isEmpty()) {
            field = value.trimmed();
            changed = true;
        }
    };
    fill(c.firstName, contact.firstName);
    fill(c.lastName, contact.lastName);
    fill(c.email, contact.email);
    if (c.phoneE164.isEmpty() && !e164.isEmpty()) {
        c.phone = contact.phone.trimmed();
        changed = true;
    }
    return changed;
}

void announce(ChangeBus* changes, const VisitOutcome& outcome, bool visitIsNew)
{
    if (!changes)
        return;
    if (outcome.customer && outcome.customerCreated)
        Q_EMIT changes->customerAdded(outcome.customer->id);
    else if (outcome.customer)
        Q_EMIT changes->customerChanged(outcome.customer->id);
    if (outcome.leadId && outcome.leadCreated)
        Q_EMIT changes->leadAdded(*outcome.leadId);
    else if (outcome.leadId)
        Q_EMIT changes->leadChanged(*outcome.leadId);
    if (visitIsNew)
        Q_EMIT changes->visitAdded(outcome.visit.id);
    else
        Q_EMIT changes->visitChanged(outcome.visit.id);
}
} // namespace

Result<VisitOutcome> VisitService::attachVisitor(const User& actor, Visit visit,
                                                 const VisitorContact& contact, bool detectRepeat)
{
    // Nested services join this transaction; the change signals are sent once it committed.
    ServiceContext quiet{m_context.db, m_context.clock, nullptr};
    CustomerService customers(quiet);
    QSqlDatabase& sql = m_context.db.sql();
    VisitOutcome outcome;

    QString e164;
    if (!contact.phone.trimmed().isEmpty()) {
        auto region = customers.defaultRegion();
        if (!region)
            return std::unexpected(region.error());
        auto normalized = normalizePhone(contact.phone, *region);
        if (!normalized)
            return std::unexpected(normalized.error());
        e164 = *normalized;
    }

    // Who is it: the customer the receptionist linked, the one on the visit already, the
    // customer with this phone number (a phone identifies a person), or someone new.
    std::optional<qint64> customerId = contact.customerId ? contact.customerId : visit.customerId;
    if (!customerId && !e164.isEmpty()) {
        auto same = CustomerRepository(sql).byPhone(e164, 1);
        if (!same)
            return std::unexpected(same.error());
        if (!same->empty())
            customerId = same->front().id;
    }
    if (customerId) {
        auto existing = customers.get(*customerId);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->mergedIntoId)
            return fail(ErrorCode::InvalidInput,
                        tr("Customer #%1 was merged into #%2; link the visit to that one.")
                            .arg(existing->id)
                            .arg(*existing->mergedIntoId));
        Customer customer = *existing;
        if (fillEmpty(customer, contact, e164)) {
            auto saved = customers.update(actor, customer);
            if (!saved)
                return std::unexpected(saved.error());
            customer = *saved;
        }
        outcome.customer = customer;
    } else if (!contact.isEmpty()) {
        Customer draft;
        draft.firstName = contact.firstName;
        draft.lastName = contact.lastName;
        draft.phone = contact.phone;
        draft.email = contact.email;
        draft.tier = visit.channel == VisitChannel::WalkIn ? Tier::High : Tier::Value;
        draft.ownerId = visit.consultantId;
        auto created = customers.add(actor, draft);
        if (!created)
            return std::unexpected(created.error());
        outcome.customer = *created;
        outcome.customerCreated = true;
    }
    if (outcome.customer)
        visit.customerId = outcome.customer->id;
    if (detectRepeat && visit.customerId && visit.channel == VisitChannel::WalkIn) {
        auto earlier = VisitRepository(sql).earlierWalkIns(*visit.customerId, visit.arrivedAt);
        if (!earlier)
            return std::unexpected(earlier.error());
        visit.firstVisit = *earlier == 0;
    }

    if (auto linked = linkVisitToLead(quiet, actor, visit, outcome); !linked)
        return std::unexpected(linked.error());
    outcome.visit = visit;
    return outcome;
}

Result<VisitOutcome> VisitService::log(const User& actor, const NewVisit& draft)
{
    if (auto allowed = require(actor, Permission::LogVisits); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    Visit visit;
    visit.channel = draft.channel;
    visit.arrivedAt = draft.arrivedAt.isValid() ? draft.arrivedAt : now;
    visit.partySize = draft.partySize;
    visit.purpose = draft.purpose;
    visit.consultantId = draft.consultantId;
    visit.modelInterest = draft.modelInterest.trimmed();
    visit.testDrive = draft.testDrive;
    visit.createdBy = actor.id;
    visit.createdAt = now;
    if (visit.partySize < 1 || visit.partySize > 99)
        return fail(ErrorCode::InvalidInput, tr("The party size must be between 1 and 99."));
    if (visit.arrivedAt > now.addSecs(60))
        return fail(ErrorCode::InvalidInput, tr("The arrival time cannot be in the future."));

    auto logged = m_context.db.write([&]() -> Result<VisitOutcome> {
        QSqlDatabase& sql = m_context.db.sql();
        Visit fresh = visit; // the work may be retried: leave the captured visit as it was
        if (fresh.consultantId) {
            auto consultant = UserRepository(sql).byId(*fresh.consultantId);
            if (!consultant)
                return std::unexpected(consultant.error());
            if (!consultant->active ||
                (consultant->role != Role::Consultant && consultant->role != Role::Manager))
                return fail(ErrorCode::InvalidInput,
                            tr("%1 cannot take visitors.").arg(consultant->displayName));
        }
        // First or repeat visit is settled before the lead is linked: only a first walk-in plans
        // the follow-up calls.
        fresh.firstVisit = draft.firstVisit.value_or(true);
        auto outcome = attachVisitor(actor, fresh, draft.contact, !draft.firstVisit.has_value());
        if (!outcome)
            return outcome;
        Visit& saved = outcome->visit;
        auto id = VisitRepository(sql).insert(saved);
        if (!id)
            return std::unexpected(id.error());
        saved.id = *id;
        if (saved.channel == VisitChannel::Phone && saved.customerId) {
            Activity call;
            call.customerId = *saved.customerId;
            call.leadId = saved.leadId;
            call.userId = actor.id;
            call.kind = ActivityKind::Call;
            call.direction = Direction::Inbound;
            call.occurredAt = saved.arrivedAt;
            call.body = saved.modelInterest;
            call.createdAt = now;
            if (auto added = ActivityRepository(sql).insert(call); !added)
                return std::unexpected(added.error());
        }
        if (auto audited = audit(m_context, &actor, QStringLiteral("visit.create"),
                                 QStringLiteral("visits"), saved.id,
                                 {{QStringLiteral("channel"), visitChannelKey(saved.channel)},
                                  {QStringLiteral("customer_id"),
                                   saved.customerId ? QJsonValue(*saved.customerId) : QJsonValue()},
                                  {QStringLiteral("lead_id"),
                                   saved.leadId ? QJsonValue(*saved.leadId) : QJsonValue()},
                                  {QStringLiteral("first_visit"), saved.firstVisit}});
            !audited)
            return std::unexpected(audited.error());
        return outcome;
    });
    if (logged)
        announce(m_context.changes, *logged, true);
    return logged;
}

Result<VisitOutcome> VisitService::addContact(const User& actor, qint64 visitId,
                                              const VisitorContact& contact,
                                              std::optional<int> expectedVersion)
{
    if (auto allowed = require(actor, Permission::LogVisits); !allowed)
        return std::unexpected(allowed.error());
    if (contact.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Enter the visitor's name, phone number or email address."));
    auto completed = m_context.db.write([&]() -> Result<VisitOutcome> {
        QSqlDatabase& sql = m_context.db.sql();
        VisitRepository visits(sql);
        auto visit = visits.byId(visitId);
        if (!visit)
            return std::unexpected(visit.error());
        if (expectedVersion)
            visit->version = *expectedVersion;
        if (visit->customerId && contact.customerId && *visit->customerId != *contact.customerId)
            return fail(ErrorCode::InvalidInput,
                        tr("Visit #%1 already belongs to another customer.").arg(visitId));
        auto outcome = attachVisitor(actor, *visit, contact);
        if (!outcome)
            return outcome;
        auto version = visits.update(outcome->visit);
        if (!version)
            return std::unexpected(version.error());
        outcome->visit.version = *version;
        if (auto audited = audit(m_context, &actor, QStringLiteral("visit.contact"),
                                 QStringLiteral("visits"), visitId,
                                 {{QStringLiteral("customer_id"), *outcome->visit.customerId},
                                  {QStringLiteral("lead_id"),
                                   outcome->leadId ? QJsonValue(*outcome->leadId) : QJsonValue()}});
            !audited)
            return std::unexpected(audited.error());
        return outcome;
    });
    if (completed)
        announce(m_context.changes, *completed, false);
    return completed;
}

Result<Visit> VisitService::markLeft(const User& actor, qint64 visitId, QDateTime at,
                                     std::optional<int> expectedVersion)
{
    if (auto allowed = require(actor, Permission::LogVisits); !allowed)
        return std::unexpected(allowed.error());
    const QDateTime now = m_context.clock.now();
    if (!at.isValid())
        at = now;
    if (at > now.addSecs(60))
        return fail(ErrorCode::InvalidInput, tr("The departure time cannot be in the future."));
    auto left = m_context.db.write([&]() -> Result<Visit> {
        VisitRepository visits(m_context.db.sql());
        auto visit = visits.byId(visitId);
        if (!visit)
            return std::unexpected(visit.error());
        if (expectedVersion)
            visit->version = *expectedVersion;
        if (visit->leftAt.isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("This visitor already left at %1.")
                            .arg(visit->leftAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        if (at < visit->arrivedAt)
            return fail(ErrorCode::InvalidInput,
                        tr("The departure time is before the arrival time."));
        visit->leftAt = at;
        auto version = visits.update(*visit);
        if (!version)
            return std::unexpected(version.error());
        visit->version = *version;
        if (auto audited =
                audit(m_context, &actor, QStringLiteral("visit.left"), QStringLiteral("visits"),
                      visitId, {{QStringLiteral("left_at"), at.toSecsSinceEpoch()}});
            !audited)
            return std::unexpected(audited.error());
        return *visit;
    });
    if (left && m_context.changes)
        Q_EMIT m_context.changes->visitChanged(visitId);
    return left;
}

Result<Visit> VisitService::get(qint64 visitId)
{
    return VisitRepository(m_context.db.sql()).byId(visitId);
}

Result<std::vector<VisitRow>> VisitService::day(QDate date, const QTimeZone& zone)
{
    return VisitRepository(m_context.db.sql())
        .between(QDateTime(date, QTime(0, 0), zone), QDateTime(date.addDays(1), QTime(0, 0), zone));
}

Result<Traffic> VisitService::traffic(QDate first, QDate last, const QTimeZone& zone)
{
    if (last < first)
        return fail(ErrorCode::InvalidInput, tr("The period ends before it begins."));
    return VisitRepository(m_context.db.sql())
        .traffic(QDateTime(first, QTime(0, 0), zone),
                 QDateTime(last.addDays(1), QTime(0, 0), zone));
}

Result<bool> VisitService::visitedBefore(qint64 customerId)
{
    auto earlier =
        VisitRepository(m_context.db.sql()).earlierWalkIns(customerId, m_context.clock.now());
    if (!earlier)
        return std::unexpected(earlier.error());
    return *earlier > 0;
}

Result<QStringList> VisitService::modelSuggestions()
{
    return VisitRepository(m_context.db.sql()).knownModels();
}

Result<std::vector<FloorConsultant>> VisitService::floorConsultants()
{
    QSqlDatabase& sql = m_context.db.sql();
    auto users = UserRepository(sql).all();
    if (!users)
        return std::unexpected(users.error());
    // Visitors still here from the last twelve hours; older open visits were never closed.
    auto withVisitors =
        VisitRepository(sql).visitorsWithConsultants(m_context.clock.now().addSecs(-12 * 3600));
    if (!withVisitors)
        return std::unexpected(withVisitors.error());
    std::vector<FloorConsultant> floor;
    for (const User& user : *users) {
        if (!user.active || user.role != Role::Consultant)
            continue;
        FloorConsultant consultant{user, 0};
        for (const auto& [id, count] : *withVisitors)
            if (id == user.id)
                consultant.visitorsNow = count;
        floor.push_back(consultant);
    }
    std::stable_sort(floor.begin(), floor.end(),
                     [](const FloorConsultant& a, const FloorConsultant& b) {
                         const auto rank = [](const FloorConsultant& c) {
                             return c.available() ? 0 : c.user.onDuty ? 1 : 2;
                         };
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         return a.user.displayName.localeAwareCompare(b.user.displayName) < 0;
                     });
    return floor;
}

} // namespace showroom
