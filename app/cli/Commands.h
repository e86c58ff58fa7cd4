#pragma once

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

} // namespace showroom::cli
