#include "domain/DealDocument.h"

namespace showroom {

qint64 DealDocument::accessoriesCents() const
{
    qint64 sum = 0;
    for (const Accessory& accessory : accessories)
        sum += accessory.priceCents;
    return sum;
}

qint64 DealDocument::totalCents() const
{
    return listPriceCents - discountCents + accessoriesCents() - tradeIn.valueCents.value_or(0);
}

} // namespace showroom
