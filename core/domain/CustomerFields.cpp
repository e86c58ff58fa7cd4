#include "domain/CustomerFields.h"

#include <array>
#include <utility>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CustomerFields)
};

constexpr std::array<std::pair<CustomerField, const char*>, 16> kKeys{{
    {CustomerField::Kind, "kind"},
    {CustomerField::FirstName, "first_name"},
    {CustomerField::LastName, "last_name"},
    {CustomerField::CompanyName, "company_name"},
    {CustomerField::Phone, "phone"},
    {CustomerField::Email, "email"},
    {CustomerField::Street, "street"},
    {CustomerField::PostalCode, "postal_code"},
    {CustomerField::City, "city"},
    {CustomerField::Language, "language"},
    {CustomerField::Tier, "tier"},
    {CustomerField::Owner, "owner"},
    {CustomerField::ConsentEmail, "consent_email"},
    {CustomerField::ConsentSms, "consent_sms"},
    {CustomerField::ConsentPhone, "consent_phone"},
    {CustomerField::Notes, "notes"},
}};

const Consent& consentOf(const Customer& c, CustomerField field)
{
    if (field == CustomerField::ConsentSms)
        return c.consentSms;
    if (field == CustomerField::ConsentPhone)
        return c.consentPhone;
    return c.consentEmail;
}

Consent& consentOf(Customer& c, CustomerField field)
{
    return const_cast<Consent&>(consentOf(std::as_const(c), field));
}

bool isConsent(CustomerField field)
{
    return field == CustomerField::ConsentEmail || field == CustomerField::ConsentSms ||
           field == CustomerField::ConsentPhone;
}

QString* textOf(Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::FirstName:
        return &c.firstName;
    case CustomerField::LastName:
        return &c.lastName;
    case CustomerField::CompanyName:
        return &c.companyName;
    case CustomerField::Phone:
        return &c.phone;
    case CustomerField::Email:
        return &c.email;
    case CustomerField::Street:
        return &c.street;
    case CustomerField::PostalCode:
        return &c.postalCode;
    case CustomerField::City:
        return &c.city;
    case CustomerField::Language:
        return &c.language;
    case CustomerField::Notes:
        return &c.notes;
    default:
        return nullptr;
    }
}
} // namespace

const std::vector<CustomerField>& allCustomerFields()
{
    static const std::vector<CustomerField> fields = [] {
        std::vector<CustomerField> all;
        for (const auto& [field, key] : kKeys)
            all.push_back(field);
        return all;
    }();
    return fields;
}

QString customerFieldKey(CustomerField field)
{
    for (const auto& [candidate, key] : kKeys)
        if (candidate == field)
            return QString::fromLatin1(key);
    return {};
}

std::optional<CustomerField> customerFieldFromKey(const QString& key)
{
    for (const auto& [field, text] : kKeys)
        if (key == QLatin1String(text))
            return field;
    return std::nullopt;
}

QString customerFieldLabel(CustomerField field)
{
    switch (field) {
    case CustomerField::Kind:
        return Tr::tr("Person or company");
    case CustomerField::FirstName:
        return Tr::tr("First name");
    case CustomerField::LastName:
        return Tr::tr("Last name");
    case CustomerField::CompanyName:
        return Tr::tr("Company");
    case CustomerField::Phone:
        return Tr::tr("Phone");
    case CustomerField::Email:
        return Tr::tr("Email");
    case CustomerField::Street:
        return Tr::tr("Street");
    case CustomerField::PostalCode:
        return Tr::tr("Postal code");
    case CustomerField::City:
        return Tr::tr("City");
    case CustomerField::Language:
        return Tr::tr("Language");
    case CustomerField::Tier:
        return Tr::tr("Value tier");
    case CustomerField::Owner:
        return Tr::tr("Owner consultant");
    case CustomerField::ConsentEmail:
        return Tr::tr("Email marketing consent");
    case CustomerField::ConsentSms:
        return Tr::tr("SMS marketing consent");
    case CustomerField::ConsentPhone:
        return Tr::tr("Phone marketing consent");
    case CustomerField::Notes:
        return Tr::tr("Notes");
    }
    return {};
}

QString customerFieldText(const Customer& c, CustomerField field)
{
    if (field == CustomerField::Kind)
        return c.kind == CustomerKind::Company ? Tr::tr("Company") : Tr::tr("Person");
    if (field == CustomerField::Tier)
        return tierKey(c.tier);
    if (field == CustomerField::Owner)
        return c.ownerId ? QStringLiteral("#%1").arg(*c.ownerId) : QString();
    if (isConsent(field)) {
        const Consent& consent = consentOf(c, field);
        if (!consent.changedAt.isValid())
            return consent.granted ? Tr::tr("given") : QString();
        const QString date = consent.changedAt.date().toString(Qt::ISODate);
        return consent.granted ? Tr::tr("given on %1").arg(date)
                               : Tr::tr("withdrawn on %1").arg(date);
    }
    return *textOf(const_cast<Customer&>(c), field);
}

bool sameField(const Customer& a, const Customer& b, CustomerField field)
{
    switch (field) {
    case CustomerField::Kind:
        return a.kind == b.kind;
    case CustomerField::Tier:
        return a.tier == b.tier;
    case CustomerField::Owner:
        return a.ownerId == b.ownerId;
    case CustomerField::Phone:
        return a.phone == b.phone && a.phoneE164 == b.phoneE164;
    default:
        break;
    }
    if (isConsent(field)) {
        const Consent& x = consentOf(a, field);
        const Consent& y = consentOf(b, field);
        return x.granted == y.granted && x.changedAt == y.changedAt;
    }
    return customerFieldText(a, field) == customerFieldText(b, field);
}

void copyField(const Customer& from, Customer& to, CustomerField field)
{
    switch (field) {
    case CustomerField::Kind:
        to.kind = from.kind;
        return;
    case CustomerField::Tier:
        to.tier = from.tier;
        return;
    case CustomerField::Owner:
        to.ownerId = from.ownerId;
        return;
    case CustomerField::Phone:
        to.phone = from.phone;
        to.phoneE164 = from.phoneE164;
        return;
    default:
        break;
    }
    if (isConsent(field)) {
        consentOf(to, field) = consentOf(from, field);
        return;
    }
    *textOf(to, field) = *textOf(const_cast<Customer&>(from), field);
}

std::vector<CustomerField> differingFields(const Customer& a, const Customer& b)
{
    std::vector<CustomerField> fields;
    for (CustomerField field : allCustomerFields())
        if (!sameField(a, b, field))
            fields.push_back(field);
    return fields;
}

bool isFieldEmpty(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Kind:
    case CustomerField::Tier:
        return false;
    case CustomerField::Owner:
        return !c.ownerId;
    default:
        break;
    }
    if (isConsent(field)) {
        const Consent& consent = consentOf(c, field);
        return !consent.granted && !consent.changedAt.isValid();
    }
    return textOf(const_cast<Customer&>(c), field)->isEmpty();
}

} // namespace showroom
