// customer add | find | show (merge: MergeCommand.cpp)
#include "Cli.h"
#include "Commands.h"
#include "rules/ContactValidation.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace showroom::cli {

namespace {

QJsonObject toJson(const CustomerRow& row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.displayName},
            {QStringLiteral("company"), row.companyName},
            {QStringLiteral("phone"), row.phone},
            {QStringLiteral("email"), row.email},
            {QStringLiteral("city"), row.city}};
}

int addCustomer(Cli& cli)
{
    Customer draft;
    draft.firstName = cli.args().takeOption(QStringLiteral("--first")).value_or(QString());
    draft.lastName = cli.args().takeOption(QStringLiteral("--last")).value_or(QString());
    draft.phone = cli.args().takeOption(QStringLiteral("--phone")).value_or(QString());
    draft.email = cli.args().takeOption(QStringLiteral("--email")).value_or(QString());
    draft.companyName = cli.args().takeOption(QStringLiteral("--company")).value_or(QString());
    draft.city = cli.args().takeOption(QStringLiteral("--city")).value_or(QString());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!draft.companyName.isEmpty())
        draft.kind = CustomerKind::Company;
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto added = CustomerService(cli.context()).add(*actor, draft);
    if (!added)
        return cli.failWith(added.error());
    if (json)
        cli.printJson(QJsonObject{{QStringLiteral("id"), added->id},
                                  {QStringLiteral("name"), added->displayName()},
                                  {QStringLiteral("phone_e164"), added->phoneE164},
                                  {QStringLiteral("email"), added->email}});
    else
        cli.print(QStringLiteral("%1").arg(added->id));
    return Ok;
}

