#pragma once

#include "domain/Activity.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

// What happened to a customer, as the card's timeline shows it.
enum class TimelineKind {
    Visit, // a walk-in or hotline call logged by reception, or a visit logged as an activity
    Call,
    TestDrive,
    Email,
    Sms,
    Note,
    Offer,
    ManagerComment,
    LeadCreated,
    StageChange,
    DealSigned,
    Delivery,
    Consent,
};

// "visit", "call", "test_drive", "email", "sms", "note", "offer", "manager_comment",
// "lead_created", "stage_change", "deal_signed", "delivery", "consent".
QString timelineKindKey(TimelineKind kind);
std::optional<TimelineKind> timelineKindFromKey(const QString& key);
TimelineKind timelineKindOf(ActivityKind kind);

// One event of a customer's history. Plain stored values, never translated here: the UI and the
// CLI turn them into text. Which of the optional fields are set depends on the kind.
struct TimelineEntry {
    QDateTime at;
    TimelineKind kind = TimelineKind::Note;
    // Where the event is stored ("visits", "leads", "stage_history", "activities", "deals",
    // "consent_events") and its id there: together unique, and the last tie-breaker of the order.
    QString table;
    qint64 sourceId = 0;
    std::optional<qint64> leadId;
    QString userName; // who logged it or did it; empty when unknown

    // Activities: subject and body. Visits and new leads: the vehicle interest in `subject`.
    // Deals and deliveries: the vehicle ("Make Model Trim") in `subject`.
    QString subject;
    QString body;
    Direction direction = Direction::None; // calls, emails, ...
    std::optional<int> durationMinutes;
    QString sourceKey; // new lead
    QString sourceName;
    QString fromStageKey; // stage change (from* empty for the first stage)
    QString fromStageName;
    QString toStageKey;
    QString toStageName;
    QString channel;        // visits: "walk_in" | "phone"; consent: "email" | "sms" | "phone"
    QString purpose;        // visits: "new_car", "used_car", "service", "pickup", "other"
    bool testDrive = false; // visits: with a test drive
    bool granted = false;   // consent: given (true) or withdrawn (false)
    std::optional<qint64> amountCents; // deals: list price minus discount

    bool operator==(const TimelineEntry&) const = default;
};

} // namespace showroom
