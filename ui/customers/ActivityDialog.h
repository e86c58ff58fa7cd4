#pragma once

#include "customers/FormDialog.h"
#include "domain/Activity.h"
#include "domain/CustomerCard.h"

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace showroom {

// "Add note" and "Log call" on the customer card: the text, for a call its direction and
// duration, and the lead it belongs to (the newest open lead unless the user picks another).
class ActivityDialog : public FormDialog {
    Q_OBJECT

public:
    // `kind`: ActivityKind::Note or ActivityKind::Call.
    ActivityDialog(ActivityKind kind, qint64 customerId, const std::vector<LeadSummary>& leads,
                   QWidget* parent = nullptr);

    Activity activity() const;

    QPlainTextEdit* textField() const { return m_text; }
    QComboBox* directionField() const { return m_direction; }
    QSpinBox* durationField() const { return m_duration; }
    QComboBox* leadField() const { return m_lead; }

private:
    void updateOk();

    ActivityKind m_kind;
    qint64 m_customerId;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_direction = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_lead = nullptr;
};

} // namespace showroom
