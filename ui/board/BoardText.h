#pragma once

#include "domain/BoardCard.h"
#include "rules/ResponseTime.h"

#include <QCoreApplication>
#include <QString>

namespace showroom {

// The board's words: ages, response badges, follow-ups, money.
class BoardText {
    Q_DECLARE_TR_FUNCTIONS(BoardText)

public:
    // "3 d", "5 h", "12 min"
    static QString age(qint64 seconds);
    // "18 min left" (business time), "overdue 7 min", "escalated 3 h" (clock time since the
    // deadline); '' when answered.
    static QString responseBadge(const ResponseStatus& status, const QDateTime& now);
    // "Follow-up today 14:00", "Follow-up 12.03."
    static QString followUp(const QDateTime& at, const QDateTime& now);
    // Whole units with the currency's symbol: "€302,900".
    static QString money(qint64 cents, const QString& currency);
};

} // namespace showroom
