#pragma once

#include "Error.h"
#include "reports/Report.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariantList>
#include <optional>
#include <vector>

// Internals of ReportService: the period as epoch seconds, the filters as SQL, and the small
// statistics every section shares. Each section lives in its own file (ReportTraffic.cpp, ...).
namespace showroom::reports::detail {

struct StageInfo {
    qint64 id = 0;
    QString key;
    QString name;
    QString kind; // open, won, lost
    int position = 0;
    bool retired = false;
};

// Every stage, retired ones too, in board order: open by position, then won, then lost.
Result<std::vector<StageInfo>> loadStages(QSqlDatabase& db);

struct Scope {
    QSqlDatabase& db;
    ReportFilter filter;
    QTimeZone zone;
    qint64 from = 0; // first 00:00 local, epoch seconds
    qint64 to = 0;   // (last + 1) 00:00 local, exclusive
    qint64 now = 0;
    std::vector<StageInfo> stages; // board order: open by position, won, lost

    qint64 startOf(QDate date) const;
    int localHour(qint64 epoch) const;
    // The same scope for other dates (previous period, last year, trend weeks).
    Scope shifted(QDate first, QDate last) const;
};

// " AND <alias>.consultant_id = ? AND <alias>.source_id = ?" for the filters that are set, with
// their values appended to `binds`. `consultantColumn` overrides which column names the
// consultant ("d.consultant_id", "a.user_id", ...); empty skips the consultant filter.
QString leadFilter(const Scope& scope, QVariantList& binds, const QString& leadAlias,
                   const QString& consultantColumn);

// " JOIN leads l ON l.id = <alias>.lead_id" when a source is chosen, since the source is the
// lead's; empty otherwise, so that rows without a lead still count for all sources.
QString leadJoinForSource(const Scope& scope, const QString& alias);

inline std::optional<double> ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? std::nullopt : std::optional<double>(double(part) / double(whole));
}

class ReportDayCache;
class PeriodFigures;

// The sections, from the days' figures (ReportDayCache): traffic and lost read the days they
// need themselves (earlier periods, trend weeks); the others share the period's sum of the main
// figures.
Result<void> traffic(const Scope& scope, ReportDayCache& cache, TrafficSection& out);
Result<void> lost(const Scope& scope, ReportDayCache& cache, LostSection& out);
Result<void> funnel(const Scope& scope, PeriodFigures& period, FunnelSection& out);
Result<void> sources(const Scope& scope, const PeriodFigures& period, SourcesSection& out);
Result<void> consultants(const Scope& scope, PeriodFigures& period,
                         std::vector<ConsultantRow>& out);
Result<void> deliveries(const PeriodFigures& period, DeliveriesSection& out);

} // namespace showroom::reports::detail
