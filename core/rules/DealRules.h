#pragma once

#include "domain/Deal.h"

#include <QDate>
#include <vector>

namespace showroom {

// What a new deal's checklists look like: which templates apply and when dated steps fall due.
struct ChecklistPlanInput {
    BuyerKind buyer = BuyerKind::Private;
    PaymentMethod payment = PaymentMethod::Cash;
    QDate signedOn;
    QDate promisedDelivery;
    std::vector<qint64> chosenAccessories; // template item ids sold with the car
};

// The loan list of the buyer's kind only when paid by credit or lease; delivery and handover
// always; the accessories offered for the model (`accessories`, already chosen for the model),
// the chosen ones as sold. Templates of other kinds are ignored.
std::vector<ChecklistItem> planChecklists(const ChecklistPlanInput& input,
                                          const std::vector<ChecklistTemplate>& templates,
                                          const std::vector<ChecklistTemplateItem>& accessories);

// The due date of a dated step, or an invalid date.
QDate dueDate(const ChecklistTemplateItem& item, const QDate& signedOn, const QDate& promised);

// The loan file is complete when every required loan item is done and every item that needs a
// document has one attached (optional items may stay open, but a ticked one with a document
// requirement needs its document too).
std::vector<MissingItem> bankBlockers(const std::vector<ChecklistItem>& items);
// The car may be handed over when the required delivery and handover steps are done, every
// offered accessory is decided, and a financed deal's loan file went to the bank.
std::vector<MissingItem> deliveryBlockers(const Deal& deal,
                                          const std::vector<ChecklistItem>& items);

// Overdue: promised date passed or a dated step overdue; due soon: promised within
// `soonDays` or a step due within it.
DeliveryUrgency deliveryUrgency(const DeliveryRow& row, const QDate& today, int soonDays);

// The monthly "second delivery" evening: the last `weekday` (ISO, 1 = Monday) of each month. The
// first one after `deliveredOn` (the evening is held for those who took delivery in the weeks
// before it).
QDate nextSecondDeliveryEvening(const QDate& deliveredOn, int weekday);

} // namespace showroom
