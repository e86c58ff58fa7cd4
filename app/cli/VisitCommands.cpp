// visit add | contact | left | list; traffic
#include "Cli.h"
#include "Commands.h"
#include "services/VisitService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {

QJsonObject toJson(const Visit& v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("channel"), visitChannelKey(v.channel)},
            {QStringLiteral("arrived_at"), v.arrivedAt.toString(Qt::ISODate)},
            {QStringLiteral("left_at"),
             v.leftAt.isValid() ? QJsonValue(v.leftAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("party_size"), v.partySize},
            {QStringLiteral("purpose"), visitPurposeKey(v.purpose)},
            {QStringLiteral("first_visit"), v.firstVisit},
            {QStringLiteral("consultant_id"), idOrNull(v.consultantId)},
            {QStringLiteral("customer_id"), idOrNull(v.customerId)},
            {QStringLiteral("lead_id"), idOrNull(v.leadId)},
            {QStringLiteral("model_interest"), v.modelInterest},
            {QStringLiteral("test_drive"), v.testDrive},
            {QStringLiteral("version"), v.version}};
}

QJsonObject toJson(const VisitOutcome& outcome)
{
    QJsonObject object = toJson(outcome.visit);
    object.insert(QStringLiteral("customer_created"), outcome.customerCreated);
    object.insert(QStringLiteral("lead_created"), outcome.leadCreated);
    object.insert(QStringLiteral("contact_captured"),
                  outcome.customer && (!outcome.customer->phoneE164.isEmpty() ||
                                       !outcome.customer->email.isEmpty()));
    return object;
}

// The visitor's contact options, shared by "visit add" and "visit contact".
VisitorContact takeContact(Arguments& args)
{
    VisitorContact contact;
    contact.customerId = parseId(args.takeOption(QStringLiteral("--customer")));
    contact.firstName = args.takeOption(QStringLiteral("--first")).value_or(QString());
    contact.lastName = args.takeOption(QStringLiteral("--last")).value_or(QString());
    contact.phone = args.takeOption(QStringLiteral("--phone")).value_or(QString());
    contact.email = args.takeOption(QStringLiteral("--email")).value_or(QString());
    return contact;
}

