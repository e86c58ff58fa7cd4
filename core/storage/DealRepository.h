#pragma once

#include "Error.h"
#include "domain/Deal.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace showroom {

class DealRepository {
public:
    explicit DealRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Deal& deal);
    Result<Deal> byId(qint64 id);
    Result<std::vector<Deal>> forCustomer(qint64 customerId);
    Result<std::optional<qint64>> idForLead(qint64 leadId);
    // Version-checked changes; return the new version.
    Result<int> markSentToBank(const Deal& deal, qint64 userId, const QDateTime& at,
                               const std::function<QString()>& label);
    Result<int> markBankApproved(const Deal& deal, qint64 userId, const QDateTime& at,
                                 const std::function<QString()>& label);
    Result<int> markDelivered(const Deal& deal, qint64 userId, const QDateTime& at,
                              const std::function<QString()>& label);
    Result<int> setPromisedDelivery(const Deal& deal, const QDate& date,
                                    const std::function<QString()>& label);
    // Open deals and those delivered since `deliveredSince`, with their checklist progress as of
    // `today`, in no particular order.
    Result<std::vector<DeliveryRow>> deliveryRows(std::optional<qint64> consultantId,
                                                  const QDateTime& deliveredSince,
                                                  const QDate& today);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
