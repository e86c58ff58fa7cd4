// libFuzzer target: the CSV parser and the lead-list column mapping on any bytes. Besides not
// crashing, what it gives back must hold together; a broken invariant aborts.
#include "io/CsvParser.h"
#include "io/LeadCsvMapping.h"
#include "io/Text.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace showroom;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Every field quoted, so that reading it back must give the same fields.
QString quoted(const csv::Document& document)
{
    const auto line = [&](const QStringList& fields) {
        QStringList out;
        for (const QString& field : fields)
            out << u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
        return out.join(document.delimiter) + u'\n';
    };
    QString text = line(document.header);
    for (const csv::Record& record : document.records)
        text += line(record.fields);
    return text;
}

void checkDocument(const QString& text, const csv::ParseOutcome& outcome)
{
    // No line number can be larger (a CRLF counts twice here).
    const qsizetype lines = text.count(u'\n') + text.count(u'\r') + 1;
    if (!outcome.ok()) {
        require(outcome.empty != (outcome.unterminatedQuoteLine > 0));
        require(outcome.unterminatedQuoteLine <= lines);
        return;
    }
    const csv::Document& document = outcome.document;
    require(std::u16string_view(u",;\t").find(document.delimiter.unicode()) !=
            std::u16string_view::npos);
    require(!document.header.isEmpty());
    for (const QString& name : document.header)
        require(name == name.trimmed());
    qsizetype chars = 0;
    int previous = 0;
    for (const csv::Record& record : document.records) {
        require(record.line > previous && record.line <= lines);
        previous = record.line;
        require(!record.fields.isEmpty());
        for (const QString& field : record.fields) {
            require(!field.contains(u'\r'));
            chars += field.size();
        }
        require(record.value(-1).isEmpty() && record.value(int(record.fields.size())).isEmpty());
    }
    require(chars <= text.size());

    const csv::ParseOutcome again = csv::parse(quoted(document), document.delimiter);
    require(again.ok());
    require(again.document.header == document.header);
    require(again.document.records.size() == document.records.size());
    for (std::size_t i = 0; i < document.records.size(); ++i)
        require(again.document.records[i].fields == document.records[i].fields);
}

void checkLeads(const csv::Document& document)
{
    const leadcsv::Mapping mapping = leadcsv::guessMapping(document.header);
    require(mapping.size() == std::size_t(document.header.size()));
    for (leadcsv::Field field : leadcsv::allFields())
        if (field != leadcsv::Field::Ignore)
            require(std::count(mapping.begin(), mapping.end(), field) <= 1);
    for (std::size_t i = 0; i < mapping.size(); ++i) {
        const leadcsv::Field guessed = leadcsv::guessField(document.header[int(i)]);
        require(mapping[i] == guessed || mapping[i] == leadcsv::Field::Ignore ||
                (guessed == leadcsv::Field::Phone && mapping[i] == leadcsv::Field::Mobile));
    }

    const leadcsv::Table table{QString(), document.delimiter, document.header, document.records};
    const auto prospects = leadcsv::prospects(table, mapping);
    require(prospects.size() <= table.records.size());
    int previous = 0;
    for (const adf::Prospect& prospect : prospects) {
        require(prospect.line > previous);
        previous = prospect.line;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // What csv::read parses (stock lists).
    const QString decoded = text::decode(bytes);
    const csv::ParseOutcome stock = csv::parse(decoded);
    checkDocument(decoded, stock);

    // What leadcsv::read parses (lead lists of unknown encoding), then the column mapping.
    const text::Guess guess = text::guess(bytes);
    const bool same = guess.text == decoded;
    const csv::ParseOutcome leads = same ? stock : csv::parse(guess.text);
    if (!same)
        checkDocument(guess.text, leads);
    if (leads.ok())
        checkLeads(leads.document);
    return 0;
}
