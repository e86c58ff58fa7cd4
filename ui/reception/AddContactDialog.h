#pragma once

#include "domain/User.h"
#include "services/VisitService.h"

#include <QDialog>

namespace showroom {

class ContactFields;

// Completes a visit with the contact data the visitor gave later (often on the way out).
class AddContactDialog : public QDialog {
    Q_OBJECT

public:
    AddContactDialog(ServiceContext context, User actor, Visit visit, QWidget* parent = nullptr);

    ContactFields* contactFields() const { return m_contact; }
    const std::optional<VisitOutcome>& outcome() const { return m_outcome; }

    void accept() override;

private:
    ServiceContext m_context;
    User m_actor;
    Visit m_visit;
    ContactFields* m_contact = nullptr;
    std::optional<VisitOutcome> m_outcome;
};

} // namespace showroom
