#include "ContactPersonService.h"

#include "rules/ContactValidation.h"
#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/CustomerService.h"
#include "services/Permissions.h"
#include "storage/ContactPersonRepository.h"
#include "storage/CustomerRepository.h"

namespace showroom {

namespace {
QJsonObject describe(const ContactPerson& p)
{
    return {{QStringLiteral("customer_id"), p.customerId},
            {QStringLiteral("role"), contactRoleKey(p.role)},
            {QStringLiteral("name"), p.displayName()},
            {QStringLiteral("phone"), p.phoneE164},
            {QStringLiteral("email"), p.email}};
}
} // namespace

Result<std::vector<ContactPerson>> ContactPersonService::forCustomer(qint64 customerId)
{
    return ContactPersonRepository(m_context.db.sql()).forCustomer(customerId);
}

Result<ContactPerson> ContactPersonService::validated(ContactPerson p)
{
    p.firstName = p.firstName.trimmed();
    p.lastName = p.lastName.trimmed();
    p.position = p.position.trimmed();
    p.phone = p.phone.trimmed();
    p.email = p.email.trimmed();
    if (p.firstName.isEmpty() && p.lastName.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter the contact person's first or last name."));
    p.phoneE164.clear();
    if (!p.phone.isEmpty()) {
        auto region = CustomerService(m_context).defaultRegion();
        if (!region)
            return std::unexpected(region.error());
        auto e164 = normalizePhone(p.phone, *region);
        if (!e164)
            return std::unexpected(e164.error());
        p.phoneE164 = *e164;
    }
    if (!p.email.isEmpty()) {
        auto email = validateEmail(p.email);
        if (!email)
            return std::unexpected(email.error());
        p.email = *email;
    }
    return p;
}

Result<void> ContactPersonService::checkCustomer(qint64 customerId)
{
    auto customer = CustomerRepository(m_context.db.sql()).byId(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (customer->mergedIntoId)
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” was merged into customer #%2; edit that customer instead.")
                        .arg(customer->displayName())
                        .arg(*customer->mergedIntoId));
    if (customer->kind != CustomerKind::Company)
        return fail(ErrorCode::InvalidInput,
                    tr("Only company customers have contact persons; “%1” is a private person.")
                        .arg(customer->displayName()));
    return {};
}

Result<ContactPerson> ContactPersonService::add(const User& actor, ContactPerson draft)
{
    if (auto allowed = require(actor, Permission::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    auto valid = validated(std::move(draft));
    if (!valid)
        return std::unexpected(valid.error());
    valid->id = 0;
    valid->version = 1;

    auto added = m_context.db.write([&]() -> Result<ContactPerson> {
        if (auto customer = checkCustomer(valid->customerId); !customer)
            return std::unexpected(customer.error());
        ContactPerson created = *valid; // the work may be retried: copy, then change the copy
        auto id = ContactPersonRepository(m_context.db.sql()).insert(created);
        if (!id)
            return std::unexpected(id.error());
        created.id = *id;
        if (auto logged = audit(m_context, &actor, QStringLiteral("contact_person.create"),
                                QStringLiteral("contact_persons"), created.id, describe(created));
            !logged)
            return std::unexpected(logged.error());
        return created;
    });
    if (added && m_context.changes)
        Q_EMIT m_context.changes->customerChanged(added->customerId);
    return added;
}

Result<ContactPerson> ContactPersonService::update(const User& actor, ContactPerson changed)
{
    if (auto allowed = require(actor, Permission::EditCustomers); !allowed)
        return std::unexpected(allowed.error());
    auto valid = validated(std::move(changed));
    if (!valid)
        return std::unexpected(valid.error());

    auto saved = m_context.db.write([&]() -> Result<ContactPerson> {
        ContactPersonRepository persons(m_context.db.sql());
        auto stored = persons.byId(valid->id);
        if (!stored)
            return std::unexpected(stored.error());
        ContactPerson edited = *valid; // the work may be retried: copy, then change the copy
        edited.customerId = stored->customerId;
        if (auto customer = checkCustomer(edited.customerId); !customer)
            return std::unexpected(customer.error());
        auto version = persons.update(edited);
        if (!version)
            return std::unexpected(version.error());
        edited.version = *version;
        if (auto logged = audit(m_context, &actor, QStringLiteral("contact_person.update"),
                                QStringLiteral("contact_persons"), edited.id, describe(edited));
            !logged)
            return std::unexpected(logged.error());
        return edited;
    });
    if (saved && m_context.changes)
        Q_EMIT m_context.changes->customerChanged(saved->customerId);
    return saved;
}

Result<void> ContactPersonService::remove(const User& actor, const ContactPerson& person)
{
    if (auto allowed = require(actor, Permission::EditCustomers); !allowed)
        return allowed;
    qint64 customerId = 0;
    auto removed = m_context.db.write([&]() -> Result<void> {
        ContactPersonRepository persons(m_context.db.sql());
        auto stored = persons.byId(person.id);
        if (!stored)
            return std::unexpected(stored.error());
        customerId = stored->customerId; // the same value on every attempt
        ContactPerson target = *stored;
        target.version = person.version;
        if (auto gone = persons.remove(target); !gone)
            return gone;
        return audit(m_context, &actor, QStringLiteral("contact_person.delete"),
                     QStringLiteral("contact_persons"), target.id, describe(*stored));
    });
    if (removed && m_context.changes)
        Q_EMIT m_context.changes->customerChanged(customerId);
    return removed;
}

} // namespace showroom
