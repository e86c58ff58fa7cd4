#pragma once

#include "domain/Deal.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

namespace showroom {

enum class DealDocumentKind { Offer, Contract, Handover };

// Everything a printed deal document shows, read in one go before painting starts (no database
// read stays open while a page is drawn).
struct DealDocument {
    DealDocumentKind kind = DealDocumentKind::Offer;
    QString dealershipName;
    QString dealershipAddress;
    QString dealershipPhone;
    QByteArray logo;  // PNG/JPEG/SVG bytes from Settings, may be empty
    QString currency; // ISO 4217, e.g. EUR
    QDate issuedOn;
    QDate validUntil; // offers
    qint64 dealId = 0;
    QString consultantName;

    BuyerKind buyer = BuyerKind::Private;
    QString customerName;
    QString companyName;
    QString customerAddress;
    QString customerPhone;
    QString customerEmail;

    QString vehicleLabel;
    QString vin; // empty for a factory order
    std::optional<int> modelYear;
    QString condition; // key: new, used, demo
    bool factoryOrder = false;
    QDate promisedDelivery;

    qint64 listPriceCents = 0;
    qint64 discountCents = 0;
    struct Accessory {
        QString title;
        qint64 priceCents = 0;
    };
    std::vector<Accessory> accessories; // chosen (sold) ones
    TradeIn tradeIn;
    PaymentMethod payment = PaymentMethod::Cash;
    qint64 depositCents = 0;

    // Handover protocol: the steps to sign off, with who did them and when.
    std::vector<ChecklistItem> handoverItems;

    qint64 accessoriesCents() const;
    // list − discount + accessories − trade-in
    qint64 totalCents() const;
    qint64 balanceCents() const { return totalCents() - depositCents; }
};

} // namespace showroom
