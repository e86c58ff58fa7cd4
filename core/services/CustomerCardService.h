#pragma once

#include "Error.h"
#include "domain/CustomerCard.h"
#include "domain/Lead.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// The source key of a lead from a customer who bought before (DESIGN: "an existing customer
// buying again gets source repurchase").
inline const QString kRepurchaseSourceKey = QStringLiteral("repurchase");

// Reads everything the customer card shows, and applies the repurchase rule to new leads.
class CustomerCardService {
    Q_DECLARE_TR_FUNCTIONS(CustomerCardService)

public:
    static constexpr int DefaultTimelineLimit = 500;

    explicit CustomerCardService(ServiceContext context) : m_context(context) {}

    // The customer with owner name, contact persons, leads, the newest `timelineLimit` timeline
    // entries (< 1: all) and whether they bought before. A merged customer loads as well.
    Result<CustomerCard> load(qint64 customerId, int timelineLimit = DefaultTimelineLimit);
    Result<std::vector<TimelineEntry>> timeline(qint64 customerId,
                                                int limit = DefaultTimelineLimit);
    Result<std::vector<LeadSummary>> leads(qint64 customerId);
    // A won lead or a deal that was not cancelled.
    Result<bool> boughtBefore(qint64 customerId);

    // The repurchase rule: a customer who bought before gets "repurchase", whatever was chosen;
    // otherwise the chosen source stays.
    static QString applyRepurchaseRule(bool boughtBefore, const QString& chosenSourceKey);
    // The source a new lead of this customer gets (see applyRepurchaseRule); with an empty
    // choice for someone who never bought, the empty choice (the caller must ask for one).
    Result<QString> sourceForNewLead(qint64 customerId, const QString& chosenSourceKey = {});
    // Creates a lead for the customer with the source from sourceForNewLead (LeadService rules
    // and permissions). Refused for a merged customer.
    Result<Lead> createLead(const User& actor, NewLead draft);

private:
    ServiceContext m_context;
};

} // namespace showroom