int findCustomers(Cli& cli)
{
    const auto text = cli.args().takePositional();
    const auto limitText = cli.args().takeOption(QStringLiteral("--limit"));
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!text)
        return cli.failWith(QStringLiteral("customer find needs the text to search for"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    bool ok = true;
    const int limit = limitText ? limitText->toInt(&ok) : 50;
    if (!ok || limit < 1)
        return cli.failWith(QStringLiteral("--limit needs a positive number"), Usage);
    if (!cli.openDatabase())
        return Failed;
    auto rows = CustomerService(cli.context()).page(*text, std::nullopt, limit);
    if (!rows)
        return cli.failWith(rows.error());
    if (json) {
        QJsonArray array;
        for (const CustomerRow& row : *rows)
            array.append(toJson(row));
        cli.printJson(array);
        return Ok;
    }
    for (const CustomerRow& row : *rows)
        cli.print(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(row.id)
                      .arg(row.displayName, row.phone, row.email));
    return Ok;
}

QJsonValue isoUtc(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString directionKey(Direction direction)
{
    return direction == Direction::Inbound    ? QStringLiteral("in")
           : direction == Direction::Outbound ? QStringLiteral("out")
                                              : QString();
}

QString consentState(const Consent& consent)
{
    if (!consent.changedAt.isValid())
        return consent.granted ? QStringLiteral("given") : QStringLiteral("never_asked");
    return consent.granted ? QStringLiteral("given") : QStringLiteral("withdrawn");
}

// The keys of an entry depend on its kind only, never on which values are empty.
QJsonObject toJson(const TimelineEntry& e)
{
    QJsonObject o{{QStringLiteral("at"), isoUtc(e.at)},
                  {QStringLiteral("kind"), timelineKindKey(e.kind)},
                  {QStringLiteral("table"), e.table},
                  {QStringLiteral("id"), e.sourceId},
                  {QStringLiteral("lead_id"), idOrNull(e.leadId)},
                  {QStringLiteral("user"), e.userName}};
    const auto add = [&o](const char* key, const QJsonValue& value) {
        o.insert(QLatin1String(key), value);
    };
    if (e.table == QLatin1String("activities")) {
        add("subject", e.subject);
        add("body", e.body);
        add("direction", directionKey(e.direction));
        add("duration_min", e.durationMinutes ? QJsonValue(*e.durationMinutes) : QJsonValue());
        return o;
    }
    switch (e.kind) {
    case TimelineKind::Visit:
        add("channel", e.channel);
        add("purpose", e.purpose);
        add("vehicle_interest", e.subject);
        add("test_drive", e.testDrive);
        break;
    case TimelineKind::LeadCreated:
        add("source", e.sourceKey);
        add("source_name", e.sourceName);
        add("stage", e.toStageKey);
        add("stage_name", e.toStageName);
        add("vehicle_interest", e.subject);
        break;
    case TimelineKind::StageChange:
        add("from_stage", e.fromStageKey);
        add("from_stage_name", e.fromStageName);
        add("to_stage", e.toStageKey);
        add("to_stage_name", e.toStageName);
        break;
    case TimelineKind::DealSigned:
        add("vehicle", e.subject);
        add("amount_cents", e.amountCents ? QJsonValue(*e.amountCents) : QJsonValue());
        break;
    case TimelineKind::Delivery:
        add("vehicle", e.subject);
        break;
    case TimelineKind::Consent:
        add("channel", e.channel);
        add("granted", e.granted);
        break;
    default:
        break;
    }
    return o;
}

QJsonObject toJson(const CustomerCard& card)
{
    const Customer& c = card.customer;
    QJsonObject consents;
    for (ConsentChannel channel : kConsentChannels) {
        const Consent& consent = consentOf(c, channel);
        consents.insert(consentChannelKey(channel),
                        QJsonObject{{QStringLiteral("state"), consentState(consent)},
                                    {QStringLiteral("granted"), consent.granted},
                                    {QStringLiteral("changed_at"), isoUtc(consent.changedAt)}});
    }
    QJsonArray persons;
    for (const ContactPerson& p : card.contactPersons)
        persons.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("role"), contactRoleKey(p.role)},
                                   {QStringLiteral("first_name"), p.firstName},
                                   {QStringLiteral("last_name"), p.lastName},
                                   {QStringLiteral("position"), p.position},
                                   {QStringLiteral("phone"), p.phone},
                                   {QStringLiteral("phone_e164"), p.phoneE164},
                                   {QStringLiteral("email"), p.email},
                                   {QStringLiteral("version"), p.version}});
    QJsonArray leads;
    for (const LeadSummary& l : card.leads)
        leads.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("stage"), l.stageKey},
                                 {QStringLiteral("stage_name"), l.stageName},
                                 {QStringLiteral("stage_kind"), stageKindKey(l.stageKind)},
                                 {QStringLiteral("consultant_id"), idOrNull(l.consultantId)},
                                 {QStringLiteral("consultant"), l.consultantName},
                                 {QStringLiteral("source"), l.sourceKey},
                                 {QStringLiteral("source_name"), l.sourceName},
                                 {QStringLiteral("vehicle_interest"), l.vehicleInterest},
                                 {QStringLiteral("created_at"), isoUtc(l.createdAt)},
                                 {QStringLiteral("closed_at"), isoUtc(l.closedAt)}});
    QJsonArray timeline;
    for (const TimelineEntry& entry : card.timeline)
        timeline.append(toJson(entry));
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), customerKindKey(c.kind)},
            {QStringLiteral("name"), c.displayName()},
            {QStringLiteral("first_name"), c.firstName},
            {QStringLiteral("last_name"), c.lastName},
            {QStringLiteral("company"), c.companyName},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("phone_e164"), c.phoneE164},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("street"), c.street},
            {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("language"), c.language},
            {QStringLiteral("tier"), tierKey(c.tier)},
            {QStringLiteral("owner_id"), idOrNull(c.ownerId)},
            {QStringLiteral("owner"), card.ownerName},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("merged_into_id"), idOrNull(c.mergedIntoId)},
            {QStringLiteral("created_at"), isoUtc(c.createdAt)},
            {QStringLiteral("updated_at"), isoUtc(c.updatedAt)},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("bought_before"), card.boughtBefore},
            {QStringLiteral("consents"), consents},
            {QStringLiteral("contact_persons"), persons},
            {QStringLiteral("leads"), leads},
            {QStringLiteral("timeline"), timeline}};
}

// One line of the human-readable timeline: what happened, in words.
QString describe(const TimelineEntry& e)
{
    const QString lead = e.leadId ? QStringLiteral("lead #%1").arg(*e.leadId) : QString();
    QStringList parts;
    if (e.table == QLatin1String("activities")) {
        if (e.direction != Direction::None)
            parts << (e.direction == Direction::Inbound ? QStringLiteral("incoming")
                                                        : QStringLiteral("outgoing"));
        if (e.durationMinutes)
            parts << QStringLiteral("%1 min").arg(*e.durationMinutes);
        parts << e.subject << e.body << lead;
    } else {
        switch (e.kind) {
        case TimelineKind::Visit:
            parts << (e.channel == QLatin1String("phone") ? QStringLiteral("hotline call")
                                                          : QStringLiteral("walk-in"))
                  << e.purpose << e.subject
                  << (e.testDrive ? QStringLiteral("with test drive") : QString());
            break;
        case TimelineKind::LeadCreated:
            parts << lead << QStringLiteral("from ") + e.sourceName << e.toStageName << e.subject;
            break;
        case TimelineKind::StageChange:
            parts << lead << e.fromStageName + QStringLiteral(" -> ") + e.toStageName;
            break;
        case TimelineKind::DealSigned:
            parts << e.subject
                  << (e.amountCents ? QString::number(double(*e.amountCents) / 100.0, 'f', 2)
                                    : QString())
                  << lead;
            break;
        case TimelineKind::Delivery:
            parts << e.subject << QStringLiteral("handed over") << lead;
            break;
        case TimelineKind::Consent:
            parts << QStringLiteral("%1 consent %2")
                         .arg(e.channel,
                              e.granted ? QStringLiteral("given") : QStringLiteral("withdrawn"));
            break;
        default:
            parts << e.subject << e.body;
            break;
        }
    }
    parts.removeIf([](const QString& part) { return part.trimmed().isEmpty(); });
    return parts.join(QStringLiteral(", "));
}

