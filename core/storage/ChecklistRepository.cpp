#include "ChecklistRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <QStringList>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kItemColumns = QStringLiteral(
    "i.id, i.deal_id, i.template_item_id, i.kind, i.position, i.title, i.required, "
    "i.requires_document, i.status, i.not_sold_reason, i.price_cents, i.sales_argument, i.due_on, "
    "i.done_by, coalesce(u.display_name, ''), i.done_at, i.note, i.version, "
    "(SELECT count(*) FROM attachments a WHERE a.owner_kind = 'checklist_item' "
    "   AND a.owner_id = i.id)");

ChecklistItem readItem(const QSqlQuery& q)
{
    ChecklistItem item;
    item.id = q.value(0).toLongLong();
    item.dealId = q.value(1).toLongLong();
    item.templateItemId = values::optionalId(q.value(2));
    item.kind = checklistKindFromKey(q.value(3).toString()).value_or(ChecklistKind::Delivery);
    item.position = q.value(4).toInt();
    item.title = q.value(5).toString();
    item.required = q.value(6).toBool();
    item.requiresDocument = q.value(7).toBool();
    item.status =
        checklistItemStatusFromKey(q.value(8).toString()).value_or(ChecklistItemStatus::Open);
    item.notSoldReason = q.value(9).toString();
    item.priceCents = values::optionalId(q.value(10));
    item.salesArgument = q.value(11).toString();
    item.dueOn = values::date(q.value(12));
    item.doneBy = values::optionalId(q.value(13));
    item.doneByName = q.value(14).toString();
    item.doneAt = values::dateTime(q.value(15));
    item.note = q.value(16).toString();
    item.version = q.value(17).toInt();
    item.attachmentCount = q.value(18).toInt();
    return item;
}

Result<std::vector<ChecklistItem>> selectItems(QSqlDatabase& db, const QString& where,
                                               const QVariantList& binds)
{
    std::vector<ChecklistItem> items;
    auto ok = sql::select(
        db,
        QStringLiteral("SELECT %1 FROM deal_checklist_items i LEFT JOIN users u ON u.id = "
                       "i.done_by %2")
            .arg(kItemColumns, where),
        binds, [&](const QSqlQuery& q) { items.push_back(readItem(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return items;
}

AttachmentInfo readAttachment(const QSqlQuery& q)
{
    AttachmentInfo a;
    a.id = q.value(0).toLongLong();
    a.ownerKind = q.value(1).toString();
    a.ownerId = q.value(2).toLongLong();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.sizeBytes = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.createdBy = values::optionalId(q.value(7));
    a.createdAt = values::dateTime(q.value(8));
    return a;
}

const QString kAttachmentColumns = QStringLiteral(
    "id, owner_kind, owner_id, file_name, mime_type, size_bytes, sha256, created_by, created_at");
} // namespace

Result<qint64> ChecklistRepository::insert(qint64 dealId, const ChecklistItem& item)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO deal_checklist_items (deal_id, template_item_id, kind, "
                       "position, title, required, requires_document, status, price_cents, "
                       "sales_argument, due_on, done_by, done_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {dealId, values::optionalId(item.templateItemId), checklistKindKey(item.kind),
         item.position, item.title, item.required ? 1 : 0, item.requiresDocument ? 1 : 0,
         checklistItemStatusKey(item.status), values::optionalId(item.priceCents),
         item.salesArgument, values::isoDate(item.dueOn), values::optionalId(item.doneBy),
         values::epoch(item.doneAt)});
}

Result<std::vector<ChecklistItem>> ChecklistRepository::forDeal(qint64 dealId)
{
    return selectItems(m_db, QStringLiteral("WHERE i.deal_id = ? ORDER BY i.kind, i.position"),
                       {dealId});
}

Result<ChecklistItem> ChecklistRepository::byId(qint64 itemId)
{
    auto found = selectItems(m_db, QStringLiteral("WHERE i.id = ?"), {itemId});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no checklist item #%1.").arg(itemId));
    return found->front();
}

Result<int> ChecklistRepository::setStatus(const ChecklistItem& item, ChecklistItemStatus status,
                                           std::optional<qint64> doneBy, const QDateTime& at,
                                           const QString& notSoldReason,
                                           const std::function<QString()>& label)
{
    return versionedUpdate(
        m_db, QStringLiteral("deal_checklist_items"), item.id, item.version,
        QStringLiteral("status = ?, done_by = ?, done_at = ?, not_sold_reason = ?"),
        {checklistItemStatusKey(status), values::optionalId(doneBy), values::epoch(at),
         notSoldReason},
        label);
}

Result<int> ChecklistRepository::setDueOn(const ChecklistItem& item, const QDate& dueOn,
                                          const std::function<QString()>& label)
{
    return versionedUpdate(m_db, QStringLiteral("deal_checklist_items"), item.id, item.version,
                           QStringLiteral("due_on = ?"), {values::isoDate(dueOn)}, label);
}

Result<void> ChecklistRepository::shiftOpenDeliverySteps(qint64 dealId, const QDate& promised)
{
    auto ok = sql::exec(
        m_db,
        QStringLiteral(
            "UPDATE deal_checklist_items SET due_on = date(?, '-' || t.due_days_before || ' days'),"
            " version = deal_checklist_items.version + 1 FROM checklist_template_items t "
            "WHERE t.id = deal_checklist_items.template_item_id AND t.due_days_before IS NOT NULL "
            "  AND deal_checklist_items.deal_id = ? AND deal_checklist_items.status = 'open'"),
        {promised.toString(Qt::ISODate), dealId});
    if (!ok)
        return std::unexpected(ok.error());
    return {};
}

Result<qint64> ChecklistRepository::attach(const AttachmentInfo& info, const QByteArray& data)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO attachments (owner_kind, owner_id, file_name, "
                                      "mime_type, size_bytes, sha256, data, created_by, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {info.ownerKind, info.ownerId, info.fileName, info.mimeType,
                        qint64(data.size()), info.sha256, data, values::optionalId(info.createdBy),
                        values::epoch(info.createdAt)});
}

