#pragma once

#include "customers/FormDialog.h"
#include "domain/Deal.h"
#include "shell/Session.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace showroom {

// Adds an item to a checklist template or edits one: its name, whether it is required and needs
// a document, and what the template's kind adds (price and sales argument for accessories, due
// days for delivery steps and loan documents). A refusal (a colleague saved first) is shown in a
// message box and the dialog keeps what was typed.
class ChecklistItemDialog : public FormDialog {
    Q_OBJECT

public:
    // Without `existing`: a new item at the end of `checklist`.
    ChecklistItemDialog(const Session& session, const ChecklistTemplate& checklist,
                        std::optional<ChecklistTemplateItem> existing, const QString& currency,
                        QWidget* parent = nullptr);

    // Window-modal, not blocking; deletes itself when closed.
    static ChecklistItemDialog* openFor(const Session& session, const ChecklistTemplate& checklist,
                                        std::optional<ChecklistTemplateItem> existing,
                                        const QString& currency, QWidget* parent);

    ChecklistTemplateItem draft() const;
    const std::optional<ChecklistTemplateItem>& saved() const { return m_saved; }

    QLineEdit* titleField() const { return m_title; }
    // Not for accessories (nullptr): they are always answered and need no file.
    QCheckBox* requiredField() const { return m_required; }
    QCheckBox* documentField() const { return m_document; }
    // Accessories only (else nullptr).
    QLineEdit* priceField() const { return m_price; }
    QLineEdit* salesArgumentField() const { return m_argument; }
    // Days before delivery or after signing, by the kind; its minimum means "not dated".
    QSpinBox* dueField() const { return m_due; }

Q_SIGNALS:
    void itemSaved(const showroom::ChecklistTemplateItem& item);

private:
    void load(const ChecklistTemplateItem& item);
    void updateState();
    QString save();

    Session m_session;
    ChecklistTemplate m_checklist; // without its items
    std::optional<ChecklistTemplateItem> m_existing;
    std::optional<ChecklistTemplateItem> m_saved;
    QLineEdit* m_title = nullptr;
    QCheckBox* m_required = nullptr;
    QCheckBox* m_document = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceMessage = nullptr;
    QLineEdit* m_argument = nullptr;
    QSpinBox* m_due = nullptr;
};

} // namespace showroom
