#pragma once

#include "reports/DrillRequest.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <functional>

class QChart;
class QChartView;
class QWidget;

namespace showroom {

// The Reports screen's charts, made from a computed report (nothing reads the database while a
// chart is drawn). Clicking a bar calls `drill` with the leads behind it. Texts follow the app's
// language and locale; stage and lost-reason names are translated through Labels.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    using DrillHandler = std::function<void(const DrillRequest&)>;

    // Walk-ins per day (per week or month for longer periods), first visits stacked on repeat.
    static QChart* traffic(const reports::Report& report, DrillHandler drill);
    // Walk-ins by hour of arrival, over the opening hours (and any hour with visits).
    static QChart* hours(const reports::Report& report, DrillHandler drill);
    // Leads that reached each open stage and Won, top down, with the conversion to the next.
    static QChart* funnel(const reports::Report& report, DrillHandler drill);
    // Leads and sales per source, most leads first.
    static QChart* sources(const reports::Report& report, DrillHandler drill);
    // Lost leads per reason, most first.
    static QChart* lostReasons(const reports::Report& report, DrillHandler drill);
    // Lost leads per ISO week.
    static QChart* lostTrend(const reports::Report& report);

    // A chart view that shows charts made above.
    static QChartView* view(const QString& objectName, QWidget* parent);
    // Shows `chart` in `view` and deletes the chart it replaces.
    static void show(QChartView* view, QChart* chart);

    // The traffic chart's bars: days up to a month, ISO weeks up to 16 weeks, months up to 13
    // months, then quarters, so that the axis labels stay readable.
    enum class BucketSize { Day, Week, Month, Quarter };
    static BucketSize bucketSize(int days);
    struct Bucket {
        QDate first;
        QDate last;
        QString label;     // on the axis
        QString longLabel; // in tool tips and the drill-down title
        int firstVisits = 0;
        int repeatVisits = 0;
    };
    static std::vector<Bucket> trafficBuckets(const reports::Report& report);
};

} // namespace showroom
