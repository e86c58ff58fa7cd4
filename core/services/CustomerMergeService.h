#pragma once

#include "Error.h"
#include "domain/Customer.h"
#include "domain/CustomerFields.h"
#include "domain/User.h"
#include "services/ServiceContext.h"
#include "storage/MergeRepository.h"

#include <vector>

namespace showroom {

struct MergeSummary {
    Customer kept; // as saved, with its new version
    qint64 mergedId = 0;
    MergeCounts moved;
    std::vector<CustomerField> takenFromMerged; // fields whose value came from the other record
};

// The values a merge starts from: the kept record's, with the fields it lacks filled in from
// the other record. A marketing consent is the customer's latest word on either record (a
// withdrawal recorded later on the other record wins over an older consent). Carries the kept
// record's id and version.
Customer proposeMerge(const Customer& keep, const Customer& other);

// Merges two records of the same customer (managers and administrators). Everything attached to
// the other record moves to the kept one; the other record stays, unchanged, pointing at the kept
// one (customers.merged_into_id), so nothing is ever deleted.
class CustomerMergeService {
    Q_DECLARE_TR_FUNCTIONS(CustomerMergeService)

public:
    explicit CustomerMergeService(ServiceContext context) : m_context(context) {}

    // `chosen` is the kept record with the values picked field by field; its version (and
    // `otherVersion`) are the versions the user saw: a record changed since is a Conflict and
    // nothing is merged. The other record is retired first, so its phone number may be chosen.
    Result<MergeSummary> merge(const User& actor, qint64 keepId, qint64 otherId,
                               const Customer& chosen, int otherVersion);

    // What is attached to a record and would move with it.
    Result<MergeCounts> attachedTo(qint64 customerId);

    // "3 leads, 5 visits and 12 activities" (translated); kinds with no rows are left out.
    static QString describe(const MergeCounts& counts);
    // "3 leads", "1 visit", ... (translated).
    static QString countText(MergeKind kind, qint64 count);

private:
    ServiceContext m_context;
};

} // namespace showroom
