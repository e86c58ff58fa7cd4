#pragma once

#include "Error.h"
#include "domain/DealDocument.h"
#include "services/ServiceContext.h"

namespace showroom {

// Reads what an offer, a contract summary or a handover protocol prints (dealership name, address
// and logo from Settings; customer; vehicle; price lines; accessories; trade-in; financing).
class DealDocumentService {
    Q_DECLARE_TR_FUNCTIONS(DealDocumentService)

public:
    explicit DealDocumentService(ServiceContext context) : m_context(context) {}

    Result<DealDocument> load(qint64 dealId, DealDocumentKind kind);
    // The commercial offer printed from the deal form before the deal exists.
    Result<DealDocument> offer(const DealDraft& draft);

private:
    ServiceContext m_context;
};

} // namespace showroom
