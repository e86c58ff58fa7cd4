#pragma once

#include "domain/Task.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace showroom {

// Translated texts for follow-up tasks.
class TaskText {
    Q_DECLARE_TR_FUNCTIONS(TaskText)

public:
    static QString kind(TaskKind kind);
    // The title a new task of this kind starts with ("Test drive: Skoda Enyaq").
    static QString defaultTitle(TaskKind kind, const QString& vehicleInterest);
    // Who planned it: "" for a person, else the rule in short ("Rule · day 3")…
    static QString plannedBy(const Task& task);
    // … and in words ("Planned by the follow-up rule: day 3 after the first visit").
    static QString plannedByDetails(const Task& task);
    // The locale's short time format without seconds ("HH:mm", "h:mm AP").
    static QString timeFormat();
    static QString time(const QDateTime& at); // local time
    // The local date and time without seconds, in the short formats of the user's locale.
    static QString dateTime(const QDateTime& at);
    // "10:00" on `today`, "Thu 13.03. 10:00" on other days (local time, user's locale).
    static QString due(const QDateTime& at, QDate today);
    // "Follow-up call · Anna Berger · 10:00", to say which task a dialog is about.
    static QString summary(const TaskRow& row);
};

} // namespace showroom
