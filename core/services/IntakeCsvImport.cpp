// Lists of leads (CSV): the columns' fields, remembered per source; one lead per row.
#include "LeadIntakeService.h"
#include "io/LeadCsv.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace showroom {

namespace {

QString mappingSetting(const QString& sourceKey)
{
    return QStringLiteral("intake.csv_mapping.") + sourceKey;
}

// Header name (csv::headerKey) -> field, as last chosen by hand for the source.
QHash<QString, leadcsv::Field> remembered(ReferenceRepository& reference, const QString& sourceKey)
{
    QHash<QString, leadcsv::Field> fields;
    auto stored = reference.setting(mappingSetting(sourceKey));
    if (!stored || stored->isEmpty())
        return fields;
    const QJsonObject object = QJsonDocument::fromJson(stored->toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (auto field = leadcsv::fieldFromKey(it.value().toString()))
            fields.insert(it.key(), *field);
    return fields;
}

// The same row of the same list, imported again, is the same lead.
QString rowKey(const QString& sourceKey, const adf::Prospect& p, const csv::Record& record)
{
    if (!p.id.isEmpty())
        return QStringLiteral("csv:%1/%2").arg(sourceKey, p.id);
    QStringList values;
    for (const QString& field : record.fields)
        values << field.trimmed();
    const QByteArray digest = QCryptographicHash::hash(
        (sourceKey + u'\x1f' + values.join(u'\x1f')).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("csv:%1:%2").arg(sourceKey, QString::fromLatin1(digest.toHex()));
}

} // namespace

Result<IntakeReport> LeadIntakeService::importCsv(const User& actor, const QByteArray& bytes,
                                                  const IntakeOptions& given)
{
    // A list names no sender: the channel's source is the list's.
    IntakeOptions options = given;
    if (options.sourceKey.isEmpty())
        options.sourceKey = options.channelSourceKey;
    if (options.sourceKey.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("A list of leads needs the source it came from (--source)."));
    if (auto checked = checkSource(options); !checked)
        return std::unexpected(checked.error());
    IntakeReport report;
    report.fileName = options.fileName;
    auto table = leadcsv::read(bytes);
    if (!table) {
        report.rejected = table.error().message;
        return importAll(actor, {}, options, report);
    }
    report.encoding = table->encoding;
    report.header = table->header;

    ReferenceRepository reference(m_context.db.sql());
    leadcsv::Mapping mapping;
    if (!options.csvMapping.isEmpty()) {
        if (options.csvMapping.size() != table->header.size())
            return fail(ErrorCode::InvalidInput,
                        tr("The file has %1 columns, the mapping names %2.")
                            .arg(table->header.size())
                            .arg(options.csvMapping.size()));
        for (const QString& key : options.csvMapping) {
            const auto field = leadcsv::fieldFromKey(key);
            if (!field)
                return fail(ErrorCode::InvalidInput, tr("There is no lead field \"%1\".").arg(key));
            mapping.push_back(*field);
        }
    } else {
        const auto chosen = remembered(reference, options.sourceKey);
        mapping = leadcsv::guessMapping(table->header);
        for (qsizetype i = 0; i < table->header.size(); ++i)
            if (const auto it = chosen.constFind(csv::headerKey(table->header[i]));
                it != chosen.constEnd())
                mapping[std::size_t(i)] = *it;
    }
    for (leadcsv::Field field : mapping)
        report.mapping << leadcsv::fieldKey(field);
    if (!leadcsv::reachesAnyone(mapping)) {
        report.rejected =
            tr("No column holds a phone number or an email; map the columns by hand.");
        return importAll(actor, {}, options, report);
    }

    std::vector<IncomingLead> incoming;
    const std::vector<adf::Prospect> rows = leadcsv::prospects(*table, mapping);
    // Each prospect comes from the record starting on its line, in the same order.
    auto record = table->records.cbegin();
    for (const adf::Prospect& row : rows) {
        while (record != table->records.cend() && record->line != row.line)
            ++record;
        if (record == table->records.cend())
            break;
        incoming.push_back(
            {row, rowKey(options.sourceKey, row, *record), QStringLiteral("csv"), {}, {}, {}, {}});
    }
    auto imported = importAll(actor, incoming, options, report);
    if (imported && !options.dryRun && !options.csvMapping.isEmpty()) {
        QJsonObject chosen;
        for (qsizetype i = 0; i < table->header.size(); ++i)
            chosen.insert(csv::headerKey(table->header[i]), options.csvMapping[i]);
        // Remembered for the next list from this source; a failure only means choosing again.
        (void)m_context.db.write([&]() -> Result<void> {
            return reference.setSetting(
                mappingSetting(options.sourceKey),
                QString::fromUtf8(QJsonDocument(chosen).toJson(QJsonDocument::Compact)));
        });
    }
    return imported;
}

} // namespace showroom
