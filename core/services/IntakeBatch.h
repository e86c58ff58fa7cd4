#pragma once

#include "services/LeadService.h"
#include "services/PhoneNormaliser.h"

namespace showroom {

class IntakeSources;

// What an import reads once for all its records, inside its write transaction (nothing changes
// it while that runs): the lead sources, the phone region and what creating a lead needs.
struct IntakeBatch {
    const IntakeSources& sources;
    PhoneNormaliser phones;
    LeadReferences leads;
};

} // namespace showroom
