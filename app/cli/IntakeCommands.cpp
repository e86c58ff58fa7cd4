// intake run --folder DIR ...: one pass over a watched folder.
// intake imap --url URL --login L ...: the mailbox, polled every few minutes or --once.
#include "Cli.h"
#include "Commands.h"
#include "IntakeJson.h"
#include "services/FolderIntake.h"
#include "services/IntakeSources.h"
#include "services/MailboxIntake.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QThread>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

constexpr int kDefaultIntervalMinutes = 5;

// The channel's source and campaign, unless --source or --campaign say otherwise.
std::optional<IntakeOptions> channelArguments(Cli& cli, IntakeChannel channel,
                                              const std::optional<QString>& source,
                                              const std::optional<QString>& campaign)
{
    const auto campaignId = campaignArgument(cli, campaign);
    if (!campaignId)
        return std::nullopt;
    auto options = channelOptions(cli.context().db.sql(), channel);
    if (!options) {
        cli.failWith(options.error());
        return std::nullopt;
    }
    options->sourceKey = source.value_or(QString());
    if (campaign)
        options->campaignId = *campaignId;
    return *options;
}

int runIntakeFolder(Cli& cli)
{
    Arguments& args = cli.args();
    const auto folder = args.takeOption(QStringLiteral("--folder"));
    const auto source = args.takeOption(QStringLiteral("--source"));
    const auto campaign = args.takeOption(QStringLiteral("--campaign"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!folder)
        return cli.failWith(Tr::tr("intake run needs --folder DIR"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    const auto options = channelArguments(cli, IntakeChannel::Folder, source, campaign);
    if (!options)
        return Failed;
    auto files = FolderIntake(cli.context(), *folder).runOnce(*actor, *options);
    if (!files)
        return cli.failWith(files.error());
    QJsonArray list;
    for (const IntakeFile& f : *files) {
        QJsonObject entry = reportJson(f.report);
        entry.insert(QStringLiteral("file"), f.name);
        entry.insert(QStringLiteral("moved_to"), f.movedTo);
        entry.insert(QStringLiteral("failed"), f.failed);
        entry.insert(QStringLiteral("reason"), f.reason);
        list.append(entry);
        if (!json)
            cli.print(f.movedTo.isEmpty() ? Tr::tr("%1: left in place: %2").arg(f.name, f.reason)
                                          : Tr::tr("%1: %2 lead(s), moved to %3")
                                                .arg(f.name)
                                                .arg(f.report.leads())
                                                .arg(f.movedTo));
    }
    if (json)
        cli.printJson(
            QJsonObject{{QStringLiteral("folder"), *folder}, {QStringLiteral("files"), list}});
    else if (files->empty())
        cli.print(Tr::tr("Nothing to import in %1").arg(*folder));
    return Ok;
}

// The password: the first line of --password-file, else $SHOWROOM_IMAP_PASSWORD.
std::optional<QString> mailboxPassword(Cli& cli, const std::optional<QString>& file)
{
    if (file) {
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly)) {
            cli.failWith(Tr::tr("cannot read %1: %2").arg(*file, f.errorString()));
            return std::nullopt;
        }
        return QString::fromUtf8(f.readLine()).remove(u'\n').remove(u'\r');
    }
    if (qEnvironmentVariableIsSet("SHOWROOM_IMAP_PASSWORD"))
        return qEnvironmentVariable("SHOWROOM_IMAP_PASSWORD");
    cli.failWith(Tr::tr("intake imap needs the password: --password-file FILE or the "
                        "environment variable SHOWROOM_IMAP_PASSWORD"),
                 Usage);
    return std::nullopt;
}

void reportPoll(Cli& cli, const MailboxAccount& account, const MailboxPoll& poll, bool json)
{
    if (json) {
        QJsonArray messages;
        for (const MailboxMessage& m : poll.messages) {
            QJsonObject entry = reportJson(m.report);
            entry.insert(QStringLiteral("uid"), m.uid);
            messages.append(entry);
        }
        QJsonValue error = QJsonValue::Null;
        if (poll.error)
            error = QJsonObject{{QStringLiteral("code"), errorCodeName(poll.error->code)},
                                {QStringLiteral("message"), poll.error->message}};
        cli.printJson(QJsonObject{{QStringLiteral("mailbox"), account.address.display()},
                                  {QStringLiteral("leads"), poll.leads()},
                                  {QStringLiteral("waiting"), poll.waiting},
                                  {QStringLiteral("error"), error},
                                  {QStringLiteral("messages"), messages}});
        return;
    }
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    for (const MailboxMessage& m : poll.messages)
        for (const IntakeRecord& r : m.report.records)
            cli.print(Tr::tr("%1: message %2: %3 %4")
                          .arg(now)
                          .arg(m.uid)
                          .arg(intakeOutcomeKey(r.outcome), r.reason));
    if (poll.error)
        cli.print(Tr::tr("%1: %2").arg(now, poll.error->message));
    else
        cli.print(Tr::tr("%1: %2 message(s), %3 lead(s)")
                      .arg(now)
                      .arg(poll.messages.size())
                      .arg(poll.leads()));
}

int runIntakeImap(Cli& cli)
{
    Arguments& args = cli.args();
    const auto url = args.takeOption(QStringLiteral("--url"));
    const auto login = args.takeOption(QStringLiteral("--login"));
    const auto passwordFile = args.takeOption(QStringLiteral("--password-file"));
    const auto caFile = args.takeOption(QStringLiteral("--ca-file"));
    const auto interval = args.takeOption(QStringLiteral("--interval"));
    const auto source = args.takeOption(QStringLiteral("--source"));
    const auto campaign = args.takeOption(QStringLiteral("--campaign"));
    const bool once = args.takeFlag(QStringLiteral("--once"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!url || !login)
        return cli.failWith(Tr::tr("intake imap needs --url imaps://HOST/INBOX and --login L"),
                            Usage);
    bool intervalOk = true;
    const int minutes = interval ? interval->toInt(&intervalOk) : kDefaultIntervalMinutes;
    if (!intervalOk || minutes < 1)
        return cli.failWith(Tr::tr("--interval needs whole minutes, 1 or more"), Usage);
    auto address = MailboxAddress::parse(*url);
    if (!address)
        return cli.failWith(address.error().message, Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const auto password = mailboxPassword(cli, passwordFile);
    if (!password)
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    const auto options = channelArguments(cli, IntakeChannel::Mailbox, source, campaign);
    if (!options)
        return Failed;
    const MailboxAccount account{*address, *login, *password, caFile.value_or(QString())};
    MailboxIntake intake(cli.context(), account);
    for (int failures = 0;;) {
        const MailboxPoll poll = intake.pollOnce(*actor, *options);
        reportPoll(cli, account, poll, json);
        if (once)
            return poll.error ? Failed : Ok;
        failures = poll.error ? failures + 1 : 0;
        QThread::sleep(static_cast<unsigned long>(secondsUntilNextPoll(minutes * 60, failures)));
    }
}

} // namespace

int runIntake(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("run"))
        return runIntakeFolder(cli);
    if (action == QLatin1String("imap"))
        return runIntakeImap(cli);
    return cli.failWith(Tr::tr("intake needs run --folder DIR, or imap --url URL --login L"),
                        Usage);
}

} // namespace showroom::cli
