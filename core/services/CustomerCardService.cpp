#include "CustomerCardService.h"

#include "services/LeadService.h"
#include "storage/ContactPersonRepository.h"
#include "storage/CustomerCardRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/TimelineRepository.h"

namespace showroom {

Result<CustomerCard> CustomerCardService::load(qint64 customerId, int timelineLimit)
{
    QSqlDatabase& sql = m_context.db.sql();
    CustomerCardRepository cards(sql);
    CustomerCard card;
    auto customer = CustomerRepository(sql).byId(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    card.customer = std::move(*customer);
    if (card.customer.ownerId) {
        auto owner = cards.userName(*card.customer.ownerId);
        if (!owner)
            return std::unexpected(owner.error());
        card.ownerName = *owner;
    }
    auto persons = ContactPersonRepository(sql).forCustomer(customerId);
    if (!persons)
        return std::unexpected(persons.error());
    card.contactPersons = std::move(*persons);
    auto leads = cards.leads(customerId);
    if (!leads)
        return std::unexpected(leads.error());
    card.leads = std::move(*leads);
    auto entries = timeline(customerId, timelineLimit);
    if (!entries)
        return std::unexpected(entries.error());
    card.timeline = std::move(*entries);
    auto bought = cards.boughtBefore(customerId);
    if (!bought)
        return std::unexpected(bought.error());
    card.boughtBefore = *bought;
    return card;
}

Result<std::vector<TimelineEntry>> CustomerCardService::timeline(qint64 customerId, int limit)
{
    return TimelineRepository(m_context.db.sql()).forCustomer(customerId, limit);
}

Result<std::vector<LeadSummary>> CustomerCardService::leads(qint64 customerId)
{
    return CustomerCardRepository(m_context.db.sql()).leads(customerId);
}

Result<bool> CustomerCardService::boughtBefore(qint64 customerId)
{
    return CustomerCardRepository(m_context.db.sql()).boughtBefore(customerId);
}

QString CustomerCardService::applyRepurchaseRule(bool boughtBefore, const QString& chosenSourceKey)
{
    return boughtBefore ? kRepurchaseSourceKey : chosenSourceKey;
}

Result<QString> CustomerCardService::sourceForNewLead(qint64 customerId,
                                                      const QString& chosenSourceKey)
{
    auto bought = boughtBefore(customerId);
    if (!bought)
        return std::unexpected(bought.error());
    return applyRepurchaseRule(*bought, chosenSourceKey);
}

Result<Lead> CustomerCardService::createLead(const User& actor, NewLead draft)
{
    auto customer = CustomerRepository(m_context.db.sql()).byId(draft.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (customer->mergedIntoId)
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” was merged into customer #%2; create the lead there.")
                        .arg(customer->displayName())
                        .arg(*customer->mergedIntoId));
    auto source = sourceForNewLead(draft.customerId, draft.sourceKey);
    if (!source)
        return std::unexpected(source.error());
    if (source->isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose where the lead came from (its source)."));
    draft.sourceKey = *source;
    return LeadService(m_context).create(actor, draft);
}

} // namespace showroom
