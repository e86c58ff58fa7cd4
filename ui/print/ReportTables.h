#pragma once

#include "io/DataTable.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <vector>

namespace showroom {

// The report's figures as translated tables: what the Reports screen exports and what the printed
// weekly report shows below its charts. Stage and lost-reason names are translated (Labels).
class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    static DataTable traffic(const reports::Report& report);     // per day, then the period totals
    static DataTable funnel(const reports::Report& report);      // per stage
    static DataTable sources(const reports::Report& report);     // per source
    static DataTable campaigns(const reports::Report& report);   // per campaign
    static DataTable lostReasons(const reports::Report& report); // reason x stage lost from
    static DataTable consultants(const reports::Report& report);
    static DataTable deliveries(const reports::Report& report);
    static std::vector<DataTable> all(const reports::Report& report);
};

} // namespace showroom