Result<std::vector<AttachmentInfo>>
ChecklistRepository::attachmentsOf(const QString& ownerKind, const std::vector<qint64>& ownerIds)
{
    std::vector<AttachmentInfo> found;
    if (ownerIds.empty())
        return found;
    QStringList ids;
    for (qint64 id : ownerIds)
        ids << QString::number(id);
    auto ok =
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM attachments WHERE owner_kind = ? AND "
                                   "owner_id IN (%2) ORDER BY owner_id, id")
                        .arg(kAttachmentColumns, ids.join(QLatin1Char(','))),
                    {ownerKind}, [&](const QSqlQuery& q) { found.push_back(readAttachment(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return found;
}

Result<std::pair<AttachmentInfo, QByteArray>> ChecklistRepository::attachment(qint64 attachmentId)
{
    std::optional<std::pair<AttachmentInfo, QByteArray>> found;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT %1, data FROM attachments WHERE id = ?").arg(kAttachmentColumns),
        {attachmentId},
        [&](const QSqlQuery& q) { found.emplace(readAttachment(q), q.value(9).toByteArray()); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, Tr::tr("There is no document #%1.").arg(attachmentId));
    return *found;
}

Result<std::vector<AccessoryReason>> ChecklistRepository::accessoryReasons()
{
    std::vector<AccessoryReason> reasons;
    auto ok = sql::select(m_db,
                          QStringLiteral("SELECT id, key, name, position, active FROM "
                                         "accessory_reasons ORDER BY position, id"),
                          {}, [&](const QSqlQuery& q) {
                              reasons.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                                 q.value(2).toString(), q.value(3).toInt(),
                                                 q.value(4).toBool()});
                          });
    if (!ok)
        return std::unexpected(ok.error());
    return reasons;
}

} // namespace showroom
