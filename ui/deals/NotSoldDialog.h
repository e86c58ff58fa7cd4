#pragma once

#include "customers/FormDialog.h"
#include "domain/Deal.h"

class QComboBox;

namespace showroom {

// "Not sold…" on an offered accessory: why the customer did not take it. The reason is required
// (the manager's report learns from it).
class NotSoldDialog : public FormDialog {
    Q_OBJECT

public:
    NotSoldDialog(const std::vector<AccessoryReason>& reasons, const QString& itemTitle,
                  QWidget* parent = nullptr);

    QString reasonKey() const;
    QComboBox* reasonBox() const { return m_reason; }
    // '' when a reason is chosen.
    QString missing() const;

private:
    QComboBox* m_reason = nullptr;
};

} // namespace showroom
