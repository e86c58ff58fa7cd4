#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <optional>
#include <vector>

// The manager's report as plain data: every figure computed once in core (ReportService), drawn by
// the Reports screen, printed as the weekly report and written as JSON by the command-line tool.
// docs/reports.md says what each figure counts.
namespace showroom::reports {

// What a report covers. Dates are the dealership's local calendar dates (dealership.time_zone),
// both inclusive.
struct ReportFilter {
    QDate first;
    QDate last;
    std::optional<qint64> consultantId; // empty: all consultants
    std::optional<qint64> sourceId;     // empty: all sources

    int days() const { return int(first.daysTo(last)) + 1; }
};

struct TrafficFigures {
    int visits = 0;                      // walk-ins
    int firstVisits = 0;                 // of which the visitor's first
    int repeatVisits = 0;                // visits - firstVisits
    int captured = 0;                    // first visits whose visitor left a phone number or email
    int testDrives = 0;                  // walk-ins with a test drive
    std::optional<double> retentionRate; // captured / firstVisits
};

struct TrafficDay {
    QDate date;
    int firstVisits = 0;
    int repeatVisits = 0;
    int captured = 0;
    int testDrives = 0;
};

struct TrafficSection {
    TrafficFigures current;
    TrafficFigures previous;            // the period of the same length just before
    TrafficFigures lastYear;            // the same weekdays 52 weeks (364 days) earlier
    std::vector<TrafficDay> days;       // every date of the period, in order
    std::array<int, 24> visitsByHour{}; // walk-ins by local hour of arrival
};

struct FunnelStage {
    qint64 stageId = 0;
    QString key;
    QString name;    // as stored; the UI translates known keys
    QString kind;    // "open", "won" or "lost"
    int entered = 0; // leads that entered this stage in the period
    int reached = 0; // open/won stages: leads that entered this or a later stage in the period
    std::optional<double> conversionToNext;     // reached(next) / reached(this); open stages
    std::optional<double> medianMinutesInStage; // over leads that left the stage in the period
    int left = 0;                               // how many left it in the period
};

struct FunnelSection {
    std::vector<FunnelStage> stages; // in board order: open stages, then won, then lost
    int newLeads = 0;
    int won = 0;
    int lost = 0;
    std::optional<double> closeRate; // won / newLeads
    int firstVisitCloses = 0;        // won on the local day the lead was created
    int followUpCloses = 0;          // won on a later day
};

struct SourceRow {
    qint64 sourceId = 0;
    std::optional<qint64> campaignId; // set on campaign rows
    QString key;                      // source key ("walk_in", ...); a campaign's source
    QString name;                     // source or campaign name as stored
    int leads = 0;
    int respondedInTime = 0;
    int testDrives = 0;
    int offers = 0;
    int sales = 0;
    std::optional<double> conversion; // sales / leads
    qint64 revenueCents = 0;
    std::optional<qint64> costCents;        // campaigns with a known cost: the period's share
    std::optional<qint64> costPerSaleCents; // costCents / sales
};

struct SourcesSection {
    std::vector<SourceRow> sources;   // every active source, and inactive ones with figures
    std::vector<SourceRow> campaigns; // campaigns with leads, sales or cost in the period
};

// One cell of a lost-reason cross table: `byId` is a stage id or a consultant id (0: none).
struct LostCell {
    qint64 reasonId = 0;
    qint64 byId = 0;
    int leads = 0;
};

struct LostReasonTotal {
    qint64 reasonId = 0;
    QString key;
    QString name; // as stored; the UI translates known keys
    int leads = 0;
};

struct NamedId {
    qint64 id = 0;
    QString key; // stages: the stage key; consultants: the login
    QString name;
};

struct LostWeek {
    QDate weekStart; // a Monday
    int leads = 0;
};

struct LostSection {
    int lost = 0;
    std::vector<LostReasonTotal> reasons; // reasons with leads, most first
    std::vector<NamedId> stages;          // stages leads were lost from, board order
    std::vector<NamedId> consultants;     // consultants who lost leads, by name
    std::vector<LostCell> byStage;        // reason x stage lost from
    std::vector<LostCell> byConsultant;   // reason x consultant
    int pendingApproval = 0;
    std::vector<LostWeek> trend; // lost per ISO week, at least the 8 weeks ending with the period
};

struct ConsultantRow {
    qint64 userId = 0;
    QString login;
    QString name;
    int leadsAssigned = 0;
    std::optional<double> medianFirstResponseMinutes;
    int responseBreaches = 0;
    int escalations = 0;
    int followUpsDue = 0;
    int followUpsDone = 0;
    int followUpsOverdue = 0;
    int testDrives = 0;
    int offers = 0;
    int sales = 0;
    qint64 revenueCents = 0;
    int accessoriesOffered = 0;
    int accessoriesSold = 0;
    std::optional<double> accessoryAttachRate; // sold / offered
    int managerComments = 0;
};

struct DeliveriesSection {
    int delivered = 0;
    int onTime = 0;
    int late = 0;
    int withoutPromise = 0;
    int loansSent = 0;
    int loansApproved = 0;
};

struct Report {
    ReportFilter filter;
    QDateTime generatedAt;  // UTC
    QString timeZone;       // IANA id the local dates and hours are in
    QString currency;       // ISO 4217, from dealership.currency
    QString consultantName; // when filtered
    QString sourceName;     // when filtered
    TrafficSection traffic;
    FunnelSection funnel;
    SourcesSection sources;
    LostSection lost;
    std::vector<ConsultantRow> consultants; // by name
    DeliveriesSection deliveries;
};

} // namespace showroom::reports
