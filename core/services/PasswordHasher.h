#pragma once

#include "Error.h"

#include <QString>

namespace showroom {

// argon2id through libsodium. The strength sets time and memory cost: Interactive for real
// users; Minimal only for tests and generated demo data, where thousands of hashes are made.
class PasswordHasher {
public:
    enum class Strength { Minimal, Interactive };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    Result<QString> hash(const QString& password) const;
    bool verify(const QString& password, const QString& storedHash) const;

private:
    Strength m_strength;
};

} // namespace showroom
