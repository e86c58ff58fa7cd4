// showroom-cli: the headless tool on the core library (no GUI modules).
#include "Arguments.h"
#include "Cli.h"
#include "Commands.h"

#include <QCoreApplication>
#include <iostream>

namespace {

const char kUsage[] =
    R"(Usage: showroom-cli --db FILE [--user LOGIN] [--lang de|ru|uk|zh_CN] COMMAND ...
  --lang prints documents and the weekly report (and error messages) in that language

Database:
  init [--shared] [--json]             create a database (local mode, or shared for a network share)
  demo [--customers N] [--seed S] [--shared]
                                       fill a new database with 24 months of demo history
  check                                verify the file (ours, schema, quick_check); exit 1 if not healthy
  backup OUT.sqlite                    online backup to OUT.sqlite
  stats [--json]                       rows per table, leads per stage

Users:
  user add --login L [--name N] [--role receptionist|consultant|manager|admin]
                                       password from SHOWROOM_NEW_PASSWORD or a prompt; the first
                                       user of a new database is its administrator
  user list [--json]

Customers and leads (need --user; the password comes from SHOWROOM_PASSWORD or a prompt):
  customer add --first A --last B --phone P [--email E] [--company C] [--city C] [--json]
  customer find TEXT [--limit N] [--json]     name, company, phone digits, email or VIN fragment
  customer show ID [--json]            the customer card: details, consents, contact persons,
                                       leads and the whole timeline, newest first
  customer merge KEEP_ID OTHER_ID [--take FIELD]... [--json]
                                       managers: move everything of OTHER_ID to KEEP_ID; empty
                                       fields are filled from OTHER_ID, --take phone takes its phone
  lead add --customer ID --source KEY [--consultant LOGIN] [--interest TEXT] [--json]
  lead move LEAD_ID STAGE_KEY [--json]
  lead show LEAD_ID

Pipeline (changes need --user):
  board [--consultant LOGIN] [--json]  the board's columns: stage, count, total value and lead ids
                                       in board order; with --consultant as that consultant sees
                                       it (own leads and the unassigned pool)
  lead assign LEAD_ID CONSULTANT_LOGIN [--json]   managers give a lead to a consultant
  lead take LEAD_ID [--json]           a consultant takes a lead from the unassigned pool
  lead lose LEAD_ID --reason KEY [--comment TEXT] [--json]
                                       a consultant's request waits for a manager's approval; a
                                       manager's closes the lead at once
  lead approve-lost LEAD_ID [--json]   managers: close a requested lead as lost
  lead return LEAD_ID --comment TEXT [--json]
                                       managers: not lost, back to the consultant with the comment
  lead reopen LEAD_ID [--stage KEY] [--json]
                                       managers: a lost lead back into the stage it was lost from
  activity add LEAD_ID --kind call|email|sms|visit|note|test_drive --outcome TEXT
               [--direction in|out] [--json]
                                       log a contact; the first one stops the response clock
  task add LEAD_ID --due 2026-11-24T10:00 --title TEXT
           [--kind follow_up|call_back|appointment|test_drive|other] [--json]
  task done TASK_ID --result TEXT [--json]   a task is only done with its result
  today [--consultant LOGIN] [--json]  overdue, due today and today's appointments
  rules run [--now 2026-11-23T10:30] [--json]
                                       evaluate the timed rules (response reminders and
                                       escalations, no-show requeues, automatic assignment) at
                                       that time (default now); prints what fired and who was told

Reception (visit add/contact/left need --user):
  visit add [--phone P] [--first A] [--last B] [--email E] [--customer ID] [--consultant LOGIN]
            [--purpose new-car|used-car|service|pickup|other] [--party N] [--model TEXT]
            [--test-drive] [--repeat] [--call] [--at 2026-11-23T10:30] [--json]
                                       log a walk-in (or with --call a hotline call); with contact
                                       data it creates or links the customer and opens the lead
  visit contact VISIT_ID [--phone P] [--first A] [--last B] [--email E] [--customer ID] [--json]
                                       add the contact data an anonymous visitor gave later
  visit left VISIT_ID [--json]         the visitor left now
  visit list [--date YYYY-MM-DD] [--json]   the day's visits and calls, contact_captured per visit
  traffic --from YYYY-MM-DD --to YYYY-MM-DD [--json]
                                       walk-ins, first visits, contact captured, retention rate

Lead intake (needs --user):
  import adf|eml|vcard|csv FILE... [--source KEY] [--campaign ID] [--map FIELD,...]
                                   [--dry-run] [--json]
                                       ADF files, emails (.eml: ADF in the body or attached,
                                       else a lead from the sender), vCards and lead lists (csv:
                                       --source required; any encoding, delimiter and header
                                       language; --map names each column's field: first_name,
                                       last_name, name, company, phone, mobile, email, street,
                                       postal_code, city, vehicle, comments, id or ignore, and
                                       is remembered for the source) become unassigned leads
                                       linked to customers known by phone or email; what was
                                       imported before is skipped; --json lists each record's
                                       outcome and reason. The source: --source, else the ADF
                                       provider's (setting intake.providers: one
                                       "provider=source key" a line), else the format's usual one
  intake run --folder DIR [--source KEY] [--campaign ID] [--json]
                                       one pass over an intake folder: each ADF, email, vCard or
                                       list file is imported and moved to processed/ or failed/
                                       (with NAME.reason.txt when something was refused); the
                                       source and campaign default to the settings
                                       intake.folder.source and intake.folder.campaign
  intake imap --url imaps://HOST[:PORT]/FOLDER --login L [--password-file F] [--once]
              [--interval MINUTES] [--source KEY] [--campaign ID] [--ca-file PEM] [--json]
                                       polls the mailbox every 5 minutes (or once): each unread
                                       message becomes leads as with import eml and is marked
                                       seen (flagged when nothing in it was usable); plain
                                       imap:// needs STARTTLS except on this machine; the
                                       password comes from the file or SHOWROOM_IMAP_PASSWORD;
                                       --ca-file trusts a private server's certificate;
                                       settings intake.mailbox.source and .campaign apply