std::optional<QDate> parseDate(const std::optional<QString>& text)
{
    const QDate date = text ? QDate::fromString(*text, Qt::ISODate) : QDate();
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int addVisit(Cli& cli)
{
    Arguments& args = cli.args();
    NewVisit draft;
    draft.contact = takeContact(args);
    const auto consultant = args.takeOption(QStringLiteral("--consultant"));
    const QString purpose =
        args.takeOption(QStringLiteral("--purpose")).value_or(QStringLiteral("new-car"));
    const auto party = args.takeOption(QStringLiteral("--party"));
    const auto at = args.takeOption(QStringLiteral("--at"));
    draft.modelInterest = args.takeOption(QStringLiteral("--model")).value_or(QString());
    draft.testDrive = args.takeFlag(QStringLiteral("--test-drive"));
    if (args.takeFlag(QStringLiteral("--repeat")))
        draft.firstVisit = false;
    if (args.takeFlag(QStringLiteral("--call")))
        draft.channel = VisitChannel::Phone;
    const bool json = args.takeFlag(QStringLiteral("--json"));

    const auto purposeValue =
        visitPurposeFromKey(QString(purpose).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!purposeValue)
        return cli.failWith(
            QStringLiteral("--purpose is one of new-car, used-car, service, pickup, other"), Usage);
    draft.purpose = *purposeValue;
    if (party) {
        bool ok = false;
        draft.partySize = party->toInt(&ok);
        if (!ok)
            return cli.failWith(QStringLiteral("--party needs a number"), Usage);
    }
    if (at) {
        draft.arrivedAt = QDateTime::fromString(*at, Qt::ISODate);
        if (!draft.arrivedAt.isValid())
            return cli.failWith(QStringLiteral("--at needs a date and time like 2026-11-23T10:30"),
                                Usage);
    }
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    if (consultant) {
        draft.consultantId = cli.userIdByLogin(*consultant);
        if (!draft.consultantId)
            return Failed;
    }
    auto logged = VisitService(cli.context()).log(*actor, draft);
    if (!logged)
        return cli.failWith(logged.error());
    if (json)
        cli.printJson(toJson(*logged));
    else
        cli.print(QString::number(logged->visit.id));
    return Ok;
}

int completeVisit(Cli& cli)
{
    const auto visitId = parseId(cli.args().takePositional());
    const VisitorContact contact = takeContact(cli.args());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!visitId)
        return cli.failWith(QStringLiteral("visit contact needs VISIT_ID"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto completed = VisitService(cli.context()).addContact(*actor, *visitId, contact);
    if (!completed)
        return cli.failWith(completed.error());
    if (json)
        cli.printJson(toJson(*completed));
    else
        cli.print(QStringLiteral("Visit %1 belongs to customer %2")
                      .arg(*visitId)
                      .arg(*completed->visit.customerId));
    return Ok;
}

int visitorLeft(Cli& cli)
{
    const auto visitId = parseId(cli.args().takePositional());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!visitId)
        return cli.failWith(QStringLiteral("visit left needs VISIT_ID"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto left = VisitService(cli.context()).markLeft(*actor, *visitId);
    if (!left)
        return cli.failWith(left.error());
    if (json)
        cli.printJson(toJson(*left));
    else
        cli.print(QStringLiteral("Visit %1 ended at %2")
                      .arg(*visitId)
                      .arg(left->leftAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    return Ok;
}

int listVisits(Cli& cli)
{
    const auto dateText = cli.args().takeOption(QStringLiteral("--date"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    const auto date = dateText ? parseDate(dateText) : QDate::currentDate();
    if (!date)
        return cli.failWith(QStringLiteral("--date needs YYYY-MM-DD"), Usage);
    if (!cli.argumentsConsumed() || !cli.openDatabase())
        return cli.argumentsConsumed() ? Failed : Usage;
    auto rows = VisitService(cli.context()).day(*date);
    if (!rows)
        return cli.failWith(rows.error());
    QJsonArray list;
    for (const VisitRow& row : *rows) {
        QJsonObject object = toJson(row.visit);
        object.insert(QStringLiteral("consultant"), row.consultantName);
        object.insert(QStringLiteral("customer"), row.customerName);
        object.insert(QStringLiteral("contact_captured"), row.contactCaptured);
        list.append(object);
        if (!json)
            cli.print(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(row.visit.id, 5)
                          .arg(row.visit.arrivedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                               visitChannelKey(row.visit.channel), row.consultantName,
                               row.customerName.isEmpty() ? QStringLiteral("(anonymous)")
                                                          : row.customerName));
    }
    if (json)
        cli.printJson(list);
    return Ok;
}

} // namespace

int runVisit(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addVisit(cli);
    if (action == QLatin1String("contact"))
        return completeVisit(cli);
    if (action == QLatin1String("left"))
        return visitorLeft(cli);
    if (action == QLatin1String("list"))
        return listVisits(cli);
    return cli.failWith(QStringLiteral("visit needs add, contact, left or list"), Usage);
}

int runTraffic(Cli& cli)
{
    const auto from = parseDate(cli.args().takeOption(QStringLiteral("--from")));
    const auto to = parseDate(cli.args().takeOption(QStringLiteral("--to")));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!from || !to)
        return cli.failWith(QStringLiteral("traffic needs --from YYYY-MM-DD --to YYYY-MM-DD"),
                            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    auto traffic = VisitService(cli.context()).traffic(*from, *to);
    if (!traffic)
        return cli.failWith(traffic.error());
    const auto rate = traffic->retentionRate();
    if (json) {
        cli.printJson(QJsonObject{
            {QStringLiteral("from"), from->toString(Qt::ISODate)},
            {QStringLiteral("to"), to->toString(Qt::ISODate)},
            {QStringLiteral("visits"), traffic->visits},
            {QStringLiteral("first_visits"), traffic->firstVisits},
            {QStringLiteral("captured"), traffic->captured},
            {QStringLiteral("test_drives"), traffic->testDrives},
            {QStringLiteral("retention_rate"), rate ? QJsonValue(*rate) : QJsonValue()}});
        return Ok;
    }
    cli.print(
        QStringLiteral("Visits: %1, first visits: %2, contact captured: %3, retention: %4")
            .arg(traffic->visits)
            .arg(traffic->firstVisits)
            .arg(traffic->captured)
            .arg(rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("n/a")));
    return Ok;
}

} // namespace showroom::cli
