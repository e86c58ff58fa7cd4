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
int runLead(Cli& cli);

} // namespace showroom::cli
