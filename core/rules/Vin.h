#pragma once

#include "Error.h"

#include <QString>

namespace showroom {

// A VIN as ISO 3779 defines it: 17 characters from A–Z and 0–9 without I, O and Q. North
// American and Chinese VINs carry a check digit in position 9 (ISO 3779 leaves it optional
// elsewhere): a wrong one is refused there; elsewhere it is verified when it matches.
struct VinCheck {
    QString vin; // normalised: upper case, no spaces
    bool checkDigitVerified = false;
    QString note; // translated remark when no check digit could be verified
};

Result<VinCheck> validateVin(const QString& text);

// The check digit ('0'–'9' or 'X') that position 9 should carry; '\0' for invalid characters.
QChar vinCheckDigit(const QString& vin);

// Upper case, spaces and dashes removed: how a typed fragment is searched.
QString normalisedVinFragment(const QString& text);

} // namespace showroom
