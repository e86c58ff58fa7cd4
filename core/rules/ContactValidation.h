#pragma once

#include "Error.h"

#include <QString>

namespace showroom {

// Parses a phone number as typed ("0151 2345678", "+49 151 ...") with libphonenumber and returns
// it in E.164 ("+491512345678"). `defaultRegion` (ISO 3166 code, e.g. "DE") applies to numbers
// written without a country code. An invalid number is an InvalidInput error saying why.
Result<QString> normalizePhone(const QString& typed, const QString& defaultRegion);

// The E.164 number in international format for display ("+49 151 2345678").
QString formatPhoneForDisplay(const QString& e164);

// Whether libphonenumber knows the region ("DE", "AT", "RU", ...), for the dealership setting.
bool isPhoneRegion(const QString& region);

// Plain syntax check of an email address; returns it trimmed.
Result<QString> validateEmail(const QString& typed);

} // namespace showroom
