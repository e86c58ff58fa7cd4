#include "CsvParser.h"

#include <array>

namespace showroom::csv {

namespace {
constexpr std::array<char16_t, 3> kDelimiters{u',', u';', u'\t'};
} // namespace

QString Record::value(int column) const
{
    if (column < 0 || column >= fields.size())
        return {};
    return fields.at(column).trimmed();
}

int Document::column(std::initializer_list<const char*> names) const
{
    for (const char* name : names) {
        const QString key = headerKey(QString::fromUtf8(name));
        for (int i = 0; i < header.size(); ++i)
            if (headerKey(header.at(i)) == key)
                return i;
    }
    return -1;
}

QString headerKey(const QString& name)
{
    QString key;
    for (QChar c : name.trimmed()) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        key.append(c.toLower());
    }
    return key;
}

QChar detectDelimiter(const QString& headerLine)
{
    std::array<int, kDelimiters.size()> counts{};
    bool quoted = false;
    for (QChar c : headerLine) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        for (std::size_t i = 0; i < kDelimiters.size(); ++i)
            if (c.unicode() == kDelimiters[i])
                ++counts[i];
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return QChar(kDelimiters[best]);
}

ParseOutcome parse(const QString& text, QChar delimiter)
{
    Document document;
    if (delimiter.isNull()) {
        // The first non-blank line is the header.
        qsizetype start = 0;
        while (start < text.size() &&
               (text.at(start) == QLatin1Char('\n') || text.at(start) == QLatin1Char('\r')))
            ++start;
        qsizetype end = start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') &&
               text.at(end) != QLatin1Char('\r'))
            ++end;
        delimiter = detectDelimiter(text.mid(start, end - start));
    }
    document.delimiter = delimiter;

    std::vector<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // something (even "") was read for the current record
    int line = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        current.fields << field;
        field.clear();
    };
    const auto endRecord = [&] {
        if (fieldStarted || !current.fields.isEmpty()) {
            endField();
            records.push_back(std::move(current));
        }
        current = Record{};
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == QLatin1Char('\r')) { // CRLF or CR inside a field: one line break
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field.append(QLatin1Char('\n'));
                ++line;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++line;
            field.append(c);
            continue;
        }
        if (current.line == 0 && c != QLatin1Char('\r') && c != QLatin1Char('\n'))
            current.line = line;
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    ParseOutcome outcome;
    if (quoted) {
        outcome.unterminatedQuoteLine = quoteLine;
        return outcome;
    }
    endRecord();
    if (records.empty()) {
        outcome.empty = true;
        return outcome;
    }
    document.header = records.front().fields;
    for (QString& name : document.header)
        name = name.trimmed();
    records.erase(records.begin());
    document.records = std::move(records);
    outcome.document = std::move(document);
    return outcome;
}

} // namespace showroom::csv
