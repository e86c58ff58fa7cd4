#pragma once

#include "Error.h"
#include "domain/Customer.h"
#include "domain/User.h"
#include "services/ServiceContext.h"
#include "storage/CustomerRepository.h"

#include <vector>

namespace showroom {

class PhoneNormaliser;

// Existing customers that may be the same person as a draft: a phone match identifies a person;
// email and name matches are weaker hints.
struct DuplicateCandidates {
    std::vector<CustomerRow> samePhone;
    std::vector<CustomerRow> sameEmail;
    std::vector<CustomerRow> sameName;
    bool empty() const { return samePhone.empty() && sameEmail.empty() && sameName.empty(); }
};

class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(ServiceContext context) : m_context(context) {}
    // For an import: phone numbers are normalised by `phones`, whose region is the default one.
    CustomerService(ServiceContext context, PhoneNormaliser& phones)
        : m_context(context), m_phones(&phones)
    {
    }

    // Validates and normalises contact data; refuses a phone number another customer already has
    // (Duplicate, naming that customer) so that duplicates are never created silently. A consent
    // given here is dated now and recorded in consent_events; the others stay "never asked".
    Result<Customer> add(const User& actor, Customer draft);
    // Saves an edit made on `changed.version`; a colleague's newer save is a Conflict. A consent
    // whose flag changed is dated now and recorded in consent_events (channel, given or
    // withdrawn, who); an unchanged one keeps its stored date.
    Result<Customer> update(const User& actor, Customer changed);
    Result<Customer> get(qint64 id);
    Result<DuplicateCandidates> findDuplicates(const QString& phone, const QString& email,
                                               qint64 excludeId = 0);
    // As above, plus customers with the same name as the draft (weakest hint).
    Result<DuplicateCandidates> findDuplicates(const Customer& draft, qint64 excludeId = 0);
    // The customer findDuplicates() names first for this phone number / email alone, if any.
    Result<std::optional<qint64>> firstWithPhone(const QString& phone);
    Result<std::optional<qint64>> firstWithEmail(const QString& email);
    Result<std::vector<CustomerRow>> page(const QString& text,
                                          const std::optional<CustomerCursor>& after, int limit);
    // The dealership's region for phone numbers typed without a country code.
    Result<QString> defaultRegion();

private:
    Result<void> validate(Customer& customer);
    // normalizePhone, or the import's normaliser (whose region `region` is) when there is one.
    Result<QString> normalised(const QString& phone, const QString& region);

    ServiceContext m_context;
    PhoneNormaliser* m_phones = nullptr;
};

} // namespace showroom
