#pragma once

#include "Error.h"
#include "domain/Visit.h"

#include <QSqlDatabase>
#include <vector>

namespace showroom {

class VisitRepository {
public:
    explicit VisitRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const Visit& visit);
    Result<Visit> byId(qint64 id);
    // Version-checked: who the visitor is, the lead, first or repeat, departure.
    Result<int> update(const Visit& visit);

    // Visits and hotline calls that began in [from, to), newest first.
    Result<std::vector<VisitRow>> between(const QDateTime& from, const QDateTime& to);
    // Walk-ins that began in [from, to).
    Result<Traffic> traffic(const QDateTime& from, const QDateTime& to);
    // Walk-ins of this customer before `before`.
    Result<int> earlierWalkIns(qint64 customerId, const QDateTime& before);
    // Makes and models of the cars the dealership has had, for the "model of interest" field.
    Result<QStringList> knownModels(int limit = 300);
    // Visitors each consultant is with right now (arrived, not left), by consultant id.
    Result<std::vector<std::pair<qint64, int>>> visitorsWithConsultants(const QDateTime& since);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
