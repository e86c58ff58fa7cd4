#pragma once

#include "Error.h"
#include "domain/Stage.h"
#include "rules/Assignment.h"
#include "rules/ResponseTime.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace showroom {

// The pipeline rules' settings, read together from the settings table.
struct PipelineSettings {
    ResponseRule response;
    QList<int> followUpDays{1, 3, 7};
    int noShowDays = 30;
    AssignmentMode assignmentMode = AssignmentMode::Manual;
    QString queueOwnerLogin; // '' : the managers own the unassigned queue
    QStringList cardFields;
    QString currency = QStringLiteral("EUR"); // ISO 4217, for the board's money

    static Result<PipelineSettings> load(QSqlDatabase& db);
    // The source's own assignment mode, or the general one when it has none.
    AssignmentMode modeFor(const Source& source) const;
};

// The board card's optional fields, in the order they are offered in Settings.
QStringList knownCardFields();

// Records the first contact on a lead (stops its response clock) with the business minutes it
// took. Returns true when this was the first one.
Result<bool> stopResponseClock(QSqlDatabase& db, qint64 leadId, const QDateTime& at);

} // namespace showroom
