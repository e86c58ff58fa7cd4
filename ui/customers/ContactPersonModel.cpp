#include "ContactPersonModel.h"

#include "customers/CardText.h"
#include "rules/ContactValidation.h"

namespace showroom {

ContactPersonModel::ContactPersonModel(QObject* parent) : QAbstractTableModel(parent) {}

int ContactPersonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_persons.size());
}

int ContactPersonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactPersonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactPerson& p = m_persons[std::size_t(index.row())];
    if (role == IdRole)
        return p.id;
    if (role == RoleKeyRole)
        return contactRoleKey(p.role);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RoleColumn:
        return CardText::contactRole(p.role);
    case Name:
        return p.displayName();
    case Position:
        return p.position;
    case Phone:
        return p.phoneE164.isEmpty() ? p.phone : formatPhoneForDisplay(p.phoneE164);
    case Email:
        return p.email;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactPersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RoleColumn:
        return tr("Role");
    case Name:
        return tr("Name");
    case Position:
        return tr("Position");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case ColumnCount:
        break;
    }
    return {};
}

void ContactPersonModel::setPersons(std::vector<ContactPerson> persons)
{
    const bool sameRows =
        std::ranges::equal(persons, m_persons, [](const ContactPerson& a, const ContactPerson& b) {
            return a.id == b.id;
        });
    if (!sameRows) {
        beginResetModel();
        m_persons = std::move(persons);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < persons.size(); ++row) {
        if (persons[row] == m_persons[row])
            continue;
        m_persons[row] = persons[row];
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

} // namespace showroom
