#pragma once

#include "Error.h"
#include "domain/ContactPerson.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// The contact persons of company customers: decision makers, vehicle users, drivers.
class ContactPersonService {
    Q_DECLARE_TR_FUNCTIONS(ContactPersonService)

public:
    explicit ContactPersonService(ServiceContext context) : m_context(context) {}

    Result<std::vector<ContactPerson>> forCustomer(qint64 customerId);
    // Adds a contact person to a company customer (EditCustomers). The person needs a first or
    // last name; the phone is normalised to E.164 (dealership region for national numbers) and
    // the email syntax checked, with a message saying what is wrong.
    Result<ContactPerson> add(const User& actor, ContactPerson draft);
    // Saves an edit made on `changed.version`; a colleague's newer save is a Conflict. The
    // customer a person belongs to does not change.
    Result<ContactPerson> update(const User& actor, ContactPerson changed);
    // Removes the person if nobody changed it since `person.version`.
    Result<void> remove(const User& actor, const ContactPerson& person);

    // Trims and checks a draft as add/update do, without saving (for live checks in forms).
    Result<ContactPerson> validated(ContactPerson person);

private:
    Result<void> checkCustomer(qint64 customerId);

    ServiceContext m_context;
};

} // namespace showroom
