#include "CustomerMergeService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/CustomerService.h"
#include "services/Permissions.h"
#include "storage/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace showroom {

namespace {

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue consentJson(const Consent& consent)
{
    return QJsonObject{{QStringLiteral("granted"), consent.granted},
                       {QStringLiteral("at"), isoOrNull(consent.changedAt)}};
}

// The stored value of one field (keys, ids and ISO dates; never translated text).
QJsonValue fieldJson(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Kind:
        return customerKindKey(c.kind);
    case CustomerField::FirstName:
        return c.firstName;
    case CustomerField::LastName:
        return c.lastName;
    case CustomerField::CompanyName:
        return c.companyName;
    case CustomerField::Phone:
        return c.phone;
    case CustomerField::Email:
        return c.email;
    case CustomerField::Street:
        return c.street;
    case CustomerField::PostalCode:
        return c.postalCode;
    case CustomerField::City:
        return c.city;
    case CustomerField::Language:
        return c.language;
    case CustomerField::Tier:
        return tierKey(c.tier);
    case CustomerField::Owner:
        return c.ownerId ? QJsonValue(*c.ownerId) : QJsonValue();
    case CustomerField::ConsentEmail:
        return consentJson(c.consentEmail);
    case CustomerField::ConsentSms:
        return consentJson(c.consentSms);
    case CustomerField::ConsentPhone:
        return consentJson(c.consentPhone);
    case CustomerField::Notes:
        return c.notes;
    }
    return {};
}

// Every field of the record, for the audit log: enough to see (and restore by hand) what it held.
QJsonObject snapshot(const Customer& c)
{
    QJsonObject object{{QStringLiteral("id"), c.id},
                       {QStringLiteral("display_name"), c.displayName()},
                       {QStringLiteral("phone_e164"), c.phoneE164},
                       {QStringLiteral("created_at"), isoOrNull(c.createdAt)},
                       {QStringLiteral("updated_at"), isoOrNull(c.updatedAt)},
                       {QStringLiteral("version"), c.version}};
    for (CustomerField field : allCustomerFields())
        object.insert(customerFieldKey(field), fieldJson(c, field));
    return object;
}

QJsonArray fieldKeys(const std::vector<CustomerField>& fields)
{
    QJsonArray keys;
    for (CustomerField field : fields)
        keys.append(customerFieldKey(field));
    return keys;
}

QJsonObject countsJson(const MergeCounts& counts)
{
    QJsonObject object;
    for (MergeKind kind : allMergeKinds())
        object.insert(mergeKindKey(kind), counts[kind]);
    return object;
}

} // namespace

Customer proposeMerge(const Customer& keep, const Customer& other)
{
    Customer proposed = keep;
    for (CustomerField field : allCustomerFields())
        if (isFieldEmpty(proposed, field) && !isFieldEmpty(other, field))
            copyField(other, proposed, field);
    for (auto consent : {&Customer::consentEmail, &Customer::consentSms, &Customer::consentPhone})
        if ((other.*consent).changedAt.isValid() &&
            (other.*consent).changedAt > (keep.*consent).changedAt)
            proposed.*consent = other.*consent;
    return proposed;
}

