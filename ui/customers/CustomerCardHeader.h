#pragma once

#include "domain/CustomerCard.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace showroom {

// The top of the customer card: the name, kind, tier, owner, and for a merged record a banner
// with a button to open the customer it was merged into.
class CustomerCardHeader : public QWidget {
    Q_OBJECT

public:
    explicit CustomerCardHeader(QWidget* parent = nullptr);

    void setCard(const CustomerCard& card);
    QString title() const;
    QString subtitle() const;
    QString mergedText() const; // empty unless the record was merged

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_merged = nullptr;
    QPushButton* m_openMerged = nullptr;
    std::optional<qint64> m_mergedInto;
};

} // namespace showroom
