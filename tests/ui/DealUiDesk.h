#pragma once

// A showroom for the deal UI tests: PipelineDesk's consultants and manager, a few cars in stock
// and helpers to sign deals and work their checklists through the core.
#include "PipelineDesk.h"
#include "services/ChecklistService.h"
#include "services/DealService.h"
#include "services/StockService.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTimer>
#include <functional>
#include <memory>

namespace showroom::test {

struct DealUiDesk : PipelineDesk {
    Vehicle addCar(const QString& vin, const QString& make, const QString& model,
                   const QString& trim, const QString& colour, qint64 priceCents)
    {
        Vehicle car;
        car.vin = vin;
        car.make = make;
        car.model = model;
        car.trim = trim;
        car.colour = colour;
        car.modelYear = 2025;
        car.priceCents = priceCents;
        auto added = StockService(context()).add(max, car);
        if (!added)
            FAIL(added.error().message.toStdString());
        return *added;
    }

    // A new customer with a lead of `consultant` at the offer stage.
    Lead offerLead(const QString& first, const QString& last, const User& consultant,
                   const QString& car = QStringLiteral("VW Golf"), const QString& phone = {})
    {
        const Lead lead = addLead(data.addCustomer(first, last, phone), consultant, car);
        auto moved = LeadService(context()).moveStage(consultant, lead.id, QStringLiteral("offer"));
        if (!moved)
            FAIL(moved.error().message.toStdString());
        return *moved;
    }

    DealDetails sign(const Lead& lead, const Vehicle& car, const User& consultant,
                     PaymentMethod payment, const QDate& promised)
    {
        DealDraft draft;
        draft.leadId = lead.id;
        draft.vehicleId = car.id;
        draft.listPriceCents = car.priceCents.value_or(3'000'000);
        draft.discountCents = 100'000;
        draft.payment = payment;
        draft.depositCents = 200'000;
        draft.promisedDelivery = promised;
        auto created = DealService(context()).create(consultant, draft);
        if (!created)
            FAIL(created.error().message.toStdString());
        return *created;
    }

    DealDetails details(qint64 dealId)
    {
        auto read = DealService(context()).details(dealId);
        if (!read)
            FAIL(read.error().message.toStdString());
        return *read;
    }

    static const ChecklistItem* item(const DealDetails& deal, const QString& title)
    {
        for (const ChecklistItem& item : deal.items)
            if (item.title == title)
                return &item;
        return nullptr;
    }

    // Ticks every open item of `kind` (attaching a scan where one is needed).
    void complete(qint64 dealId, ChecklistKind kind, const User& by)
    {
        ChecklistService checklist(context());
        for (const ChecklistItem& item : details(dealId).items) {
            if (!item.open() || item.kind != kind)
                continue;
            if (item.requiresDocument)
                REQUIRE(checklist.attach(by, item.id, QStringLiteral("scan.pdf"), "%PDF-1.4 scan")
                            .has_value());
            REQUIRE(checklist.tick(by, item.id).has_value());
        }
    }

    Vehicle golf = addCar(QStringLiteral("WVWZZZ1KZSW000101"), QStringLiteral("Volkswagen"),
                          QStringLiteral("Golf"), QStringLiteral("Life"),
                          QStringLiteral("Moonstone Grey"), 3'149'000);
    Vehicle golfStyle = addCar(QStringLiteral("WVWZZZ1KZSW000202"), QStringLiteral("Volkswagen"),
                               QStringLiteral("Golf"), QStringLiteral("Style"),
                               QStringLiteral("Kings Red"), 3'589'000);
    Vehicle tiguan = addCar(QStringLiteral("WVGZZZ5NZSW000303"), QStringLiteral("Volkswagen"),
                            QStringLiteral("Tiguan"), QStringLiteral("Life"),
                            QStringLiteral("Pure White"), 4'239'000);
};

// Runs `act` on the next visible top-level widget of type T (a dialog shown with exec()).
template <typename T> void onDialogShown(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<T*>(widget); found && found->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(found);
                return;
            }
        }
        if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

// Warnings recorded since the last call, without the offscreen platform's chatter
// ("This plugin does not support propagateSizeHints()", "… raise()").
inline QStringList realWarnings()
{
    return takeWarnings().filter(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support )")));
}

} // namespace showroom::test
