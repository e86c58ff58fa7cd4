#pragma once

#include "domain/Deal.h"
#include "domain/DealDocument.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace showroom {

// Translated texts for deals, checklists and deliveries.
class DealText {
    Q_DECLARE_TR_FUNCTIONS(DealText)

public:
    static QString buyer(BuyerKind kind);
    static QString payment(PaymentMethod method);
    static QString status(DealStatus status);
    static QString checklist(ChecklistKind kind);
    static QString vehicleStatus(VehicleStatus status);
    static QString documentKind(DealDocumentKind kind);
    // The shipped accessory-not-sold reasons are translated; renamed ones show their stored name.
    static QString accessoryReason(const QString& key, const QString& storedName);
    // With cents only when there are some: "€31,490", "€249.90".
    static QString money(qint64 cents, const QString& currency);
    // The dealership's currency (setting dealership.currency, EUR when unreadable).
    static QString currency(ServiceContext context);
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& at);
    // "Proof of income — document not attached; Bank statement — not done"
    static QString missing(const std::vector<MissingItem>& items);
};

} // namespace showroom
