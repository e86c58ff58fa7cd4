#pragma once

#include "domain/Customer.h"
#include "domain/CustomerFields.h"

#include <QDialog>
#include <QHash>
#include <map>
#include <optional>

class QRadioButton;

namespace showroom {

// Shown when saving a customer failed because a colleague saved the same customer first: every
// field where the user's edit and the colleague's record differ, with "keep mine" or "take
// theirs" each. Nothing is overwritten without the user seeing it.
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Mine, Theirs };
    using UserNames = QHash<qint64, QString>; // owner ids to names

    // `base`: the record the user started editing from; `mine`: the user's edit; `theirs`: what
    // is stored now. Fields the user changed default to "mine", the others to "theirs".
    ConflictDialog(const Customer& base, const Customer& mine, const Customer& theirs,
                   UserNames names, QWidget* parent = nullptr);

    // Asks the user; returns the record to save (theirs with the fields kept from mine, so it
    // carries theirs' version) or nothing when cancelled. Without differing fields it returns
    // at once without asking.
    static std::optional<Customer> resolve(QWidget* parent, const Customer& base,
                                           const Customer& mine, const Customer& theirs,
                                           const UserNames& names);

    const std::vector<CustomerField>& fields() const { return m_fields; }
    Choice choice(CustomerField field) const;
    void setChoice(CustomerField field, Choice choice);
    Customer result() const;

    // The value of a field as the dialog shows it (translated, owner by name).
    static QString valueText(const Customer& customer, CustomerField field, const UserNames& names);

private:
    Customer m_mine;
    Customer m_theirs;
    std::vector<CustomerField> m_fields;
    std::map<CustomerField, std::pair<QRadioButton*, QRadioButton*>> m_buttons;
};

} // namespace showroom
