#include "Vin.h"

#include <QCoreApplication>
#include <array>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Vin)
};

constexpr int kVinLength = 17;
constexpr int kCheckDigitIndex = 8; // position 9
constexpr std::array<int, kVinLength> kWeights{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

// ISO 3779 transliteration of A–Z; 0 marks I, O and Q, which a VIN cannot hold.
constexpr std::array<int, 26> kLetterValues{1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4,
                                            5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};

// The value of a VIN character; -1 for a character a VIN cannot hold.
int transliterate(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z') {
        const int value = kLetterValues[static_cast<std::size_t>(u - u'A')];
        return value > 0 ? value : -1;
    }
    return -1;
}

// North America (1–5) and China (L) require the check digit.
bool requiresCheckDigit(QChar first)
{
    const char16_t u = first.unicode();
    return (u >= u'1' && u <= u'5') || u == u'L';
}

QString forbiddenLetterMessage(QChar letter, int position)
{
    if (letter == QLatin1Char('I'))
        return Tr::tr("A VIN never contains the letter I (position %1): it would be read as 1. "
                      "Type the digit 1 instead.")
            .arg(position);
    if (letter == QLatin1Char('O'))
        return Tr::tr("A VIN never contains the letter O (position %1): it would be read as 0. "
                      "Type the digit 0 instead.")
            .arg(position);
    return Tr::tr("A VIN never contains the letter Q (position %1): it would be read as 0. "
                  "Type the digit 0 instead.")
        .arg(position);
}
} // namespace

QString normalisedVinFragment(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QChar vinCheckDigit(const QString& vin)
{
    if (vin.size() != kVinLength)
        return QChar();
    int sum = 0;
    for (int i = 0; i < kVinLength; ++i) {
        const int value = transliterate(vin.at(i).toUpper());
        if (value < 0)
            return QChar();
        sum += value * kWeights[static_cast<std::size_t>(i)];
    }
    const int remainder = sum % 11;
    return remainder == 10 ? QLatin1Char('X') : QChar(u'0' + remainder);
}

Result<VinCheck> validateVin(const QString& text)
{
    const QString vin = normalisedVinFragment(text);
    if (vin.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Enter the VIN (17 characters)."));
    if (vin.size() != kVinLength)
        return fail(ErrorCode::InvalidInput, Tr::tr("A VIN has 17 characters; this one has %n.",
                                                    nullptr, static_cast<int>(vin.size())));
    for (int i = 0; i < kVinLength; ++i) {
        const QChar c = vin.at(i);
        if (c == QLatin1Char('I') || c == QLatin1Char('O') || c == QLatin1Char('Q'))
            return fail(ErrorCode::InvalidInput, forbiddenLetterMessage(c, i + 1));
        if (transliterate(c) < 0)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("A VIN holds only the letters A–Z and the digits 0–9; “%1” at "
                               "position %2 is not allowed.")
                            .arg(c)
                            .arg(i + 1));
    }
    VinCheck check;
    check.vin = vin;
    const QChar expected = vinCheckDigit(vin);
    const QChar found = vin.at(kCheckDigitIndex);
    if (found == expected) {
        check.checkDigitVerified = true;
        return check;
    }
    if (requiresCheckDigit(vin.at(0)))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The check digit (position 9) should be %1 but is %2: a character of "
                           "this VIN is probably mistyped.")
                        .arg(expected, found));
    check.note = Tr::tr("This VIN carries no check digit (usual outside North America and "
                        "China); length and characters were checked.");
    return check;
}

} // namespace showroom
