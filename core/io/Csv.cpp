#include "Csv.h"

#include "io/Text.h"

#include <QCoreApplication>

namespace showroom::csv {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

QString decode(const QByteArray& bytes)
{
    return text::decode(bytes);
}

Result<Document> read(const QByteArray& bytes, QChar delimiter)
{
    return readText(decode(bytes), delimiter);
}

Result<Document> readText(const QString& text, QChar delimiter)
{
    ParseOutcome parsed = parse(text, delimiter);
    if (parsed.unterminatedQuoteLine > 0)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The quoted field starting on line %1 is never closed: a \" is missing.")
                        .arg(parsed.unterminatedQuoteLine));
    if (parsed.empty)
        return fail(ErrorCode::InvalidInput, Tr::tr("The file is empty: there is no header line."));
    return std::move(parsed.document);
}

} // namespace showroom::csv