void printCard(Cli& cli, const CustomerCard& card)
{
    const Customer& c = card.customer;
    cli.print(QStringLiteral("Customer #%1: %2 (%3, tier %4)")
                  .arg(c.id)
                  .arg(c.displayName(), customerKindKey(c.kind), tierKey(c.tier)));
    if (c.mergedIntoId)
        cli.print(QStringLiteral("Merged into customer #%1").arg(*c.mergedIntoId));
    const auto line = [&cli](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            cli.print(QStringLiteral("  %1: %2").arg(label, value.trimmed()));
    };
    line(QStringLiteral("Owner"), card.ownerName);
    line(QStringLiteral("Phone"),
         c.phoneE164.isEmpty() ? c.phone : formatPhoneForDisplay(c.phoneE164));
    line(QStringLiteral("Email"), c.email);
    line(QStringLiteral("Address"),
         QStringList{c.street, (c.postalCode + QLatin1Char(' ') + c.city).trimmed()}
             .filter(QRegularExpression(QStringLiteral("\\S")))
             .join(QStringLiteral(", ")));
    line(QStringLiteral("Language"), c.language);
    line(QStringLiteral("Notes"), c.notes);
    QStringList consents;
    for (ConsentChannel channel : kConsentChannels) {
        const Consent& consent = consentOf(c, channel);
        const QString date =
            consent.changedAt.isValid()
                ? QStringLiteral(" on ") + consent.changedAt.date().toString(Qt::ISODate)
                : QString();
        consents << QStringLiteral("%1 %2%3").arg(
            consentChannelKey(channel),
            consentState(consent).replace(QLatin1Char('_'), QLatin1Char(' ')), date);
    }
    line(QStringLiteral("Consents"), consents.join(QStringLiteral("; ")));
    line(QStringLiteral("Bought before"),
         card.boughtBefore ? QStringLiteral("yes") : QStringLiteral("no"));
    cli.print(QStringLiteral("Contact persons: %1").arg(card.contactPersons.size()));
    for (const ContactPerson& p : card.contactPersons)
        cli.print(QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                      .arg(contactRoleKey(p.role), p.displayName(), p.position,
                           p.phoneE164.isEmpty() ? p.phone : formatPhoneForDisplay(p.phoneE164),
                           p.email));
    cli.print(QStringLiteral("Leads: %1").arg(card.leads.size()));
    for (const LeadSummary& l : card.leads)
        cli.print(QStringLiteral("  #%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(l.id)
                      .arg(l.stageKey,
                           l.consultantName.isEmpty() ? QStringLiteral("-") : l.consultantName,
                           l.sourceKey, l.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                           l.vehicleInterest));
    cli.print(QStringLiteral("Timeline: %1 entries, newest first (times in UTC)")
                  .arg(card.timeline.size()));
    for (const TimelineEntry& e : card.timeline)
        cli.print(QStringLiteral("  %1\t%2\t%3\t%4")
                      .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           timelineKindKey(e.kind),
                           e.userName.isEmpty() ? QStringLiteral("-") : e.userName, describe(e)));
}

int showCustomer(Cli& cli)
{
    const auto customerId = parseId(cli.args().takePositional());
    const bool json = cli.args().takeFlag(QStringLiteral("--json"));
    if (!customerId)
        return cli.failWith(QStringLiteral("customer show needs the customer ID"), Usage);
    const qint64 id = *customerId;
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    auto card = CustomerCardService(cli.context()).load(id, 0);
    if (!card)
        return cli.failWith(card.error());
    if (json)
        cli.printJson(toJson(*card));
    else
        printCard(cli, *card);
    return Ok;
}

} // namespace

int runCustomer(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addCustomer(cli);
    if (action == QLatin1String("find"))
        return findCustomers(cli);
    if (action == QLatin1String("merge"))
        return runCustomerMerge(cli);
    if (action == QLatin1String("show"))
        return showCustomer(cli);
    return cli.failWith(QStringLiteral("customer needs add, find, show or merge"), Usage);
}

} // namespace showroom::cli
