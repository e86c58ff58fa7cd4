#include "ChecklistTemplateRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"

#include <QCoreApplication>
#include <map>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kItemColumns =
    QStringLiteral("id, template_id, position, title, required, requires_document, price_cents, "
                   "sales_argument, due_days_before, due_days_after_signing, version");

ChecklistTemplateItem readItem(const QSqlQuery& q)
{
    ChecklistTemplateItem item;
    item.id = q.value(0).toLongLong();
    item.templateId = q.value(1).toLongLong();
    item.position = q.value(2).toInt();
    item.title = q.value(3).toString();
    item.required = q.value(4).toBool();
    item.requiresDocument = q.value(5).toBool();
    item.priceCents = values::optionalId(q.value(6));
    item.salesArgument = q.value(7).toString();
    item.dueDaysBefore = values::optionalInt(q.value(8));
    item.dueDaysAfterSigning = values::optionalInt(q.value(9));
    item.version = q.value(10).toInt();
    return item;
}
} // namespace

Result<std::vector<ChecklistTemplate>> ChecklistTemplateRepository::all(bool includeInactive)
{
    std::vector<ChecklistTemplate> templates;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT id, kind, name, model, active FROM checklist_templates %1 "
                       "ORDER BY CASE kind WHEN 'loan_private' THEN 1 WHEN 'loan_company' THEN 2 "
                       "WHEN 'accessories' THEN 3 WHEN 'delivery' THEN 4 ELSE 5 END, model, id")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, [&](const QSqlQuery& q) {
            ChecklistTemplate t;
            t.id = q.value(0).toLongLong();
            t.kind = checklistKindFromKey(q.value(1).toString()).value_or(ChecklistKind::Delivery);
            t.name = q.value(2).toString();
            t.model = q.value(3).toString();
            t.active = q.value(4).toBool();
            templates.push_back(std::move(t));
        });
    if (!ok)
        return std::unexpected(ok.error());
    std::map<qint64, ChecklistTemplate*> byId;
    for (ChecklistTemplate& t : templates)
        byId[t.id] = &t;
    ok = sql::select(m_db,
                     QStringLiteral("SELECT %1 FROM checklist_template_items "
                                    "ORDER BY template_id, position, id")
                         .arg(kItemColumns),
                     {}, [&](const QSqlQuery& q) {
                         ChecklistTemplateItem item = readItem(q);
                         if (auto t = byId.find(item.templateId); t != byId.end())
                             t->second->items.push_back(std::move(item));
                     });
    if (!ok)
        return std::unexpected(ok.error());
    return templates;
}

Result<ChecklistTemplateItem> ChecklistTemplateRepository::item(qint64 itemId)
{
    std::optional<ChecklistTemplateItem> found;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM checklist_template_items WHERE id = ?").arg(kItemColumns),
        {itemId}, [&](const QSqlQuery& q) { found = readItem(q); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound,
                    Tr::tr("There is no checklist template item #%1.").arg(itemId));
    return *found;
}

Result<qint64> ChecklistTemplateRepository::insertTemplate(ChecklistKind kind, const QString& name,
                                                           const QString& model)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO checklist_templates (kind, name, model) VALUES (?, ?, ?)"),
        {checklistKindKey(kind), name, model});
}

Result<qint64> ChecklistTemplateRepository::insertItem(qint64 templateId,
                                                       const ChecklistTemplateItem& item)
{
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO checklist_template_items (template_id, position, title, required, "
            "requires_document, price_cents, sales_argument, due_days_before, "
            "due_days_after_signing) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM "
            "checklist_template_items WHERE template_id = ?), ?, ?, ?, ?, ?, ?, ?)"),
        {templateId, templateId, item.title, item.required ? 1 : 0, item.requiresDocument ? 1 : 0,
         values::optionalId(item.priceCents), item.salesArgument,
         values::optionalInt(item.dueDaysBefore), values::optionalInt(item.dueDaysAfterSigning)});
}

Result<int> ChecklistTemplateRepository::updateItem(const ChecklistTemplateItem& item,
                                                    const std::function<QString()>& label)
{
    return versionedUpdate(
        m_db, QStringLiteral("checklist_template_items"), item.id, item.version,
        QStringLiteral("title = ?, required = ?, requires_document = ?, price_cents = ?, "
                       "sales_argument = ?, due_days_before = ?, due_days_after_signing = ?"),
        {item.title, item.required ? 1 : 0, item.requiresDocument ? 1 : 0,
         values::optionalId(item.priceCents), item.salesArgument,
         values::optionalInt(item.dueDaysBefore), values::optionalInt(item.dueDaysAfterSigning)},
        label);
}

Result<void> ChecklistTemplateRepository::removeItem(qint64 itemId)
{
    // Deals keep their copies; their link to the template item is dropped.
    auto unlinked = sql::exec(m_db,
                              QStringLiteral("UPDATE deal_checklist_items SET template_item_id = "
                                             "NULL WHERE template_item_id = ?"),
                              {itemId});
    if (!unlinked)
        return std::unexpected(unlinked.error());
    auto removed = sql::exec(
        m_db, QStringLiteral("DELETE FROM checklist_template_items WHERE id = ?"), {itemId});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<void> ChecklistTemplateRepository::swapPositions(const ChecklistTemplateItem& a,
                                                        const ChecklistTemplateItem& b)
{
    for (const auto& [id, position] : {std::pair{a.id, b.position}, std::pair{b.id, a.position}}) {
        auto ok = sql::exec(m_db,
                            QStringLiteral("UPDATE checklist_template_items SET position = ?, "
                                           "version = version + 1 WHERE id = ?"),
                            {position, id});
        if (!ok)
            return std::unexpected(ok.error());
    }
    return {};
}

} // namespace showroom
