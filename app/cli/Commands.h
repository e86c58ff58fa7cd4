#pragma once

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

class QCoreApplication;

namespace showroom {
struct Lead;
}

namespace showroom::cli {

class Cli;

int runInit(Cli& cli);
int runDemo(Cli& cli);
int runCheck(Cli& cli);
int runBackup(Cli& cli);
int runStats(Cli& cli);
int runUser(Cli& cli);
int runCustomer(Cli& cli);
int runCustomerMerge(Cli& cli); // customer merge, in MergeCommand.cpp
int runLead(Cli& cli);
int runVisit(Cli& cli);
int runTraffic(Cli& cli);
int runSetting(Cli& cli);

// The pipeline, in PipelineCommands.cpp: the board, the lead decisions (assign, take, lose,
// approve-lost, return, reopen) and the rule runner; in TaskCommands.cpp: activities, tasks and
// the consultant's day.
int runBoard(Cli& cli);
// Returns -1 when `action` is not one of the lead decisions.
int runLeadDecision(Cli& cli, const QString& action);
int runRules(Cli& cli);
int runActivity(Cli& cli);
int runTask(Cli& cli);
int runToday(Cli& cli);
// The vehicle stock and test-drive bookings, in StockCommands.cpp.
int runVehicle(Cli& cli);
int runTestDrive(Cli& cli);

// Deals and their checklists, in DealCommands.cpp; printing in DealPrintCommand.cpp.
int runDeal(Cli& cli);
int runChecklist(Cli& cli);
int printDealDocument(Cli& cli);
// Leads from files (import adf|eml|vcard) and the intake folder (intake run), in
// ImportCommands.cpp.
int runImport(Cli& cli);
int runIntake(Cli& cli);
// The manager's report (report weekly --json | --pdf), in ReportCommands.cpp.
int runReport(Cli& cli);
// Installs the translation of `language` ("de", "zh_CN", ...) and its locale; the problem when
// there is none, in CliLanguage.cpp.
std::optional<QString> useLanguage(const QString& language);
// A QGuiApplication when the command prints (fonts), else a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

// A lead as the lead commands print it, in LeadCommands.cpp.
QJsonObject leadJson(const Lead& lead);

} // namespace showroom::cli
