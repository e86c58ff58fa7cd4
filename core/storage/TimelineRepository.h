#pragma once

#include "Error.h"
#include "domain/Timeline.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

// A customer's history from every table that records something about them.
class TimelineRepository {
public:
    explicit TimelineRepository(QSqlDatabase& db) : m_db(db) {}

    // Visits, new leads (with their source), stage changes of the customer's leads (not the first
    // stage, which the new lead stands for), activities, signed deals, deliveries and consent
    // changes; newest first. Events of the same second come in the order they happen (consent,
    // visit, new lead, stage change, activity, deal, delivery, reversed), then by id, newest first.
    // `limit` < 1: everything.
    Result<std::vector<TimelineEntry>> forCustomer(qint64 customerId, int limit);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
