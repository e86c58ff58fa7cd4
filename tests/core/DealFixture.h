#pragma once

#include "Fixtures.h"
#include "domain/Deal.h"
#include "services/DealService.h"

namespace showroom::test {

// A dealership with a car in stock and Anna's lead at the offer stage: ready to sign a deal.
struct DealDesk : Fixture {
    DealDesk();

    // A car added to stock by the manager.
    Vehicle addCar(const QString& vin, const QString& model = QStringLiteral("Golf"),
                   bool testDrive = false);
    // A new customer with a lead of Anna's at the offer stage.
    Lead newOfferLead(const QString& phone);
    // The draft for `lead` and `car`: list price 30,000.00, paid as given.
    DealDraft draft(const Lead& lead, const Vehicle& car,
                    PaymentMethod payment = PaymentMethod::Cash,
                    BuyerKind buyer = BuyerKind::Private) const;
    DealDetails sign(const DealDraft& draft);
    // Ticks every open item of `kinds` (attaching a document where one is needed); accessories
    // still open are recorded as not sold ("not_needed").
    void complete(qint64 dealId, std::initializer_list<ChecklistKind> kinds);

    Vehicle golf;
    Lead lead;
};

} // namespace showroom::test
