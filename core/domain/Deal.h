#pragma once

#include "domain/Vehicle.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace showroom {

enum class BuyerKind { Private, Company };
enum class PaymentMethod { Cash, Credit, Lease };
enum class DealStatus { Open, Delivered, Cancelled };
enum class ChecklistKind { LoanPrivate, LoanCompany, Accessories, Delivery, Handover };
enum class ChecklistItemStatus { Open, Done, Sold, NotSold };

QString buyerKindKey(BuyerKind kind);
std::optional<BuyerKind> buyerKindFromKey(const QString& key);
QString paymentMethodKey(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);
QString dealStatusKey(DealStatus status);
std::optional<DealStatus> dealStatusFromKey(const QString& key);
QString checklistKindKey(ChecklistKind kind);
std::optional<ChecklistKind> checklistKindFromKey(const QString& key);
QString checklistItemStatusKey(ChecklistItemStatus status);
std::optional<ChecklistItemStatus> checklistItemStatusFromKey(const QString& key);

struct TradeIn {
    QString make;
    QString model;
    std::optional<int> year;
    std::optional<int> mileageKm;
    std::optional<qint64> valueCents; // what we offer for it

    bool present() const { return !make.isEmpty() || !model.isEmpty() || valueCents.has_value(); }
    QString description() const; // "2016 Opel Astra, 98,000 km"
};

// What the deal form hands to DealService::create.
struct DealDraft {
    qint64 leadId = 0;
    BuyerKind buyer = BuyerKind::Private;
    std::optional<qint64> vehicleId; // a car from stock; empty with a factory order
    QString orderedVehicle;          // factory order: make, model, trim, colour in words
    QDate promisedDelivery;          // required for a factory order
    qint64 listPriceCents = 0;
    qint64 discountCents = 0;
    std::vector<qint64> accessoryTemplateItemIds; // chosen accessories (sold with the car)
    TradeIn tradeIn;
    PaymentMethod payment = PaymentMethod::Cash;
    qint64 depositCents = 0;
    QString notes;
};

struct Deal {
    qint64 id = 0;
    std::optional<qint64> leadId;
    qint64 customerId = 0;
    std::optional<qint64> vehicleId;
    std::optional<qint64> consultantId;
    BuyerKind buyer = BuyerKind::Private;
    bool factoryOrder = false;
    QString orderedVehicle;
    qint64 listPriceCents = 0;
    qint64 discountCents = 0;
    TradeIn tradeIn;
    PaymentMethod payment = PaymentMethod::Cash;
    qint64 depositCents = 0;
    QDate promisedDelivery;
    QDate offerValidUntil;
    DealStatus status = DealStatus::Open;
    QDateTime signedAt;
    QDateTime bankSentAt;
    std::optional<qint64> bankSentBy;
    QDateTime bankApprovedAt; // the bank approved the loan (recorded by bankApprovedBy)
    std::optional<qint64> bankApprovedBy;
    QDateTime deliveredAt;
    std::optional<qint64> deliveredBy;
    QString notes;
    QDateTime createdAt;
    int version = 1;

    bool financed() const { return payment != PaymentMethod::Cash; }
    qint64 priceCents() const { return listPriceCents - discountCents; }
};

struct ChecklistItem {
    qint64 id = 0;
    qint64 dealId = 0;
    std::optional<qint64> templateItemId;
    ChecklistKind kind = ChecklistKind::Delivery;
    int position = 0;
    QString title;
    bool required = true;
    bool requiresDocument = false;
    ChecklistItemStatus status = ChecklistItemStatus::Open;
    QString notSoldReason; // key of accessory_reasons
    std::optional<qint64> priceCents;
    QString salesArgument;
    QDate dueOn;
    std::optional<qint64> doneBy;
    QString doneByName; // filled when read
    QDateTime doneAt;
    QString note;
    int attachmentCount = 0; // filled when read
    int version = 1;

    bool open() const { return status == ChecklistItemStatus::Open; }
};

// A stored document (scan, PDF) without its bytes.
struct AttachmentInfo {
    qint64 id = 0;
    QString ownerKind; // customer, lead, deal, checklist_item
    qint64 ownerId = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // hex
    std::optional<qint64> createdBy;
    QDateTime createdAt;
};

// Why a step cannot be taken yet, item by item.
struct MissingItem {
    qint64 itemId = 0;
    QString title;
    bool notDone = false;
    bool documentMissing = false;
};

// A deal with everything its screens show.
struct DealDetails {
    Deal deal;
    QString customerName;
    QString customerPhone;
    QString customerEmail;
    QString customerAddress;
    QString consultantName;
    std::optional<Vehicle> vehicle;
    std::vector<ChecklistItem> items;          // by kind, position
    std::vector<AttachmentInfo> attachments;   // of the checklist items
    std::vector<MissingItem> bankBlockers;     // empty: the loan file may go to the bank
    std::vector<MissingItem> deliveryBlockers; // empty: the car may be handed over

    QString vehicleLabel() const;
};

// One line of the Deliveries view.
enum class DeliveryUrgency { Overdue, DueSoon, OnTrack, Delivered, Cancelled };

struct DeliveryRow {
    qint64 dealId = 0;
    qint64 customerId = 0;
    std::optional<qint64> leadId;
    QString customerName;
    QString vehicleLabel;
    QString vin;
    std::optional<qint64> consultantId;
    QString consultantName;
    PaymentMethod payment = PaymentMethod::Cash;
    DealStatus status = DealStatus::Open;
    QDate promisedDelivery;
    QDateTime deliveredAt;
    QDateTime bankSentAt;
    QDateTime bankApprovedAt;
    int itemsDone = 0;
    int itemsTotal = 0;
    int overdueSteps = 0;
    QString nextStep; // the first open dated step
    QDate nextStepDue;
    DeliveryUrgency urgency = DeliveryUrgency::OnTrack;
    qint64 priceCents = 0;
};

struct DeliveryFilter {
    std::optional<qint64> consultantId;
    bool includeDelivered = true; // delivered in the last `deliveredDays`
    int deliveredDays = 30;
};

// An accessory-not-sold reason (Settings list).
struct AccessoryReason {
    qint64 id = 0;
    QString key;
    QString name;
    int position = 0;
    bool active = true;
};

// Checklist templates (Settings).
struct ChecklistTemplateItem {
    qint64 id = 0;
    qint64 templateId = 0;
    int position = 0;
    QString title;
    bool required = true;
    bool requiresDocument = false;
    std::optional<qint64> priceCents;       // accessories
    QString salesArgument;                  // accessories
    std::optional<int> dueDaysBefore;       // before the promised delivery date
    std::optional<int> dueDaysAfterSigning; // after the contract
    int version = 1;
};

struct ChecklistTemplate {
    qint64 id = 0;
    ChecklistKind kind = ChecklistKind::Delivery;
    QString name;
    QString model; // accessories: for this model ('' for every model)
    bool active = true;
    std::vector<ChecklistTemplateItem> items;
};

} // namespace showroom
