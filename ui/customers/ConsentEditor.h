#pragma once

#include "domain/ConsentEvent.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;

namespace showroom {

// The three marketing consents (email, SMS, phone calls): a check box each, with its state
// ("given on …", "withdrawn on …", "never asked") or what saving will record.
class ConsentEditor : public QWidget {
    Q_OBJECT

public:
    explicit ConsentEditor(QWidget* parent = nullptr);

    // The consents as stored: the check boxes and dates start from these.
    void setStored(const Customer& stored);
    // Sets the check boxes to `edited`'s flags (after a conflict was resolved).
    void setGranted(const Customer& edited);
    // Writes the check boxes into `customer`: an unchanged flag keeps the stored consent with
    // its date; a changed one is dated when it is saved.
    void apply(Customer& customer) const;
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox(ConsentChannel channel) const;
    QLabel* stateLabel(ConsentChannel channel) const;

Q_SIGNALS:
    void changed();

private:
    void updateLabels();

    Customer m_stored;
    std::array<QCheckBox*, 3> m_boxes{};
    std::array<QLabel*, 3> m_states{};
};

} // namespace showroom
