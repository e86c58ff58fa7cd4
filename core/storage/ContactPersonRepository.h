#pragma once

#include "Error.h"
#include "domain/ContactPerson.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

class ContactPersonRepository {
public:
    explicit ContactPersonRepository(QSqlDatabase& db) : m_db(db) {}

    // In role order (decision makers first), then by name.
    Result<std::vector<ContactPerson>> forCustomer(qint64 customerId);
    Result<ContactPerson> byId(qint64 id);
    Result<qint64> insert(const ContactPerson& person);
    // Checks person.version; returns the new one. A colleague's newer save is a Conflict.
    Result<int> update(const ContactPerson& person);
    // Deletes the row if it still has `expectedVersion`.
    Result<void> remove(const ContactPerson& person);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
