#include "PipelineSettings.h"

#include "rules/FollowUpPlan.h"
#include "storage/LeadRepository.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace showroom {

QStringList knownCardFields()
{
    return {QStringLiteral("vehicle"),  QStringLiteral("consultant"), QStringLiteral("source"),
            QStringLiteral("tier"),     QStringLiteral("age"),        QStringLiteral("follow_up"),
            QStringLiteral("response"), QStringLiteral("value")};
}

Result<PipelineSettings> PipelineSettings::load(QSqlDatabase& db)
{
    QHash<QString, QString> values;
    auto read = sql::select(
        db, QStringLiteral("SELECT key, value FROM settings"), {},
        [&](const QSqlQuery& q) { values.insert(q.value(0).toString(), q.value(1).toString()); });
    if (!read)
        return std::unexpected(read.error());
    const auto value = [&](const char* key, const char* fallback) {
        return values.value(QLatin1String(key), QLatin1String(fallback));
    };
    PipelineSettings settings;
    settings.response.hours = BusinessHours::fromSettings(
        value("business_hours.start", "09:00"), value("business_hours.end", "19:00"),
        value("business_hours.days", "1,2,3,4,5,6"), value("dealership.time_zone", ""));
    settings.response.escalationMinutes =
        qMax(1, value("response.escalation_minutes", "30").toInt());
    settings.followUpDays = parseFollowUpDays(value("follow_up.days", "1,3,7"));
    settings.noShowDays = qMax(1, value("follow_up.no_show_days", "30").toInt());
    settings.assignmentMode =
        assignmentModeFromKey(value("assignment.mode", "manual")).value_or(AssignmentMode::Manual);
    settings.currency = value("dealership.currency", "EUR").trimmed();
    settings.queueOwnerLogin = value("assignment.queue_owner", "").trimmed();
    for (const QString& field :
         value("board.card_fields", "vehicle,consultant,source,tier,age,follow_up,response")
             .split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (knownCardFields().contains(field.trimmed()))
            settings.cardFields << field.trimmed();
    return settings;
}

AssignmentMode PipelineSettings::modeFor(const Source& source) const
{
    return assignmentModeFromKey(source.assignmentMode).value_or(assignmentMode);
}

Result<bool> stopResponseClock(QSqlDatabase& db, qint64 leadId, const QDateTime& at)
{
    LeadRepository leads(db);
    auto lead = leads.byId(leadId);
    if (!lead)
        return std::unexpected(lead.error());
    if (lead->firstResponseAt.isValid())
        return false;
    auto settings = PipelineSettings::load(db);
    if (!settings)
        return std::unexpected(settings.error());
    const qint64 seconds =
        qMax<qint64>(0, settings->response.hours.businessSecondsBetween(lead->createdAt, at));
    return leads.recordFirstResponse(leadId, at, int((seconds + 59) / 60));
}

} // namespace showroom
