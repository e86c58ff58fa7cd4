#include "DealText.h"

#include "StockText.h"
#include "print/Money.h"
#include "services/SettingsService.h"
#include "tasks/TaskText.h"

#include <QLocale>
#include <QStringList>

namespace showroom {

QString DealText::buyer(BuyerKind kind)
{
    switch (kind) {
    case BuyerKind::Private:
        return tr("Private person");
    case BuyerKind::Company:
        return tr("Company");
    }
    return buyerKindKey(kind);
}

QString DealText::payment(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Credit:
        return tr("Credit");
    case PaymentMethod::Lease:
        return tr("Lease");
    }
    return paymentMethodKey(method);
}

QString DealText::status(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return tr("In delivery");
    case DealStatus::Delivered:
        return tr("Delivered");
    case DealStatus::Cancelled:
        return tr("Cancelled");
    }
    return dealStatusKey(status);
}

QString DealText::checklist(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::LoanPrivate:
    case ChecklistKind::LoanCompany:
        return tr("Loan documents");
    case ChecklistKind::Accessories:
        return tr("Accessories");
    case ChecklistKind::Delivery:
        return tr("Delivery steps");
    case ChecklistKind::Handover:
        return tr("Handover");
    }
    return checklistKindKey(kind);
}

QString DealText::vehicleStatus(VehicleStatus status)
{
    return StockText::status(status);
}

QString DealText::documentKind(DealDocumentKind kind)
{
    switch (kind) {
    case DealDocumentKind::Offer:
        return tr("Offer");
    case DealDocumentKind::Contract:
        return tr("Contract summary");
    case DealDocumentKind::Handover:
        return tr("Handover protocol");
    }
    return {};
}

QString DealText::accessoryReason(const QString& key, const QString& storedName)
{
    const auto shipped = [&storedName](const char* english, const QString& translated) {
        return storedName.isEmpty() || storedName == QLatin1String(english) ? translated
                                                                            : storedName;
    };
    if (key == QLatin1String("too_expensive"))
        return shipped("Too expensive", tr("Too expensive"));
    if (key == QLatin1String("already_has"))
        return shipped("Already has one", tr("Already has one"));
    if (key == QLatin1String("not_needed"))
        return shipped("Not needed", tr("Not needed"));
    if (key == QLatin1String("later"))
        return shipped("Will decide later", tr("Will decide later"));
    if (key == QLatin1String("bought_elsewhere"))
        return shipped("Buys it elsewhere", tr("Buys it elsewhere"));
    return storedName.isEmpty() ? key : storedName;
}

QString DealText::money(qint64 cents, const QString& currency)
{
    return formatMoney(cents, currency);
}

QString DealText::currency(ServiceContext context)
{
    return StockText::currency(context.db.sql());
}

QString DealText::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString DealText::dateTime(const QDateTime& at)
{
    return at.isValid() ? TaskText::dateTime(at) : QString();
}

QString DealText::missing(const std::vector<MissingItem>& items)
{
    QStringList parts;
    for (const MissingItem& item : items) {
        QStringList why;
        if (item.notDone)
            why << tr("not done");
        if (item.documentMissing)
            why << tr("document not attached");
        parts << tr("%1 — %2").arg(item.title, why.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace showroom
