#pragma once

#include "domain/ConsentEvent.h"
#include "domain/ContactPerson.h"
#include "domain/Customer.h"
#include "domain/Timeline.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace showroom {

// Translated texts of the customer card for values core stores as keys.
class CardText {
    Q_DECLARE_TR_FUNCTIONS(CardText)

public:
    static QString customerKind(CustomerKind kind);
    static QString tier(Tier tier);
    static QString contactRole(ContactRole role);
    static QString consentChannel(ConsentChannel channel);
    // "given on 23.11.2026", "withdrawn on …", "never asked" (dates in the user's locale).
    static QString consentState(const Consent& consent);
    // Language codes the card offers ("" first: not known) and their names.
    static const QStringList& languageCodes();
    static QString languageName(const QString& code);
    // Lead sources shipped by default are translated; others show their stored name.
    static QString source(const QString& key, const QString& storedName);
    static QString visitPurpose(const QString& key);
    static QString dateTime(const QDateTime& at); // short format, local time, user's locale
    static QString date(const QDateTime& at);
    static QString money(qint64 cents);

    // The timeline's "What" column ("Outgoing call", "Stage change", …).
    static QString timelineKind(const TimelineEntry& entry);
    // The timeline's "Details" column: what happened, in words.
    static QString timelineText(const TimelineEntry& entry);
};

} // namespace showroom
