#pragma once

#include "domain/ContactPerson.h"
#include "domain/Customer.h"
#include "domain/Stage.h"
#include "domain/Timeline.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace showroom {

// One lead as the customer card lists it. Names are the stored (untranslated) ones.
struct LeadSummary {
    qint64 id = 0;
    QString stageKey;
    QString stageName;
    StageKind stageKind = StageKind::Open;
    std::optional<qint64> consultantId;
    QString consultantName; // empty: in the unassigned queue
    QString sourceKey;
    QString sourceName;
    QString vehicleInterest;
    QDateTime createdAt;
    QDateTime closedAt; // invalid while open
    int version = 1;

    bool isOpen() const { return stageKind == StageKind::Open; }
    bool operator==(const LeadSummary&) const = default;
};

// Everything the customer card shows. A merged record loads too (customer.mergedIntoId says into
// which customer), so that the card can point to the record that was kept.
struct CustomerCard {
    Customer customer;
    QString ownerName; // empty: no owner consultant
    std::vector<ContactPerson> contactPersons;
    std::vector<LeadSummary> leads;      // newest first, open and closed
    std::vector<TimelineEntry> timeline; // newest first
    bool boughtBefore = false;           // a won lead or a deal: a new lead is a repurchase

    // The newest open lead, e.g. for a call logged from the card.
    std::optional<qint64> openLeadId() const
    {
        for (const LeadSummary& lead : leads)
            if (lead.isOpen())
                return lead.id;
        return std::nullopt;
    }
};

} // namespace showroom
