#pragma once

#include "Error.h"

#include <QHash>
#include <QString>

namespace showroom {

// Phone numbers as typed, in E.164 for one region (normalizePhone), each number parsed once: an
// import checks, looks up and saves the same numbers. Made per import, with the region read when
// it starts, so that a changed region setting is never missed.
class PhoneNormaliser {
public:
    explicit PhoneNormaliser(QString region) : m_region(std::move(region)) {}

    const QString& region() const { return m_region; }
    Result<QString> e164(const QString& typed);

private:
    QString m_region;
    QHash<QString, Result<QString>> m_parsed; // trimmed number → normalizePhone's answer
};

} // namespace showroom
