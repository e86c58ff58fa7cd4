#include "rules/DealRules.h"

#include <algorithm>

namespace showroom {

namespace {
bool isLoan(ChecklistKind kind)
{
    return kind == ChecklistKind::LoanPrivate || kind == ChecklistKind::LoanCompany;
}

ChecklistItem itemFrom(const ChecklistTemplate& t, const ChecklistTemplateItem& ti,
                       const ChecklistPlanInput& input)
{
    ChecklistItem item;
    item.templateItemId = ti.id;
    item.kind = t.kind;
    item.position = ti.position;
    item.title = ti.title;
    item.required = ti.required;
    item.requiresDocument = ti.requiresDocument;
    item.priceCents = ti.priceCents;
    item.salesArgument = ti.salesArgument;
    item.dueOn = dueDate(ti, input.signedOn, input.promisedDelivery);
    return item;
}

MissingItem missing(const ChecklistItem& item, bool notDone, bool documentMissing)
{
    return {item.id, item.title, notDone, documentMissing};
}
} // namespace

QDate dueDate(const ChecklistTemplateItem& item, const QDate& signedOn, const QDate& promised)
{
    if (item.dueDaysBefore && promised.isValid())
        return promised.addDays(-*item.dueDaysBefore);
    if (item.dueDaysAfterSigning && signedOn.isValid())
        return signedOn.addDays(*item.dueDaysAfterSigning);
    return {};
}

std::vector<ChecklistItem> planChecklists(const ChecklistPlanInput& input,
                                          const std::vector<ChecklistTemplate>& templates,
                                          const std::vector<ChecklistTemplateItem>& accessories)
{
    const bool financed = input.payment != PaymentMethod::Cash;
    const ChecklistKind loanKind =
        input.buyer == BuyerKind::Company ? ChecklistKind::LoanCompany : ChecklistKind::LoanPrivate;
    std::vector<ChecklistItem> items;
    for (const ChecklistTemplate& t : templates) {
        if (!t.active || t.kind == ChecklistKind::Accessories)
            continue;
        if (isLoan(t.kind) && (!financed || t.kind != loanKind))
            continue;
        for (const ChecklistTemplateItem& ti : t.items)
            items.push_back(itemFrom(t, ti, input));
    }
    ChecklistTemplate accessoryTemplate;
    accessoryTemplate.kind = ChecklistKind::Accessories;
    for (const ChecklistTemplateItem& ti : accessories) {
        ChecklistItem item = itemFrom(accessoryTemplate, ti, input);
        item.required = false;
        item.dueOn = {};
        const auto& chosen = input.chosenAccessories;
        if (std::find(chosen.begin(), chosen.end(), ti.id) != chosen.end())
            item.status = ChecklistItemStatus::Sold;
        items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.position < b.position;
    });
    return items;
}

std::vector<MissingItem> bankBlockers(const std::vector<ChecklistItem>& items)
{
    std::vector<MissingItem> blockers;
    for (const ChecklistItem& item : items) {
        if (!isLoan(item.kind))
            continue;
        const bool notDone = item.required && item.open();
        const bool noDocument =
            item.requiresDocument && item.attachmentCount == 0 && (item.required || !item.open());
        if (notDone || noDocument)
            blockers.push_back(missing(item, notDone, noDocument));
    }
    return blockers;
}

std::vector<MissingItem> deliveryBlockers(const Deal& deal, const std::vector<ChecklistItem>& items)
{
    std::vector<MissingItem> blockers;
    for (const ChecklistItem& item : items) {
        if (isLoan(item.kind))
            continue;
        if (item.kind == ChecklistKind::Accessories) {
            if (item.open())
                blockers.push_back(missing(item, true, false));
            continue;
        }
        const bool notDone = item.required && item.open();
        const bool noDocument = item.requiresDocument && item.required && item.attachmentCount == 0;
        if (notDone || noDocument)
            blockers.push_back(missing(item, notDone, noDocument));
    }
    if (deal.financed() && !deal.bankSentAt.isValid())
        blockers.insert(blockers.begin(), MissingItem{0, QString(), true, false});
    return blockers;
}

DeliveryUrgency deliveryUrgency(const DeliveryRow& row, const QDate& today, int soonDays)
{
    if (row.status == DealStatus::Delivered)
        return DeliveryUrgency::Delivered;
    if (row.status == DealStatus::Cancelled)
        return DeliveryUrgency::Cancelled;
    const bool promisedPassed = row.promisedDelivery.isValid() && row.promisedDelivery < today;
    if (promisedPassed || row.overdueSteps > 0)
        return DeliveryUrgency::Overdue;
    const QDate soon = today.addDays(soonDays);
    if ((row.promisedDelivery.isValid() && row.promisedDelivery <= soon) ||
        (row.nextStepDue.isValid() && row.nextStepDue <= soon))
        return DeliveryUrgency::DueSoon;
    return DeliveryUrgency::OnTrack;
}

QDate nextSecondDeliveryEvening(const QDate& deliveredOn, int weekday)
{
    weekday = std::clamp(weekday, 1, 7);
    const auto lastInMonth = [weekday](QDate anyDay) {
        QDate last(anyDay.year(), anyDay.month(), anyDay.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    };
    QDate evening = lastInMonth(deliveredOn);
    if (evening <= deliveredOn)
        evening = lastInMonth(deliveredOn.addMonths(1));
    return evening;
}

} // namespace showroom