Result<MergeSummary> CustomerMergeService::merge(const User& actor, qint64 keepId, qint64 otherId,
                                                 const Customer& chosen, int otherVersion)
{
    if (auto allowed = require(actor, Permission::MergeCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (keepId == otherId)
        return fail(ErrorCode::InvalidInput,
                    tr("A customer record cannot be merged into itself. Choose two different "
                       "records of the same customer."));
    if (chosen.id != keepId)
        return fail(ErrorCode::InvalidInput,
                    tr("The chosen values belong to customer #%1, not to the kept record #%2.")
                        .arg(chosen.id)
                        .arg(keepId));
    const QDateTime now = m_context.clock.now();
    // The kept record is saved through CustomerService (validation, duplicate phone check,
    // version check); its change signal waits until the whole merge has committed.
    const ServiceContext quiet{m_context.db, m_context.clock, nullptr};

    auto merged = m_context.db.write([&]() -> Result<MergeSummary> {
        CustomerRepository customers(m_context.db.sql());
        auto keep = customers.byId(keepId);
        if (!keep)
            return std::unexpected(keep.error());
        auto other = customers.byId(otherId);
        if (!other)
            return std::unexpected(other.error());
        for (const Customer* record : {&*keep, &*other})
            if (record->mergedIntoId)
                return fail(ErrorCode::InvalidInput,
                            tr("“%1” (#%2) was already merged into customer #%3. Merge with "
                               "that customer instead.")
                                .arg(record->displayName())
                                .arg(record->id)
                                .arg(*record->mergedIntoId));
        for (const auto& [record, seen] :
             {std::pair{&*keep, chosen.version}, std::pair{&*other, otherVersion}})
            if (record->version != seen)
                return fail(ErrorCode::Conflict,
                            tr("Customer “%1” was changed on another desk since you opened the "
                               "merge. Nothing was merged; look at the records again and "
                               "repeat the merge.")
                                .arg(record->displayName()));

        // Retire the other record first: its phone number is then free for the kept one.
        MergeRepository merges(m_context.db.sql());
        const QString otherName = other->displayName();
        auto retired = merges.retire(otherId, otherVersion, keepId, now,
                                     [&] { return tr("Customer “%1”").arg(otherName); });
        if (!retired)
            return std::unexpected(retired.error());

        Customer edited = chosen; // the work may be retried: leave the captured choice as it was
        edited.mergedIntoId.reset();
        // CustomerService dates a changed consent "now" and records it as given by the actor;
        // a merge takes a consent over with its own date and history, so it is written apart.
        edited.consentEmail = keep->consentEmail;
        edited.consentSms = keep->consentSms;
        edited.consentPhone = keep->consentPhone;
        auto saved = CustomerService(quiet).update(actor, edited);
        if (!saved)
            return std::unexpected(saved.error());
        saved->consentEmail = chosen.consentEmail;
        saved->consentSms = chosen.consentSms;
        saved->consentPhone = chosen.consentPhone;
        if (auto written = merges.writeConsents(*saved); !written)
            return std::unexpected(written.error());
        auto moved = merges.moveAttached(otherId, keepId);
        if (!moved)
            return std::unexpected(moved.error());

        MergeSummary summary{*saved, otherId, *moved, {}};
        std::vector<CustomerField> otherChanges;
        for (CustomerField field : allCustomerFields()) {
            if (sameField(*saved, *keep, field))
                continue;
            if (sameField(*saved, *other, field))
                summary.takenFromMerged.push_back(field);
            else
                otherChanges.push_back(field);
        }
        const QJsonObject details{
            {QStringLiteral("kept_id"), keepId},
            {QStringLiteral("merged_id"), otherId},
            {QStringLiteral("merged_record"), snapshot(*other)},
            {QStringLiteral("kept_before"), snapshot(*keep)},
            {QStringLiteral("taken_from_merged"), fieldKeys(summary.takenFromMerged)},
            {QStringLiteral("other_changes"), fieldKeys(otherChanges)},
            {QStringLiteral("moved"), countsJson(*moved)}};
        if (auto logged = audit(m_context, &actor, QStringLiteral("customer.merge"),
                                QStringLiteral("customers"), keepId, details);
            !logged)
            return std::unexpected(logged.error());
        // On the retired record too, so that its own history says where it went.
        if (auto logged =
                audit(m_context, &actor, QStringLiteral("customer.merged_into"),
                      QStringLiteral("customers"), otherId, {{QStringLiteral("kept_id"), keepId}});
            !logged)
            return std::unexpected(logged.error());
        return summary;
    });
    if (merged && m_context.changes) {
        Q_EMIT m_context.changes->customerMerged(keepId, otherId);
        Q_EMIT m_context.changes->customerChanged(keepId);
    }
    return merged;
}

Result<MergeCounts> CustomerMergeService::attachedTo(qint64 customerId)
{
    return MergeRepository(m_context.db.sql()).countAttached(customerId);
}

QString CustomerMergeService::countText(MergeKind kind, qint64 count)
{
    const int n = int(count);
    switch (kind) {
    case MergeKind::Leads:
        return n == 1 ? tr("1 lead") : tr("%n leads", nullptr, n);
    case MergeKind::Visits:
        return n == 1 ? tr("1 visit") : tr("%n visits", nullptr, n);
    case MergeKind::Activities:
        return n == 1 ? tr("1 activity") : tr("%n activities", nullptr, n);
    case MergeKind::Deals:
        return n == 1 ? tr("1 deal") : tr("%n deals", nullptr, n);
    case MergeKind::ContactPersons:
        return n == 1 ? tr("1 contact person") : tr("%n contact persons", nullptr, n);
    case MergeKind::ConsentEvents:
        return n == 1 ? tr("1 consent record") : tr("%n consent records", nullptr, n);
    case MergeKind::Tasks:
        return n == 1 ? tr("1 task") : tr("%n tasks", nullptr, n);
    case MergeKind::Vehicles:
        return n == 1 ? tr("1 vehicle") : tr("%n vehicles", nullptr, n);
    case MergeKind::Attachments:
        return n == 1 ? tr("1 attachment") : tr("%n attachments", nullptr, n);
    case MergeKind::TestDrives:
        return n == 1 ? tr("1 test drive booking") : tr("%n test drive bookings", nullptr, n);
    case MergeKind::MergedRecords:
        return n == 1 ? tr("1 earlier merged record") : tr("%n earlier merged records", nullptr, n);
    }
    return {};
}

QString CustomerMergeService::describe(const MergeCounts& counts)
{
    QStringList parts;
    for (MergeKind kind : allMergeKinds())
        if (counts[kind] > 0)
            parts << countText(kind, counts[kind]);
    if (parts.isEmpty())
        return tr("nothing");
    return QLocale().createSeparatedList(parts);
}

} // namespace showroom
