#include "ContactValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <phonenumbers/phonenumberutil.h>
#include <set>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ContactValidation)
};

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
} // namespace

bool isPhoneRegion(const QString& region)
{
    if (region.size() != 2 || region != region.toUpper())
        return false;
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.contains(region.toStdString());
}

Result<QString> normalizePhone(const QString& typed, const QString& defaultRegion)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("The phone number is empty."));
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed =
        util->Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    switch (parsed) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("“%1” has no valid country code. Start it with + and the country "
                           "code, e.g. +49.")
                        .arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("“%1” is too short for a phone number.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("“%1” is too long for a phone number.").arg(trimmed));
    default:
        return fail(ErrorCode::InvalidInput, Tr::tr("“%1” is not a phone number.").arg(trimmed));
    }
    if (!util->IsValidNumber(number))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("“%1” is not a valid phone number (check the digits and the country "
                           "code).")
                        .arg(trimmed));
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString formatPhoneForDisplay(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

Result<QString> validateEmail(const QString& typed)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\]\\]+@[^\s@"(),:;<>\[\]\\.]+(\.[^\s@"(),:;<>\[\]\\.]+)+$)"));
    const QString trimmed = typed.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return fail(
            ErrorCode::InvalidInput,
            Tr::tr("“%1” is not a valid email address (expected name@example.com).").arg(trimmed));
    return trimmed;
}

} // namespace showroom
