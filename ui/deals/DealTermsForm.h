#pragma once

#include "domain/Deal.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace showroom {

// The commercial part of the deal form: promised delivery, list price, discount, trade-in,
// payment and deposit, with a live summary (price after discount + accessories − trade-in =
// total; deposit; balance).
class DealTermsForm : public QWidget {
    Q_OBJECT

public:
    DealTermsForm(QString currency, QDate today, QWidget* parent = nullptr);

    // A stock car gets a promised date 14 days ahead when none was chosen; a factory order
    // starts without one (it is required there).
    void setFactoryOrder(bool factoryOrder);
    void setListPriceCents(qint64 cents);
    void setAccessoriesCents(qint64 cents);
    void setPromisedDelivery(const QDate& date); // invalid: not set

    QDate promisedDelivery() const; // invalid when not set
    qint64 listPriceCents() const;
    qint64 discountCents() const;
    qint64 depositCents() const;
    qint64 totalCents() const; // price − discount + accessories − trade-in
    TradeIn tradeIn() const;   // empty unless the trade-in box is checked
    PaymentMethod payment() const;
    // Fills the terms into `draft` (everything but the lead, buyer, vehicle and accessories).
    void fill(DealDraft& draft) const;
    // What keeps the terms from being saved ('' when nothing): `factoryOrder` needs a date.
    QString problem(bool factoryOrder) const;

    QDateEdit* promisedEdit() const { return m_promised; }
    QDoubleSpinBox* listPriceEdit() const { return m_listPrice; }
    QDoubleSpinBox* discountEdit() const { return m_discount; }
    QGroupBox* tradeInBox() const { return m_tradeIn; }
    QLineEdit* tradeInMakeEdit() const { return m_tradeMake; }
    QLineEdit* tradeInModelEdit() const { return m_tradeModel; }
    QSpinBox* tradeInYearEdit() const { return m_tradeYear; }
    QSpinBox* tradeInMileageEdit() const { return m_tradeMileage; }
    QDoubleSpinBox* tradeInValueEdit() const { return m_tradeValue; }
    QComboBox* paymentBox() const { return m_payment; }
    QDoubleSpinBox* depositEdit() const { return m_deposit; }
    QLineEdit* notesEdit() const { return m_notes; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void changed();

private:
    QDoubleSpinBox* moneyEdit(const QString& name);
    QWidget* buildTradeIn();
    void updateSummary();

    QString m_currency;
    QDate m_today;
    QDate m_noDate; // the date edit's minimum, shown as "not set"
    qint64 m_accessoriesCents = 0;
    bool m_defaultDate = false; // the promised date is the default, not the user's choice
    bool m_settingDate = false;
    QDateEdit* m_promised = nullptr;
    QDoubleSpinBox* m_listPrice = nullptr;
    QDoubleSpinBox* m_discount = nullptr;
    QGroupBox* m_tradeIn = nullptr;
    QLineEdit* m_tradeMake = nullptr;
    QLineEdit* m_tradeModel = nullptr;
    QSpinBox* m_tradeYear = nullptr;
    QSpinBox* m_tradeMileage = nullptr;
    QDoubleSpinBox* m_tradeValue = nullptr;
    QComboBox* m_payment = nullptr;
    QDoubleSpinBox* m_deposit = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace showroom
