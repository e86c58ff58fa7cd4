#include "LeadImportRepository.h"

#include "Sql.h"
#include "Values.h"

namespace showroom {

Result<qint64> LeadImportRepository::insert(const LeadImport& r)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO lead_imports (lead_id, channel, external_key, file_name, "
                       "needs_review, raw_text, imported_at, imported_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.leadId, r.channel,
         r.externalKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                 : QVariant(r.externalKey),
         r.fileName, r.needsReview ? 1 : 0, r.rawText, values::epoch(r.importedAt),
         values::optionalId(r.importedBy)});
}

Result<std::optional<LeadImport>> LeadImportRepository::byKey(const QString& externalKey)
{
    return one(QStringLiteral("i.external_key = ?"), {externalKey});
}

Result<std::optional<LeadImport>> LeadImportRepository::byLead(qint64 leadId)
{
    return one(QStringLiteral("i.lead_id = ?"), {leadId});
}

Result<std::optional<LeadImport>> LeadImportRepository::one(const QString& where,
                                                            const QVariantList& binds)
{
    std::optional<LeadImport> found;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT i.lead_id, l.customer_id, i.channel, "
                       "coalesce(i.external_key, ''), i.file_name, i.needs_review, i.raw_text, "
                       "i.imported_at, i.imported_by FROM lead_imports i "
                       "JOIN leads l ON l.id = i.lead_id WHERE %1 ORDER BY i.id LIMIT 1")
            .arg(where),
        binds, [&](const QSqlQuery& q) {
            LeadImport r;
            r.leadId = q.value(0).toLongLong();
            r.customerId = q.value(1).toLongLong();
            r.channel = q.value(2).toString();
            r.externalKey = q.value(3).toString();
            r.fileName = q.value(4).toString();
            r.needsReview = q.value(5).toBool();
            r.rawText = q.value(6).toString();
            r.importedAt = values::dateTime(q.value(7));
            r.importedBy = values::optionalId(q.value(8));
            found = r;
        });
    if (!ok)
        return std::unexpected(ok.error());
    return found;
}

} // namespace showroom
