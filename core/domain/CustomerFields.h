#pragma once

#include "domain/Customer.h"

#include <QCoreApplication>
#include <vector>

namespace showroom {

// The fields a user edits on a customer card. Merging two customers and resolving an edit
// conflict both go field by field over this list.
enum class CustomerField {
    Kind,
    FirstName,
    LastName,
    CompanyName,
    Phone,
    Email,
    Street,
    PostalCode,
    City,
    Language,
    Tier,
    Owner,
    ConsentEmail,
    ConsentSms,
    ConsentPhone,
    Notes,
};

const std::vector<CustomerField>& allCustomerFields();
QString customerFieldKey(CustomerField field); // "first_name", "consent_email", ...
std::optional<CustomerField> customerFieldFromKey(const QString& key);
QString customerFieldLabel(CustomerField field); // translated
// The value as plain text; the owner as "#id" (the UI shows names instead).
QString customerFieldText(const Customer& customer, CustomerField field);

bool sameField(const Customer& a, const Customer& b, CustomerField field);
// Copies one field; the phone comes with its E.164 form, a consent with its date.
void copyField(const Customer& from, Customer& to, CustomerField field);
std::vector<CustomerField> differingFields(const Customer& a, const Customer& b);
// True when the field holds nothing (empty text, no owner, consent never asked).
bool isFieldEmpty(const Customer& customer, CustomerField field);

} // namespace showroom
