#include "PasswordHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::PasswordHasher(Strength strength) : m_strength(strength) {}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return fail(ErrorCode::StorageFailure, Tr::tr("The password library failed to start."));
    const QByteArray utf8 = password.toUtf8();
    const bool minimal = m_strength == Strength::Minimal;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::StorageFailure, Tr::tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& storedHash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace showroom
