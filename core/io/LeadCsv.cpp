#include "LeadCsv.h"

#include "io/Csv.h"
#include "io/Text.h"

namespace showroom::leadcsv {

Result<Table> read(const QByteArray& bytes)
{
    const text::Guess decoded = text::guess(bytes);
    auto document = csv::readText(decoded.text);
    if (!document)
        return std::unexpected(document.error());
    return Table{decoded.encoding, document->delimiter, document->header,
                 std::move(document->records)};
}

} // namespace showroom::leadcsv
