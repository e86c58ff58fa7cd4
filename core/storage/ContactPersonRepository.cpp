#include "ContactPersonRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, role, first_name, last_name, position, phone, phone_e164, email, "
    "version FROM contact_persons ");

ContactPerson readPerson(const QSqlQuery& q)
{
    ContactPerson p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.role = contactRoleFromKey(q.value(2).toString()).value_or(ContactRole::Other);
    p.firstName = q.value(3).toString();
    p.lastName = q.value(4).toString();
    p.position = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.phoneE164 = q.value(7).toString();
    p.email = q.value(8).toString();
    p.version = q.value(9).toInt();
    return p;
}

QString label(const ContactPerson& person)
{
    return Tr::tr("Contact person “%1”").arg(person.displayName());
}
} // namespace

Result<std::vector<ContactPerson>> ContactPersonRepository::forCustomer(qint64 customerId)
{
    std::vector<ContactPerson> persons;
    auto ok = sql::select(
        m_db,
        kSelect + QStringLiteral("WHERE customer_id = ? ORDER BY CASE role "
                                 "WHEN 'decision_maker' THEN 0 WHEN 'vehicle_user' THEN 1 "
                                 "WHEN 'driver' THEN 2 ELSE 3 END, last_name, first_name, id"),
        {customerId}, [&](const QSqlQuery& q) { persons.push_back(readPerson(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return persons;
}

Result<ContactPerson> ContactPersonRepository::byId(qint64 id)
{
    std::optional<ContactPerson> found;
    auto ok = sql::select(m_db, kSelect + QStringLiteral("WHERE id = ?"), {id},
                          [&](const QSqlQuery& q) { found = readPerson(q); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no contact person #%1.").arg(id));
    return *found;
}

Result<qint64> ContactPersonRepository::insert(const ContactPerson& p)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO contact_persons (customer_id, role, first_name, "
                                      "last_name, position, phone, phone_e164, email) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {p.customerId, contactRoleKey(p.role), p.firstName, p.lastName, p.position,
                        p.phone, values::textOrNull(p.phoneE164), p.email});
}

Result<int> ContactPersonRepository::update(const ContactPerson& p)
{
    return versionedUpdate(m_db, QStringLiteral("contact_persons"), p.id, p.version,
                           QStringLiteral("role = ?, first_name = ?, last_name = ?, position = ?, "
                                          "phone = ?, phone_e164 = ?, email = ?"),
                           {contactRoleKey(p.role), p.firstName, p.lastName, p.position, p.phone,
                            values::textOrNull(p.phoneE164), p.email},
                           [&] { return label(p); });
}

Result<void> ContactPersonRepository::remove(const ContactPerson& p)
{
    auto removed =
        sql::exec(m_db, QStringLiteral("DELETE FROM contact_persons WHERE id = ? AND version = ?"),
                  {p.id, p.version});
    if (!removed)
        return std::unexpected(removed.error());
    if (*removed == 1)
        return {};
    auto current = sql::scalar(
        m_db, QStringLiteral("SELECT version FROM contact_persons WHERE id = ?"), {p.id});
    if (!current)
        return std::unexpected(current.error());
    if (!current->isValid())
        return fail(ErrorCode::NotFound, Tr::tr("%1 no longer exists.").arg(label(p)));
    return fail(ErrorCode::Conflict,
                Tr::tr("%1 was changed on another desk since you opened it. It was not removed; "
                       "reload to see the current state.")
                    .arg(label(p)));
}

} // namespace showroom
