#pragma once

#include "Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace showroom {

// Where an imported lead came from (lead_imports).
struct LeadImport {
    qint64 leadId = 0;
    qint64 customerId = 0; // the lead's: read, never written
    QString channel;       // how it arrived: adf, email, csv, vcard
    QString externalKey;   // "adf:<id source>/<id>", "mail:<Message-ID>"; empty: none
    QString fileName;
    bool needsReview = false;
    QString rawText;
    QDateTime importedAt;
    std::optional<qint64> importedBy;
};

class LeadImportRepository {
public:
    explicit LeadImportRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(const LeadImport& record);
    // The earlier import of the same record, if any.
    Result<std::optional<LeadImport>> byKey(const QString& externalKey);
    Result<std::optional<LeadImport>> byLead(qint64 leadId);

private:
    Result<std::optional<LeadImport>> one(const QString& where, const QVariantList& binds);

    QSqlDatabase& m_db;
};

} // namespace showroom
