#include "CardText.h"

#include "common/Labels.h"

#include <QLocale>

namespace showroom {

QString CardText::customerKind(CustomerKind kind)
{
    return kind == CustomerKind::Company ? tr("Company") : tr("Private person");
}

QString CardText::tier(Tier tier)
{
    switch (tier) {
    case Tier::High:
        return tr("High value");
    case Tier::Value:
        return tr("Value");
    case Tier::General:
        break;
    }
    return tr("General");
}

QString CardText::contactRole(ContactRole role)
{
    switch (role) {
    case ContactRole::DecisionMaker:
        return tr("Decision maker");
    case ContactRole::VehicleUser:
        return tr("Vehicle user");
    case ContactRole::Driver:
        return tr("Driver");
    case ContactRole::Other:
        break;
    }
    return tr("Other");
}

QString CardText::consentChannel(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Sms:
        return tr("SMS");
    case ConsentChannel::Phone:
        return tr("Phone calls");
    case ConsentChannel::Email:
        break;
    }
    return tr("Email");
}

QString CardText::consentState(const Consent& consent)
{
    if (!consent.changedAt.isValid())
        return consent.granted ? tr("given") : tr("never asked");
    return consent.granted ? tr("given on %1").arg(date(consent.changedAt))
                           : tr("withdrawn on %1").arg(date(consent.changedAt));
}

const QStringList& CardText::languageCodes()
{
    static const QStringList codes{QString(),
                                   QStringLiteral("de"),
                                   QStringLiteral("en"),
                                   QStringLiteral("ru"),
                                   QStringLiteral("uk"),
                                   QStringLiteral("zh_CN")};
    return codes;
}

QString CardText::languageName(const QString& code)
{
    if (code.isEmpty())
        return tr("Not known");
    if (code == QLatin1String("de"))
        return tr("German");
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("ru"))
        return tr("Russian");
    if (code == QLatin1String("uk"))
        return tr("Ukrainian");
    if (code == QLatin1String("zh_CN"))
        return tr("Chinese (simplified)");
    return code;
}

QString CardText::source(const QString& key, const QString& storedName)
{
    if (key == QLatin1String("walk_in"))
        return tr("Walk-in");
    if (key == QLatin1String("phone"))
        return tr("Phone");
    if (key == QLatin1String("web_form"))
        return tr("Website form");
    if (key == QLatin1String("portal"))
        return tr("Portal");
    if (key == QLatin1String("event"))
        return tr("Event");
    if (key == QLatin1String("referral"))
        return tr("Referral");
    if (key == QLatin1String("repurchase"))
        return tr("Repurchase");
    return storedName.isEmpty() ? key : storedName;
}

QString CardText::visitPurpose(const QString& key)
{
    if (key == QLatin1String("new_car"))
        return tr("new car");
    if (key == QLatin1String("used_car"))
        return tr("used car");
    if (key == QLatin1String("service"))
        return tr("service");
    if (key == QLatin1String("pickup"))
        return tr("pick-up");
    return tr("other");
}

QString CardText::dateTime(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss")); // seconds are noise on a timeline
    return locale.toString(at.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

QString CardText::date(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)
                        : QString();
}

QString CardText::money(qint64 cents)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2);
}

QString CardText::timelineKind(const TimelineEntry& e)
{
    const bool in = e.direction == Direction::Inbound;
    const bool out = e.direction == Direction::Outbound;
    switch (e.kind) {
    case TimelineKind::Visit:
        if (e.table == QLatin1String("visits"))
            return e.channel == QLatin1String("phone") ? tr("Hotline call") : tr("Walk-in");
        return tr("Visit");
    case TimelineKind::Call:
        return in ? tr("Incoming call") : out ? tr("Outgoing call") : tr("Call");
    case TimelineKind::TestDrive:
        return tr("Test drive");
    case TimelineKind::Email:
        return in ? tr("Email received") : out ? tr("Email sent") : tr("Email");
    case TimelineKind::Sms:
        return in ? tr("SMS received") : out ? tr("SMS sent") : tr("SMS");
    case TimelineKind::Note:
        return tr("Note");
    case TimelineKind::Offer:
        return tr("Offer");
    case TimelineKind::ManagerComment:
        return tr("Manager comment");
    case TimelineKind::LeadCreated:
        return tr("New lead");
    case TimelineKind::StageChange:
        return tr("Stage change");
    case TimelineKind::DealSigned:
        return tr("Deal signed");
    case TimelineKind::Delivery:
        return tr("Delivery");
    case TimelineKind::Consent:
        return tr("Consent");
    }
    return {};
}

QString CardText::timelineText(const TimelineEntry& e)
{
    QStringList parts;
    const QString lead = e.leadId ? tr("lead #%1").arg(*e.leadId) : QString();
    if (e.table == QLatin1String("activities")) {
        if (e.durationMinutes)
            parts << tr("%n min", nullptr, *e.durationMinutes);
        if (!e.subject.isEmpty() && !e.body.isEmpty())
            parts << e.subject + QStringLiteral(": ") + e.body;
        else
            parts << e.subject + e.body;
        parts << lead;
    } else {
        switch (e.kind) {
        case TimelineKind::Visit:
            parts << visitPurpose(e.purpose)
                  << (e.subject.isEmpty() ? QString() : tr("interested in %1").arg(e.subject))
                  << (e.testDrive ? tr("with test drive") : QString());
            break;
        case TimelineKind::LeadCreated:
            parts << tr("%1 from %2").arg(lead, source(e.sourceKey, e.sourceName)) << e.subject;
            break;
        case TimelineKind::StageChange:
            parts << tr("%1: %2 → %3")
                         .arg(lead, Labels::stage(e.fromStageKey, e.fromStageName),
                              Labels::stage(e.toStageKey, e.toStageName));
            break;
        case TimelineKind::DealSigned:
            parts << e.subject << (e.amountCents ? money(*e.amountCents) : QString()) << lead;
            break;
        case TimelineKind::Delivery:
            parts << tr("%1 handed over").arg(e.subject.isEmpty() ? tr("Car") : e.subject);
            break;
        case TimelineKind::Consent: {
            const auto channel = consentChannelFromKey(e.channel).value_or(ConsentChannel::Email);
            parts << (e.granted ? tr("%1 marketing consent given")
                                : tr("%1 marketing consent withdrawn"))
                         .arg(consentChannel(channel));
            break;
        }
        default:
            parts << e.subject << e.body;
            break;
        }
    }
    parts.removeIf([](const QString& part) { return part.trimmed().isEmpty(); });
    return parts.join(QStringLiteral(" · "));
}

} // namespace showroom
