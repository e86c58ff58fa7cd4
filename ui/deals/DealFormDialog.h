#pragma once

#include "domain/Customer.h"
#include "domain/Deal.h"
#include "domain/Lead.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace showroom {

class AccessoryChoiceModel;
class DealTermsForm;
class VehiclePicker;

// The deal form, opened when a lead is won (dropped on Won, or "Create deal" on the customer
// card): the buyer (private or company), the car from stock or a factory order, the price,
// accessories, trade-in, payment and deposit. Creating the deal closes the lead as won and
// reserves the car. A refusal from the core is shown and the dialog stays open with
// everything typed.
class DealFormDialog : public QDialog {
    Q_OBJECT

public:
    DealFormDialog(const Session& session, const Lead& lead, const Customer& customer,
                   QWidget* parent = nullptr);
    ~DealFormDialog() override;

    // Reads the lead and its customer and runs the form (modal). Returns the new deal's id, or
    // nothing when cancelled or the lead cannot have a deal (already has one, not readable).
    static std::optional<qint64> createFor(QWidget* parent, const Session& session, qint64 leadId);

    DealDraft draft() const;
    // Why "Create deal" is disabled ('' when it is not).
    QString problem() const;
    std::optional<qint64> createdDealId() const { return m_dealId; }

    // "Create deal": true when the deal was created (the dialog is then accepted).
    bool createDeal();
    // "Print offer…": the offer as it stands, in a print preview.
    void printOffer();

    VehiclePicker* vehiclePicker() const { return m_picker; }
    DealTermsForm* terms() const { return m_terms; }
    AccessoryChoiceModel* accessories() const { return m_accessories; }
    QTableView* accessoryView() const { return m_accessoryView; }
    QRadioButton* privateRadio() const { return m_private; }
    QRadioButton* companyRadio() const { return m_company; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* printButton() const { return m_print; }

private:
    QWidget* buildCustomer();
    QWidget* buildAccessories();
    void vehicleChanged();
    void loadAccessories();
    void validate();

    Session m_session;
    Lead m_lead;
    Customer m_customer;
    QString m_currency;
    QString m_accessoryModel;
    std::optional<qint64> m_vehicleId;
    std::optional<qint64> m_dealId;

    QRadioButton* m_private = nullptr;
    QRadioButton* m_company = nullptr;
    VehiclePicker* m_picker = nullptr;
    DealTermsForm* m_terms = nullptr;
    AccessoryChoiceModel* m_accessories = nullptr;
    QTableView* m_accessoryView = nullptr;
    QLabel* m_accessoryHint = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace showroom
