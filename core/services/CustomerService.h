#pragma once

#include "Error.h"
#include "domain/Customer.h"
#include "domain/User.h"
#include "services/ServiceContext.h"
#include "storage/CustomerRepository.h"

#include <vector>

namespace showroom {

// Existing customers that may be the same person as a draft: a phone match identifies a person;
// email matches are weaker hints.
struct DuplicateCandidates {
    std::vector<CustomerRow> samePhone;
    std::vector<CustomerRow> sameEmail;
    bool empty() const { return samePhone.empty() && sameEmail.empty(); }
};

class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(ServiceContext context) : m_context(context) {}

    // Validates and normalises contact data; refuses a phone number another customer already has
    // (Duplicate, naming that customer) so that duplicates are never created silently.
    Result<Customer> add(const User& actor, Customer draft);
    // Saves an edit made on `changed.version`; a colleague's newer save is a Conflict.
    Result<Customer> update(const User& actor, Customer changed);
    Result<Customer> get(qint64 id);
    Result<DuplicateCandidates> findDuplicates(const QString& phone, const QString& email,
                                               qint64 excludeId = 0);
    Result<std::vector<CustomerRow>> page(const QString& text,
                                          const std::optional<CustomerCursor>& after, int limit);
    // The dealership's region for phone numbers typed without a country code.
    Result<QString> defaultRegion();

private:
    Result<void> validate(Customer& customer);

    ServiceContext m_context;
};

} // namespace showroom
