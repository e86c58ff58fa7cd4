#pragma once

#include "domain/Visit.h"
#include "services/CustomerService.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace showroom {

class CheckedField;

// Name, phone and email of a visitor, with the customers they may already be: the same phone
// (strong) appears while the number is typed, the same email or name as weaker hints. Ctrl+L
// links the visitor to the selected (or first) match instead of creating a duplicate.
class ContactFields : public QWidget {
    Q_OBJECT

public:
    explicit ContactFields(CustomerService customers, QWidget* parent = nullptr);

    VisitorContact contact() const;
    std::optional<qint64> linkedCustomerId() const { return m_linkedId; }
    bool isEmpty() const { return contact().isEmpty(); }
    // Whether the typed phone and email are valid (empty counts as valid).
    bool isValid() const;
    QString problem() const;
    void clear();
    // Lines the labels up with a form above this one.
    void setLabelWidth(int width);

    QLineEdit* phoneField() const;
    QLineEdit* firstNameField() const { return m_first; }
    QLineEdit* lastNameField() const { return m_last; }
    QLineEdit* emailField() const;
    QListWidget* hintList() const { return m_hints; }
    // Ids of the customers hinted at, strongest first.
    QList<qint64> hintedIds() const;

    void linkTo(qint64 customerId);
    void linkSelectedHint();
    void unlink();

Q_SIGNALS:
    void linked(qint64 customerId);
    void unlinked();
    void changed();

private:
    void lookUp();
    void addHints(const std::vector<CustomerRow>& rows, const QString& why, bool strong);

    CustomerService m_customers;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    CheckedField* m_phone = nullptr;
    CheckedField* m_email = nullptr;
    QFormLayout* m_form = nullptr;
    QListWidget* m_hints = nullptr;
    QLabel* m_hintHelp = nullptr;
    QWidget* m_linkedBanner = nullptr;
    QLabel* m_linkedText = nullptr;
    std::optional<qint64> m_linkedId;
    bool m_filling = false;
};

} // namespace showroom
