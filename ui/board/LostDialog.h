#pragma once

#include "customers/FormDialog.h"
#include "domain/Stage.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace showroom {

// "Mark as lost": the reason is never optional, "other" needs a comment. Tells a consultant that
// the manager approves; a manager's decision closes the lead at once.
class LostDialog : public FormDialog {
    Q_OBJECT

public:
    LostDialog(const std::vector<LostReason>& reasons, const QString& leadLabel, bool closesAtOnce,
               QWidget* parent = nullptr);

    QString reasonKey() const;
    QString comment() const;
    QComboBox* reasonBox() const { return m_reason; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    // Local checks before the service sees it: a reason, and a comment where it needs one.
    QString missing() const;

private:
    void reasonChanged();

    std::vector<LostReason> m_reasons;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_commentHint = nullptr;
};

} // namespace showroom
