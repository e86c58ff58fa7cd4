#pragma once

#include "Error.h"
#include "domain/User.h"
#include "reports/Report.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <vector>

namespace showroom::reports {

// What a click on a chart or a table row asks for: the leads behind one figure.
enum class DrillKind {
    VisitDay,     // leads of walk-ins on `day`
    VisitHour,    // leads of walk-ins in local hour `hour`
    StageEntered, // leads that entered stage `id`
    Source,       // leads created from source `id`
    Campaign,     // leads created from campaign `id`
    LostReason,   // leads lost with reason `id` (optionally from stage / by consultant `secondId`)
    LostByStage,  // as LostReason, `secondId` is the stage lost from
    LostByConsultant, // as LostReason, `secondId` is the consultant
    Consultant,       // leads assigned to consultant `id`
    Won,              // leads won (optionally of consultant `id`)
};

struct Drill {
    DrillKind kind = DrillKind::Source;
    std::optional<qint64> id;
    std::optional<qint64> secondId;
    QDate day;
    int hour = -1;
};

struct DrillRow {
    qint64 leadId = 0;
    qint64 customerId = 0;
    QString customerName;
    QString sourceName;
    QString consultantName; // empty: unassigned
    QString stageKey;
    QString stageName; // as stored
    QDateTime createdAt;
};

// Computes reports inside one read transaction, then returns plain data: nothing is held open
// while a caller draws or prints. Managers (and admins) see every consultant; a consultant sees
// only his own figures (the filter is narrowed to him); a receptionist is refused.
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(ServiceContext context) : m_context(context) {}

    Result<Report> compute(const User& actor, ReportFilter filter);
    Result<std::vector<DrillRow>> drillDown(const User& actor, ReportFilter filter,
                                            const Drill& drill, int limit = 5000);
    // The filter `actor` may see: a consultant's is narrowed to himself.
    static Result<ReportFilter> allowedFilter(const User& actor, ReportFilter filter);

private:
    ServiceContext m_context;
};

} // namespace showroom::reports
