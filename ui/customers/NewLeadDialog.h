#pragma once

#include "customers/FormDialog.h"
#include "domain/CustomerCard.h"
#include "domain/Lead.h"
#include "domain/Stage.h"
#include "domain/User.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace showroom {

// "New lead…" on the customer card. A customer who bought before gets the source "repurchase"
// (fixed); otherwise the user chooses where the lead came from.
class NewLeadDialog : public FormDialog {
    Q_OBJECT

public:
    // `sources`: the active lead sources; `consultants`: who can take the lead.
    NewLeadDialog(const CustomerCard& card, const std::vector<Source>& sources,
                  const std::vector<User>& consultants, const User& actor,
                  QWidget* parent = nullptr);

    NewLead draft() const;

    QComboBox* sourceField() const { return m_source; }
    QLineEdit* vehicleField() const { return m_vehicle; }
    QComboBox* consultantField() const { return m_consultant; }

private:
    void updateOk();

    qint64 m_customerId = 0;
    QComboBox* m_source = nullptr;
    QLineEdit* m_vehicle = nullptr;
    QComboBox* m_consultant = nullptr;
};

} // namespace showroom
