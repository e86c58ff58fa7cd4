#include "ReportJson.h"

#include "reports/ReportPeriod.h"

#include <QJsonArray>
#include <cmath>

namespace showroom::reports {

namespace {

QJsonValue rounded(const std::optional<double>& value, double scale)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * scale) / scale;
}

QJsonValue rate(const std::optional<double>& value)
{
    return rounded(value, 10000.0);
}

QJsonValue minutes(const std::optional<double>& value)
{
    return rounded(value, 10.0);
}

QJsonValue cents(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue::Null;
}

QJsonObject figures(const TrafficFigures& t)
{
    return {{QStringLiteral("visits"), t.visits},
            {QStringLiteral("first_visits"), t.firstVisits},
            {QStringLiteral("repeat_visits"), t.repeatVisits},
            {QStringLiteral("captured"), t.captured},
            {QStringLiteral("test_drives"), t.testDrives},
            {QStringLiteral("retention_rate"), rate(t.retentionRate)}};
}

QJsonObject traffic(const TrafficSection& t)
{
    QJsonArray days;
    for (const TrafficDay& d : t.days)
        days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("first_visits"), d.firstVisits},
                                {QStringLiteral("repeat_visits"), d.repeatVisits},
                                {QStringLiteral("captured"), d.captured},
                                {QStringLiteral("test_drives"), d.testDrives}});
    QJsonArray hours;
    for (int n : t.visitsByHour)
        hours.append(n);
    return {{QStringLiteral("current"), figures(t.current)},
            {QStringLiteral("previous"), figures(t.previous)},
            {QStringLiteral("last_year"), figures(t.lastYear)},
            {QStringLiteral("days"), days},
            {QStringLiteral("visits_by_hour"), hours}};
}

QJsonObject funnel(const FunnelSection& f)
{
    QJsonArray stages;
    for (const FunnelStage& s : f.stages)
        stages.append(QJsonObject{
            {QStringLiteral("key"), s.key},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("entered"), s.entered},
            {QStringLiteral("reached"), s.reached},
            {QStringLiteral("conversion_to_next"), rate(s.conversionToNext)},
            {QStringLiteral("left"), s.left},
            {QStringLiteral("median_minutes_in_stage"), minutes(s.medianMinutesInStage)}});
    return {{QStringLiteral("new_leads"), f.newLeads},
            {QStringLiteral("won"), f.won},
            {QStringLiteral("lost"), f.lost},
            {QStringLiteral("close_rate"), rate(f.closeRate)},
            {QStringLiteral("first_visit_closes"), f.firstVisitCloses},
            {QStringLiteral("follow_up_closes"), f.followUpCloses},
            {QStringLiteral("stages"), stages}};
}

QJsonObject sourceFigures(const SourceRow& r)
{
    return {{QStringLiteral("leads"), r.leads},
            {QStringLiteral("responded_in_time"), r.respondedInTime},
            {QStringLiteral("test_drives"), r.testDrives},
            {QStringLiteral("offers"), r.offers},
            {QStringLiteral("sales"), r.sales},
            {QStringLiteral("conversion"), rate(r.conversion)},
            {QStringLiteral("revenue_cents"), double(r.revenueCents)}};
}

QJsonObject sources(const SourcesSection& s)
{
    QHash<qint64, QString> sourceKeys;
    QJsonArray rows;
    for (const SourceRow& r : s.sources) {
        sourceKeys.insert(r.sourceId, r.key);
        QJsonObject row = sourceFigures(r);
        row.insert(QStringLiteral("key"), r.key);
        row.insert(QStringLiteral("name"), r.name);
        rows.append(row);
    }
    QJsonArray campaigns;
    for (const SourceRow& r : s.campaigns) {
        QJsonObject row = sourceFigures(r);
        row.insert(QStringLiteral("name"), r.name);
        row.insert(QStringLiteral("source"), r.key);
        row.insert(QStringLiteral("cost_cents"), cents(r.costCents));
        row.insert(QStringLiteral("cost_per_sale_cents"), cents(r.costPerSaleCents));
        campaigns.append(row);
    }
    return {{QStringLiteral("sources"), rows}, {QStringLiteral("campaigns"), campaigns}};
}

