#pragma once

#include "domain/ContactPerson.h"

#include <QAbstractTableModel>
#include <vector>

namespace showroom {

// The contact persons of a company customer.
class ContactPersonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RoleColumn, Name, Position, Phone, Email, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RoleKeyRole };

    explicit ContactPersonModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The same persons in the same order update in place (dataChanged); otherwise a reset.
    void setPersons(std::vector<ContactPerson> persons);
    const ContactPerson& person(int row) const { return m_persons.at(std::size_t(row)); }

private:
    std::vector<ContactPerson> m_persons;
};

} // namespace showroom
