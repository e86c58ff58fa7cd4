#include "BoardText.h"

#include "print/Money.h"

#include <QLocale>

namespace showroom {

QString BoardText::age(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds >= 86400)
        return tr("%1 d").arg(seconds / 86400);
    if (seconds >= 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 min").arg(seconds / 60);
}

QString BoardText::responseBadge(const ResponseStatus& status, const QDateTime& now)
{
    switch (status.state) {
    case ResponseState::Answered:
        return {};
    case ResponseState::Running:
        if (status.seconds < 60) // outside business hours the clock stands still
            return tr("due %1").arg(
                QLocale().toString(status.dueAt.toLocalTime().time(), QLocale::ShortFormat));
        return tr("%1 left").arg(age(status.seconds));
    case ResponseState::Overdue:
        return tr("overdue %1").arg(age(status.dueAt.secsTo(now)));
    case ResponseState::Escalated:
        return tr("escalated %1").arg(age(status.dueAt.secsTo(now)));
    }
    return {};
}

QString BoardText::followUp(const QDateTime& at, const QDateTime& now)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return tr("today %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString BoardText::money(qint64 cents, const QString& currency)
{
    return formatMoney(cents, currency, QLocale(), 0);
}

} // namespace showroom
