#include "CustomerService.h"

#include "rules/ContactValidation.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/PhoneNormaliser.h"
#include "storage/ReferenceRepository.h"

namespace showroom {

namespace {
QJsonObject describe(const Customer& c)
{
    return {{QStringLiteral("name"), c.displayName()},
            {QStringLiteral("phone"), c.phoneE164},
            {QStringLiteral("email"), c.email}};
}

// A consent whose flag changed is dated `now`; an unchanged one keeps its stored date (nobody
// back-dates a consent). `stored` is null for a new customer, whose consents were never asked.
// Returns the channels that changed.
std::vector<ConsentChannel> stampConsents(Customer& customer, const Customer* stored,
                                          const QDateTime& now)
{
    std::vector<ConsentChannel> changed;
    for (ConsentChannel channel : kConsentChannels) {
        Consent& consent = consentOf(customer, channel);
        const Consent before = stored ? consentOf(*stored, channel) : Consent{};
        if (consent.granted != before.granted) {
            consent.changedAt = now;
            changed.push_back(channel);
        } else {
            consent.changedAt = before.changedAt;
        }
    }
    return changed;
}

// One consent_events row per changed channel; the audit details name them.
Result<void> recordConsents(CustomerRepository& customers, const Customer& customer,
                            const std::vector<ConsentChannel>& channels, const User& actor,
                            QJsonObject& details)
{
    QJsonObject consents;
    for (ConsentChannel channel : channels) {
        const Consent& consent = consentOf(customer, channel);
        auto recorded = customers.insertConsentEvent(
            {0, customer.id, channel, consent.granted, consent.changedAt, actor.id});
        if (!recorded)
            return std::unexpected(recorded.error());
        consents.insert(consentChannelKey(channel), consent.granted);
    }
    if (!consents.isEmpty())
        details.insert(QStringLiteral("consents"), consents);
    return {};
}
} // namespace

Result<QString> CustomerService::defaultRegion()
{
    if (m_phones)
        return m_phones->region();
    return ReferenceRepository(m_context.db.sql())
        .setting(QStringLiteral("dealership.region"), QStringLiteral("DE"));
}

Result<void> CustomerService::validate(Customer& c)
{
    c.firstName = c.firstName.trimmed();
    c.lastName = c.lastName.trimmed();
    c.companyName = c.companyName.trimmed();
    c.phone = c.phone.trimmed();
    c.email = c.email.trimmed();
    if (c.kind == CustomerKind::Company && c.companyName.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A company customer needs the company name."));
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.companyName.isEmpty() &&
        c.phone.isEmpty() && c.email.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Enter a name, a phone number or an email address."));
    c.phoneE164.clear();
    if (!c.phone.isEmpty()) {
        auto region = defaultRegion();
        if (!region)
            return std::unexpected(region.error());
        auto e164 = normalised(c.phone, *region);
        if (!e164)
            return std::unexpected(e164.error());
        c.phoneE164 = *e164;
    }
    if (!c.email.isEmpty()) {
        auto email = validateEmail(c.email);
        if (!email)
            return std::unexpected(email.error());
        c.email = *email;
    }
    return {};
}

Result<QString> CustomerService::normalised(const QString& phone, const QString& region)
{
    return m_phones ? m_phones->e164(phone) : normalizePhone(phone, region);
}

Result<Customer> CustomerService::add(const User& actor, Customer draft)
{
    if (auto allowed = require(actor, Permission::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = validate(draft); !valid)
        return std::unexpected(valid.error());
    const QDateTime now = m_context.clock.now();
    draft.id = 0;
    draft.version = 1;
    draft.createdAt = now;
    draft.updatedAt = now;

    auto added = m_context.db.write([&]() -> Result<Customer> {
        CustomerRepository customers(m_context.db.sql());
        if (!draft.phoneE164.isEmpty()) {
            auto same = customers.byPhone(draft.phoneE164, 1);
            if (!same)
                return std::unexpected(same.error());
            if (!same->empty())
                return fail(
                    ErrorCode::Duplicate,
                    tr("%1 already belongs to customer “%2” (#%3). Open that customer "
                       "instead of creating a duplicate.")
                        .arg(formatPhoneForDisplay(draft.phoneE164), same->front().displayName)
                        .arg(same->front().id));
        }
        Customer created = draft; // the work may be retried: leave the captured draft as it was
        const auto consents = stampConsents(created, nullptr, now);
        auto id = customers.insert(created);
        if (!id)
            return std::unexpected(id.error());
        created.id = *id;
        QJsonObject details = describe(created);
        if (auto recorded = recordConsents(customers, created, consents, actor, details); !recorded)
            return std::unexpected(recorded.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("customer.create"),
                                QStringLiteral("customers"), created.id, details);
            !logged)
            return std::unexpected(logged.error());
        return created;
    });
    if (added && m_context.changes)
        Q_EMIT m_context.changes->customerAdded(added->id);
    return added;
}

Result<Customer> CustomerService::update(const User& actor, Customer changed)
{
    if (auto allowed = require(actor, Permission::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = validate(changed); !valid)
        return std::unexpected(valid.error());
    changed.updatedAt = m_context.clock.now();

    auto saved = m_context.db.write([&]() -> Result<Customer> {
        CustomerRepository customers(m_context.db.sql());
        if (!changed.phoneE164.isEmpty()) {
            auto same = customers.byPhone(changed.phoneE164, 2);
            if (!same)
                return std::unexpected(same.error());
            for (const CustomerRow& other : *same)
                if (other.id != changed.id)
                    return fail(
                        ErrorCode::Duplicate,
                        tr("%1 already belongs to customer “%2” (#%3).")
                            .arg(formatPhoneForDisplay(changed.phoneE164), other.displayName)
                            .arg(other.id));
        }
        auto stored = customers.byId(changed.id);
        if (!stored)
            return std::unexpected(stored.error());
        Customer saved = changed; // the work may be retried: leave the captured edit as it was
        const auto consents = stampConsents(saved, &*stored, saved.updatedAt);
        auto version = customers.update(saved);
        if (!version)
            return std::unexpected(version.error());
        saved.version = *version;
        QJsonObject details = describe(saved);
        if (auto recorded = recordConsents(customers, saved, consents, actor, details); !recorded)
            return std::unexpected(recorded.error());
        if (auto logged = audit(m_context, &actor, QStringLiteral("customer.update"),
                                QStringLiteral("customers"), saved.id, details);
            !logged)
            return std::unexpected(logged.error());
        return saved;
    });
    if (saved && m_context.changes)
        Q_EMIT m_context.changes->customerChanged(saved->id);
    return saved;
}

Result<Customer> CustomerService::get(qint64 id)
{
    return CustomerRepository(m_context.db.sql()).byId(id);
}

Result<DuplicateCandidates> CustomerService::findDuplicates(const QString& phone,
                                                            const QString& email, qint64 excludeId)
{
    DuplicateCandidates candidates;
    CustomerRepository customers(m_context.db.sql());
    const auto without = [excludeId](std::vector<CustomerRow> rows) {
        std::erase_if(rows, [excludeId](const CustomerRow& row) { return row.id == excludeId; });
        return rows;
    };
    if (!phone.trimmed().isEmpty()) {
        auto region = defaultRegion();
        if (!region)
            return std::unexpected(region.error());
        if (auto e164 = normalised(phone, *region)) {
            auto same = customers.byPhone(*e164);
            if (!same)
                return std::unexpected(same.error());
            candidates.samePhone = without(std::move(*same));
        }
    }
    if (!email.trimmed().isEmpty()) {
        auto same = customers.byEmail(email);
        if (!same)
            return std::unexpected(same.error());
        candidates.sameEmail = without(std::move(*same));
    }
    return candidates;
}

Result<DuplicateCandidates> CustomerService::findDuplicates(const Customer& draft, qint64 excludeId)
{
    auto candidates = findDuplicates(draft.phone, draft.email, excludeId);
    if (!candidates)
        return candidates;
    Customer named = draft;
    named.phone.clear();
    named.email.clear();
    const QString name = named.displayName().trimmed();
    if (name.isEmpty())
        return candidates;
    auto same = CustomerRepository(m_context.db.sql()).byDisplayName(name);
    if (!same)
        return std::unexpected(same.error());
    std::erase_if(*same, [&](const CustomerRow& row) { return row.id == excludeId; });
    candidates->sameName = std::move(*same);
    return candidates;
}

Result<std::optional<qint64>> CustomerService::firstWithPhone(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return std::nullopt;
    auto region = defaultRegion();
    if (!region)
        return std::unexpected(region.error());
    auto e164 = normalised(phone, *region);
    if (!e164)
        return std::nullopt;
    return CustomerRepository(m_context.db.sql()).firstByPhone(*e164);
}

Result<std::optional<qint64>> CustomerService::firstWithEmail(const QString& email)
{
    if (email.trimmed().isEmpty())
        return std::nullopt;
    return CustomerRepository(m_context.db.sql()).firstByEmail(email);
}

Result<std::vector<CustomerRow>>
CustomerService::page(const QString& text, const std::optional<CustomerCursor>& after, int limit)
{
    return CustomerRepository(m_context.db.sql()).page(text, after, limit);
}

} // namespace showroom
