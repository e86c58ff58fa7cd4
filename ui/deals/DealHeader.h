#pragma once

#include "domain/Deal.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;

namespace showroom {

// The top of the deal card: customer, vehicle with VIN, price, payment, buyer, consultant,
// status, and the promised delivery date, which the consultant may move.
class DealHeader : public QWidget {
    Q_OBJECT

public:
    DealHeader(QString currency, QWidget* parent = nullptr);

    void setDetails(const DealDetails& details);

    QLabel* titleLabel() const { return m_title; }
    QLabel* factsLabel() const { return m_facts; }
    QLabel* statusLabel() const { return m_status; }
    QDateEdit* promisedEdit() const { return m_promised; }
    QPushButton* moveDateButton() const { return m_moveDate; }

Q_SIGNALS:
    // "Move date" with the date chosen in the edit.
    void promisedDateChosen(const QDate& date);

private:
    void updateMoveButton();

    QString m_currency;
    QDate m_stored;
    bool m_open = false;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_status = nullptr;
    QDateEdit* m_promised = nullptr;
    QPushButton* m_moveDate = nullptr;
};

} // namespace showroom
