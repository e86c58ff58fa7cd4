#include "IntakeJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};
} // namespace

QJsonObject reportJson(const IntakeReport& report)
{
    QJsonArray records;
    for (const IntakeRecord& r : report.records)
        records.append(QJsonObject{{QStringLiteral("number"), r.number},
                                   {QStringLiteral("outcome"), intakeOutcomeKey(r.outcome)},
                                   {QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("external_id"), r.externalKey},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("source"), r.sourceKey},
                                   {QStringLiteral("customer_id"), idOrNull(r.customerId)},
                                   {QStringLiteral("lead_id"), idOrNull(r.leadId)}});
    QJsonObject json{{QStringLiteral("file"), report.fileName},
                     {QStringLiteral("rejected"), report.rejected},
                     {QStringLiteral("records"), records}};
    if (!report.encoding.isEmpty()) {
        json.insert(QStringLiteral("encoding"), report.encoding);
        json.insert(QStringLiteral("header"), QJsonArray::fromStringList(report.header));
        json.insert(QStringLiteral("mapping"), QJsonArray::fromStringList(report.mapping));
    }
    return json;
}

std::optional<std::optional<qint64>> campaignArgument(Cli& cli,
                                                      const std::optional<QString>& campaign)
{
    if (!campaign)
        return std::optional<qint64>{};
    bool ok = false;
    const qint64 id = campaign->toLongLong(&ok);
    if (!ok) {
        cli.failWith(Tr::tr("--campaign needs the campaign's number"), Usage);
        return std::nullopt;
    }
    return std::optional<qint64>{id};
}

} // namespace showroom::cli
