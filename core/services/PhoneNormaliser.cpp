#include "PhoneNormaliser.h"

#include "rules/ContactValidation.h"

namespace showroom {

Result<QString> PhoneNormaliser::e164(const QString& typed)
{
    const QString trimmed = typed.trimmed(); // all normalizePhone reads
    auto parsed = m_parsed.constFind(trimmed);
    if (parsed == m_parsed.constEnd())
        parsed = m_parsed.insert(trimmed, normalizePhone(trimmed, m_region));
    return *parsed;
}

} // namespace showroom