QJsonArray cells(const std::vector<LostCell>& cells, const QHash<qint64, QString>& reasons,
                 const std::vector<NamedId>& others, const QString& otherName)
{
    QHash<qint64, QString> otherKeys;
    for (const NamedId& other : others)
        otherKeys.insert(other.id, other.key);
    QJsonArray array;
    std::vector<std::tuple<QString, QString, int>> rows;
    for (const LostCell& cell : cells)
        if (cell.leads > 0)
            rows.emplace_back(reasons.value(cell.reasonId), otherKeys.value(cell.byId), cell.leads);
    std::sort(rows.begin(), rows.end());
    for (const auto& [reason, other, leads] : rows)
        array.append(QJsonObject{{QStringLiteral("reason"), reason},
                                 {otherName, other},
                                 {QStringLiteral("leads"), leads}});
    return array;
}

QJsonObject lost(const LostSection& l)
{
    QHash<qint64, QString> reasonKeys;
    QJsonArray reasons;
    for (const LostReasonTotal& r : l.reasons) {
        reasonKeys.insert(r.reasonId, r.key);
        reasons.append(QJsonObject{{QStringLiteral("key"), r.key},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("leads"), r.leads}});
    }
    QJsonArray trend;
    for (const LostWeek& w : l.trend)
        trend.append(QJsonObject{{QStringLiteral("week_start"), w.weekStart.toString(Qt::ISODate)},
                                 {QStringLiteral("leads"), w.leads}});
    return {{QStringLiteral("lost"), l.lost},
            {QStringLiteral("pending_approval"), l.pendingApproval},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("by_stage"),
             cells(l.byStage, reasonKeys, l.stages, QStringLiteral("stage"))},
            {QStringLiteral("by_consultant"),
             cells(l.byConsultant, reasonKeys, l.consultants, QStringLiteral("consultant"))},
            {QStringLiteral("trend"), trend}};
}

QJsonArray consultants(const std::vector<ConsultantRow>& rows)
{
    QJsonArray array;
    for (const ConsultantRow& c : rows)
        array.append(
            QJsonObject{{QStringLiteral("login"), c.login},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("leads_assigned"), c.leadsAssigned},
                        {QStringLiteral("median_first_response_minutes"),
                         minutes(c.medianFirstResponseMinutes)},
                        {QStringLiteral("response_breaches"), c.responseBreaches},
                        {QStringLiteral("escalations"), c.escalations},
                        {QStringLiteral("follow_ups_due"), c.followUpsDue},
                        {QStringLiteral("follow_ups_done"), c.followUpsDone},
                        {QStringLiteral("follow_ups_overdue"), c.followUpsOverdue},
                        {QStringLiteral("test_drives"), c.testDrives},
                        {QStringLiteral("offers"), c.offers},
                        {QStringLiteral("sales"), c.sales},
                        {QStringLiteral("revenue_cents"), double(c.revenueCents)},
                        {QStringLiteral("accessories_offered"), c.accessoriesOffered},
                        {QStringLiteral("accessories_sold"), c.accessoriesSold},
                        {QStringLiteral("accessory_attach_rate"), rate(c.accessoryAttachRate)},
                        {QStringLiteral("manager_comments"), c.managerComments}});
    return array;
}

QJsonObject deliveries(const DeliveriesSection& d)
{
    return {{QStringLiteral("delivered"), d.delivered},
            {QStringLiteral("on_time"), d.onTime},
            {QStringLiteral("late"), d.late},
            {QStringLiteral("without_promise"), d.withoutPromise},
            {QStringLiteral("loans_sent"), d.loansSent},
            {QStringLiteral("loans_approved"), d.loansApproved}};
}

} // namespace

QJsonObject toJson(const Report& report)
{
    const QString week = ReportPeriod::isoWeekName(report.filter);
    return {{QStringLiteral("period"),
             QJsonObject{{QStringLiteral("first"), report.filter.first.toString(Qt::ISODate)},
                         {QStringLiteral("last"), report.filter.last.toString(Qt::ISODate)},
                         {QStringLiteral("days"), report.filter.days()},
                         {QStringLiteral("iso_week"), week.isEmpty() ? QJsonValue() : week}}},
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("consultant"), report.consultantName},
                         {QStringLiteral("source"), report.sourceName}}},
            {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), report.timeZone},
            {QStringLiteral("currency"), report.currency},
            {QStringLiteral("traffic"), traffic(report.traffic)},
            {QStringLiteral("funnel"), funnel(report.funnel)},
            {QStringLiteral("sources"), sources(report.sources)},
            {QStringLiteral("lost"), lost(report.lost)},
            {QStringLiteral("consultants"), consultants(report.consultants)},
            {QStringLiteral("deliveries"), deliveries(report.deliveries)}};
}

} // namespace showroom::reports
