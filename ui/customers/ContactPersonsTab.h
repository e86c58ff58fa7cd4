#pragma once

#include "domain/Customer.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace showroom {

struct ContactPerson;
class ContactPersonDialog;
class ContactPersonModel;

// The "Contact persons" tab: who to talk to at a company customer, by role. Person customers
// have none; the tab then says so. Saving goes through ContactPersonService, whose change
// signal makes the card reload the list.
class ContactPersonsTab : public QWidget {
    Q_OBJECT

public:
    ContactPersonsTab(ServiceContext context, User actor, QString phoneRegion,
                      QWidget* parent = nullptr);

    // `editable`: the user may edit this customer.
    void setCustomer(const Customer& customer, std::vector<ContactPerson> persons, bool editable);

    ContactPersonModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

    // Open the add or edit dialog (window-modal, not blocking); returns it.
    ContactPersonDialog* addPerson();
    ContactPersonDialog* editPerson();
    void removePerson();

Q_SIGNALS:
    // A person was added, changed or removed.
    void changed();

private:
    ContactPersonDialog* openDialog(const ContactPerson& person);
    void updateButtons();
    int currentRow() const;

    ServiceContext m_context;
    User m_actor;
    QString m_region;
    Customer m_customer;
    bool m_editable = false;
    ContactPersonModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace showroom