Stock and test drives (changes need --user; adding and importing cars needs a manager):
  vehicle add --vin VIN --make M --model M [--trim T] [--color C] [--year Y] [--price P]
              [--condition new|used|demo] [--stock-number S] [--test-drive]
              [--in-transit YYYY-MM-DD] [--json]
                                       the VIN is checked (ISO 3779; check digit where required)
  vehicle list [--search FRAGMENT] [--available] [--json]
                                       any part of the VIN, the stock number, make or model
  vehicle import FILE.csv [--dry-run] [--json]
                                       a stock list (header names in English or German; , ; or
                                       tab); a known VIN is updated, a bad row is reported by line
  testdrive book LEAD_ID --vin VIN --at 2026-11-24T14:00 [--minutes 60] [--json]
                                       reserve a test-drive car; a taken slot is refused
  testdrive cancel BOOKING_ID          free the slot; the test-drive task is closed

Deals (changes need --user):
  deal create --lead LEAD_ID --vin VIN [--price P] [--discount D] [--deposit D]
              [--payment cash|credit|lease] [--buyer private|company] [--delivery YYYY-MM-DD]
              [--json]                 the lead is won, the car reserved, the checklists made;
                                       --factory-order "TEXT" --delivery DATE instead of --vin
  deal show DEAL_ID [--json]           the deal, its checklists, documents and what blocks the
                                       bank and the handover
  checklist tick DEAL_ID ITEM_ID [--attach FILE] [--json]
                                       an item done (an accessory sold), with its document
  checklist not-sold DEAL_ID ITEM_ID --reason KEY [--json]
                                       an accessory not sold: too_expensive, already_has,
                                       not_needed, later, bought_elsewhere
  deal send-to-bank DEAL_ID [--json]   refused with the list of what is missing
  deal bank-approved DEAL_ID [--json]  the bank approved the loan (after send-to-bank)
  deal deliver DEAL_ID [--json]        hand the car over; plans the after-sales follow-ups
  deal print DEAL_ID --offer|--contract|--handover --pdf OUT.pdf

