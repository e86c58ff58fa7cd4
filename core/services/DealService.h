#pragma once

#include "Error.h"
#include "domain/Deal.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// After Won: the deal. Creating it closes the lead as won (when it is not yet), reserves the
// stock vehicle and gives the deal its checklists (the loan documents only when paid by credit or
// lease, the private or the company list by the buyer; delivery steps dated back from the promised
// date; the handover; the accessories offered for the model, the chosen ones as sold).
class DealService {
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    explicit DealService(ServiceContext context) : m_context(context) {}

    Result<DealDetails> create(const User& actor, const DealDraft& draft);
    Result<DealDetails> details(qint64 dealId);
    Result<std::vector<Deal>> forCustomer(qint64 customerId);
    Result<std::optional<qint64>> dealOfLead(qint64 leadId);

    // Refused with the list of what is missing (required items not done, required documents not
    // attached) until the loan file is complete.
    Result<DealDetails> sendToBank(const User& actor, qint64 dealId);
    // Records that the bank approved the loan: only for an open or delivered financed deal whose
    // loan application went to the bank, and only once.
    Result<DealDetails> markBankApproved(const User& actor, qint64 dealId);
    // Hands the car over: every required delivery and handover step done (and a financed deal
    // sent to the bank). Sets the vehicle delivered, records the date and plans the after-sales
    // follow-ups: a call after `after_sales.call_days` and the invitation to the next monthly
    // "second delivery" evening.
    Result<DealDetails> deliver(const User& actor, qint64 dealId);
    Result<DealDetails> setPromisedDelivery(const User& actor, qint64 dealId, const QDate& date);
    // Deals for the Deliveries view: what is overdue first, then by promised date.
    Result<std::vector<DeliveryRow>> deliveries(const DeliveryFilter& filter);

private:
    ServiceContext m_context;
};

// "Deal #12", as messages name a deal.
QString dealLabel(qint64 dealId);
// Consultants work their own deals; managers any.
Result<void> checkCanWorkDeal(const User& actor, const Deal& deal);

} // namespace showroom
