#include "TaskText.h"

#include <QLocale>
#include <QRegularExpression>

namespace showroom {

QString TaskText::kind(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FollowUp:
        return tr("Follow-up");
    case TaskKind::CallBack:
        return tr("Call back");
    case TaskKind::Appointment:
        return tr("Showroom invitation");
    case TaskKind::TestDrive:
        return tr("Test drive");
    case TaskKind::Other:
        return tr("Other");
    }
    return taskKindKey(kind);
}

QString TaskText::defaultTitle(TaskKind kind, const QString& vehicleInterest)
{
    const QString car = vehicleInterest.trimmed();
    switch (kind) {
    case TaskKind::FollowUp:
        return tr("Follow-up call");
    case TaskKind::CallBack:
        return tr("Call back as promised");
    case TaskKind::Appointment:
        return car.isEmpty() ? tr("Showroom visit") : tr("Showroom visit: %1").arg(car);
    case TaskKind::TestDrive:
        return car.isEmpty() ? tr("Test drive") : tr("Test drive: %1").arg(car);
    case TaskKind::Other:
        return {};
    }
    return {};
}

namespace {
// The day of a first-visit follow-up rule ("first_visit_day_3" → "3"), else "".
QString ruleDay(const QString& rule)
{
    static const QRegularExpression day(QStringLiteral("^first_visit_day_(\\d+)$"));
    const auto match = day.match(rule);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

QString TaskText::plannedBy(const Task& task)
{
    if (task.rule.isEmpty())
        return {};
    const QString day = ruleDay(task.rule);
    return day.isEmpty() ? tr("Rule") : tr("Rule · day %1").arg(day);
}

QString TaskText::plannedByDetails(const Task& task)
{
    if (task.rule.isEmpty())
        return tr("Planned by a person");
    const QString day = ruleDay(task.rule);
    return day.isEmpty()
               ? tr("Planned by a rule (%1)").arg(task.rule)
               : tr("Planned by the follow-up rule: day %1 after the first visit").arg(day);
}

QString TaskText::timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")); // seconds are noise for appointments
    return format;
}

QString TaskText::time(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().time(), timeFormat()) : QString();
}

QString TaskText::dateTime(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    return locale.toString(at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) +
                                                 QLatin1Char(' ') + timeFormat());
}

QString TaskText::due(const QDateTime& at, QDate today)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() == today)
        return time(at);
    // Within a few months the weekday helps; older tasks need the year.
    const bool recent = qAbs(local.date().daysTo(today)) < 180;
    const QString date = recent ? QLocale().toString(local.date(), QStringLiteral("ddd d MMM"))
                                : QLocale().toString(local.date(), QLocale::ShortFormat);
    return tr("%1 %2").arg(date, time(at));
}

QString TaskText::summary(const TaskRow& row)
{
    const QString when = dateTime(row.task.dueAt);
    if (row.customerName.isEmpty())
        return tr("%1 · due %2").arg(row.task.title, when);
    return tr("%1 · %2 · due %3").arg(row.task.title, row.customerName, when);
}

} // namespace showroom
