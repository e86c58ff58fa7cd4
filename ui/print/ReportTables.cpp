#include "ReportTables.h"

#include "common/Labels.h"

namespace showroom {

using reports::Report;
using Type = DataColumn::Type;

namespace {

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalCents(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

DataTable table(QString name, QString title, std::vector<DataColumn> columns, const Report& report)
{
    DataTable t;
    t.name = std::move(name);
    t.title = std::move(title);
    t.columns = std::move(columns);
    t.currency = report.currency;
    return t;
}

} // namespace

DataTable ReportTables::traffic(const Report& report)
{
    DataTable t = table(tr("Traffic"), tr("Showroom traffic"),
                        {{tr("Date"), Type::Date},
                         {tr("First visits"), Type::Integer},
                         {tr("Repeat visits"), Type::Integer},
                         {tr("Contact captured"), Type::Integer},
                         {tr("Test drives"), Type::Integer}},
                        report);
    for (const auto& day : report.traffic.days)
        t.rows.push_back(
            {day.date, day.firstVisits, day.repeatVisits, day.captured, day.testDrives});
    return t;
}

DataTable ReportTables::funnel(const Report& report)
{
    DataTable t = table(tr("Funnel"), tr("Sales funnel"),
                        {{tr("Stage"), Type::Text},
                         {tr("Entered"), Type::Integer},
                         {tr("Reached"), Type::Integer},
                         {tr("Conversion to next"), Type::Percent},
                         {tr("Left"), Type::Integer},
                         {tr("Median days in stage"), Type::Number}},
                        report);
    for (const auto& stage : report.funnel.stages) {
        QVariant days;
        if (stage.medianMinutesInStage)
            days = *stage.medianMinutesInStage / (60.0 * 24.0);
        t.rows.push_back({Labels::stage(stage.key, stage.name), stage.entered, stage.reached,
                          optional(stage.conversionToNext), stage.left, days});
    }
    return t;
}

namespace {

std::vector<QVariant> sourceCells(const reports::SourceRow& row)
{
    return {row.leads, row.respondedInTime,      row.testDrives,  row.offers,
            row.sales, optional(row.conversion), row.revenueCents};
}

} // namespace

DataTable ReportTables::sources(const Report& report)
{
    DataTable t = table(tr("Sources"), tr("Sources"),
                        {{tr("Source"), Type::Text},
                         {tr("Leads"), Type::Integer},
                         {tr("Answered in time"), Type::Integer},
                         {tr("Test drives"), Type::Integer},
                         {tr("Offers"), Type::Integer},
                         {tr("Sales"), Type::Integer},
                         {tr("Conversion"), Type::Percent},
                         {tr("Revenue"), Type::Money}},
                        report);
    for (const auto& row : report.sources.sources) {
        std::vector<QVariant> cells{row.name};
        for (QVariant& cell : sourceCells(row))
            cells.push_back(std::move(cell));
        t.rows.push_back(std::move(cells));
    }
    return t;
}

DataTable ReportTables::campaigns(const Report& report)
{
    DataTable t = table(tr("Campaigns"), tr("Campaigns"),
                        {{tr("Campaign"), Type::Text},
                         {tr("Leads"), Type::Integer},
                         {tr("Answered in time"), Type::Integer},
                         {tr("Test drives"), Type::Integer},
                         {tr("Offers"), Type::Integer},
                         {tr("Sales"), Type::Integer},
                         {tr("Conversion"), Type::Percent},
                         {tr("Revenue"), Type::Money},
                         {tr("Cost"), Type::Money},
                         {tr("Cost per sale"), Type::Money}},
                        report);
    for (const auto& row : report.sources.campaigns) {
        std::vector<QVariant> cells{row.name};
        for (QVariant& cell : sourceCells(row))
            cells.push_back(std::move(cell));
        cells.push_back(optionalCents(row.costCents));
        cells.push_back(optionalCents(row.costPerSaleCents));
        t.rows.push_back(std::move(cells));
    }
    return t;
}

DataTable ReportTables::lostReasons(const Report& report)
{
    const auto& lost = report.lost;
    std::vector<DataColumn> columns{{tr("Lost reason"), Type::Text}};
    for (const auto& stage : lost.stages)
        columns.push_back({Labels::stage(stage.key, stage.name), Type::Integer});
    columns.push_back({tr("Total"), Type::Integer});
    DataTable t =
        table(tr("Lost reasons"), tr("Lost leads by reason and stage"), std::move(columns), report);
    for (const auto& reason : lost.reasons) {
        std::vector<QVariant> cells{Labels::lostReason(reason.key, reason.name)};
        for (const auto& stage : lost.stages) {
            int leads = 0;
            for (const auto& cell : lost.byStage)
                if (cell.reasonId == reason.reasonId && cell.byId == stage.id)
                    leads += cell.leads;
            cells.push_back(leads);
        }
        cells.push_back(reason.leads);
        t.rows.push_back(std::move(cells));
    }
    return t;
}

DataTable ReportTables::consultants(const Report& report)
{
    DataTable t = table(tr("Consultants"), tr("Consultants"),
                        {{tr("Consultant"), Type::Text},
                         {tr("Leads assigned"), Type::Integer},
                         {tr("Median first response (min)"), Type::Number},
                         {tr("Response breaches"), Type::Integer},
                         {tr("Escalations"), Type::Integer},
                         {tr("Follow-ups due"), Type::Integer},
                         {tr("Follow-ups done"), Type::Integer},
                         {tr("Follow-ups overdue"), Type::Integer},
                         {tr("Test drives"), Type::Integer},
                         {tr("Offers"), Type::Integer},
                         {tr("Sales"), Type::Integer},
                         {tr("Revenue"), Type::Money},
                         {tr("Accessory attach rate"), Type::Percent},
                         {tr("Manager comments"), Type::Integer}},
                        report);
    for (const auto& c : report.consultants)
        t.rows.push_back({c.name, c.leadsAssigned, optional(c.medianFirstResponseMinutes),
                          c.responseBreaches, c.escalations, c.followUpsDue, c.followUpsDone,
                          c.followUpsOverdue, c.testDrives, c.offers, c.sales, c.revenueCents,
                          optional(c.accessoryAttachRate), c.managerComments});
    return t;
}

DataTable ReportTables::deliveries(const Report& report)
{
    const auto& d = report.deliveries;
    DataTable t = table(tr("Deliveries"), tr("Deliveries and loans"),
                        {{tr("Figure"), Type::Text}, {tr("Deals"), Type::Integer}}, report);
    t.rows = {{tr("Delivered"), d.delivered},
              {tr("On time"), d.onTime},
              {tr("Late"), d.late},
              {tr("Without a promised date"), d.withoutPromise},
              {tr("Loan applications sent"), d.loansSent},
              {tr("Loans approved"), d.loansApproved}};
    return t;
}

std::vector<DataTable> ReportTables::all(const Report& report)
{
    return {traffic(report),     funnel(report),      sources(report),   campaigns(report),
            lostReasons(report), consultants(report), deliveries(report)};
}

} // namespace showroom