Reports (docs/reports.md says what each figure counts):
  report weekly [--week 2026-W47 | --from 2026-11-01 --to 2026-11-30] [--consultant LOGIN]
                [--source KEY] (--pdf OUT.pdf | --json)
                                       the manager's report: traffic, funnel, sources and
                                       campaigns, lost analysis, consultants, deliveries; by default
                                       the last full week; --json prints every figure, --pdf the
                                       printed report. Without --user everyone's figures, as a
                                       manager sees them; a consultant sees only his own

Settings:
  setting get KEY                      e.g. dealership.region (the country for phone numbers
                                       typed without +), dealership.name, response.minutes
  setting set KEY VALUE                needs --user with the right to change settings

Source keys: walk_in, phone, web_form, portal, event, referral, repurchase.
Stage keys: unassigned, assigned, contacted, needs, offer, negotiation, won (lost needs a reason).
Lost reason keys: price, credit_terms, test_drive, bought_elsewhere, no_stock, delivery_time,
trade_in_value, unreachable, just_browsing, other (needs --comment).
Times are ISO 8601: 2026-11-23T10:30 is local time, 2026-11-23T09:30:00Z is UTC.
Errors go to stderr and the exit code is non-zero (2 for usage errors).
)";

} // namespace

int main(int argc, char* argv[])
{
    const auto app = showroom::cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    using namespace showroom::cli;
    QStringList words = QCoreApplication::arguments().mid(1);
    if (words.isEmpty() || words.contains(QStringLiteral("--help")) ||
        words.contains(QStringLiteral("-h"))) {
        std::cout << kUsage;
        return words.isEmpty() ? Usage : Ok;
    }
    if (words.contains(QStringLiteral("--version"))) {
        std::cout << "showroom-cli " << PROJECT_VERSION_STRING << std::endl;
        return Ok;
    }
    Arguments args(words);
    const QString db = args.takeOption(QStringLiteral("--db")).value_or(QString());
    const QString user = args.takeOption(QStringLiteral("--user")).value_or(QString());
    const std::optional<QString> language = args.takeOption(QStringLiteral("--lang"));
    const QString command = args.takePositional().value_or(QString());
    Cli cli(args, db, user);
    if (language)
        if (const auto problem = useLanguage(*language))
            return cli.failWith(*problem, Usage);

    if (command == QLatin1String("init"))
        return runInit(cli);
    if (command == QLatin1String("demo"))
        return runDemo(cli);
    if (command == QLatin1String("check"))
        return runCheck(cli);
    if (command == QLatin1String("backup"))
        return runBackup(cli);
    if (command == QLatin1String("stats"))
        return runStats(cli);
    if (command == QLatin1String("user"))
        return runUser(cli);
    if (command == QLatin1String("customer"))
        return runCustomer(cli);
    if (command == QLatin1String("lead"))
        return runLead(cli);
    if (command == QLatin1String("visit"))
        return runVisit(cli);
    if (command == QLatin1String("traffic"))
        return runTraffic(cli);
    if (command == QLatin1String("setting"))
        return runSetting(cli);
    if (command == QLatin1String("board"))
        return runBoard(cli);
    if (command == QLatin1String("activity"))
        return runActivity(cli);
    if (command == QLatin1String("rules"))
        return runRules(cli);
    if (command == QLatin1String("task"))
        return runTask(cli);
    if (command == QLatin1String("deal"))
        return runDeal(cli);
    if (command == QLatin1String("checklist"))
        return runChecklist(cli);
    if (command == QLatin1String("today"))
        return runToday(cli);
    if (command == QLatin1String("vehicle"))
        return runVehicle(cli);
    if (command == QLatin1String("testdrive"))
        return runTestDrive(cli);
    if (command == QLatin1String("report"))
        return runReport(cli);
    if (command == QLatin1String("import"))
        return runImport(cli);
    if (command == QLatin1String("intake"))
        return runIntake(cli);
    return cli.failWith(QStringLiteral("unknown command “%1”").arg(command), Usage);
}
