#include "ChecklistTemplateService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "storage/ChecklistTemplateRepository.h"

namespace showroom {

namespace {
QString itemLabel(const ChecklistTemplateItem& item)
{
    return ChecklistTemplateService::tr("The checklist item “%1”").arg(item.title);
}

Result<void> validate(const ChecklistTemplateItem& item)
{
    if (item.title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    ChecklistTemplateService::tr("Enter the item's name."));
    if (item.priceCents && *item.priceCents < 0)
        return fail(ErrorCode::InvalidInput,
                    ChecklistTemplateService::tr("A price cannot be negative."));
    if ((item.dueDaysBefore && (*item.dueDaysBefore < -60 || *item.dueDaysBefore > 365)) ||
        (item.dueDaysAfterSigning &&
         (*item.dueDaysAfterSigning < 0 || *item.dueDaysAfterSigning > 365)))
        return fail(ErrorCode::InvalidInput,
                    ChecklistTemplateService::tr("The due days must be within a year."));
    return {};
}
} // namespace

std::vector<ChecklistTemplateItem>
accessoriesForModel(const std::vector<ChecklistTemplate>& templates, const QString& model)
{
    const ChecklistTemplate* general = nullptr;
    for (const ChecklistTemplate& t : templates) {
        if (t.kind != ChecklistKind::Accessories || !t.active)
            continue;
        if (!model.isEmpty() && t.model.compare(model, Qt::CaseInsensitive) == 0)
            return t.items;
        if (t.model.isEmpty() && !general)
            general = &t;
    }
    return general ? general->items : std::vector<ChecklistTemplateItem>{};
}

Result<std::vector<ChecklistTemplate>> ChecklistTemplateService::templates(bool includeInactive)
{
    return ChecklistTemplateRepository(m_context.db.sql()).all(includeInactive);
}

Result<std::vector<ChecklistTemplateItem>>
ChecklistTemplateService::accessoriesFor(const QString& model)
{
    auto all = templates();
    if (!all)
        return std::unexpected(all.error());
    return accessoriesForModel(*all, model.trimmed());
}

Result<ChecklistTemplate> ChecklistTemplateService::addAccessoryTemplate(const User& actor,
                                                                         const QString& model)
{
    const QString name = model.simplified();
    auto added = m_context.db.write([&]() -> Result<qint64> {
        if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
            return std::unexpected(allowed.error());
        if (name.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Enter the model the accessories are for."));
        ChecklistTemplateRepository repository(m_context.db.sql());
        auto all = repository.all(true);
        if (!all)
            return std::unexpected(all.error());
        for (const ChecklistTemplate& t : *all)
            if (t.kind == ChecklistKind::Accessories &&
                t.model.compare(name, Qt::CaseInsensitive) == 0)
                return fail(ErrorCode::Duplicate,
                            tr("There already are accessories for the %1.").arg(name));
        auto id = repository.insertTemplate(ChecklistKind::Accessories,
                                            tr("Accessories for the %1").arg(name), name);
        if (!id)
            return id;
        if (auto logged = audit(m_context, &actor, QStringLiteral("checklist_template.add"),
                                QStringLiteral("checklist_templates"), *id,
                                {{QStringLiteral("model"), name}});
            !logged)
            return std::unexpected(logged.error());
        return id;
    });
    if (!added)
        return std::unexpected(added.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->checklistTemplatesChanged();
    auto all = templates(true);
    if (!all)
        return std::unexpected(all.error());
    for (const ChecklistTemplate& t : *all)
        if (t.id == *added)
            return t;
    return fail(ErrorCode::NotFound, tr("The new template could not be read back."));
}

Result<ChecklistTemplateItem> ChecklistTemplateService::addItem(const User& actor,
                                                                qint64 templateId,
                                                                const ChecklistTemplateItem& item)
{
    auto added = m_context.db.write([&]() -> Result<qint64> {
        if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
            return std::unexpected(allowed.error());
        if (auto valid = validate(item); !valid)
            return std::unexpected(valid.error());
        ChecklistTemplateItem clean = item;
        clean.title = item.title.simplified();
        auto id = ChecklistTemplateRepository(m_context.db.sql()).insertItem(templateId, clean);
        if (!id)
            return id;
        if (auto logged = audit(
                m_context, &actor, QStringLiteral("checklist_item.add"),
                QStringLiteral("checklist_template_items"), *id,
                {{QStringLiteral("template"), templateId}, {QStringLiteral("title"), clean.title}});
            !logged)
            return std::unexpected(logged.error());
        return id;
    });
    if (!added)
        return std::unexpected(added.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->checklistTemplatesChanged();
    return ChecklistTemplateRepository(m_context.db.sql()).item(*added);
}

Result<ChecklistTemplateItem>
ChecklistTemplateService::updateItem(const User& actor, const ChecklistTemplateItem& item)
{
    auto updated = m_context.db.write([&]() -> Result<void> {
        if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
            return allowed;
        if (auto valid = validate(item); !valid)
            return valid;
        ChecklistTemplateItem clean = item;
        clean.title = item.title.simplified();
        auto version = ChecklistTemplateRepository(m_context.db.sql()).updateItem(clean, [&] {
            return itemLabel(clean);
        });
        if (!version)
            return std::unexpected(version.error());
        return audit(m_context, &actor, QStringLiteral("checklist_item.edit"),
                     QStringLiteral("checklist_template_items"), item.id,
                     {{QStringLiteral("title"), clean.title}});
    });
    if (!updated)
        return std::unexpected(updated.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->checklistTemplatesChanged();
    return ChecklistTemplateRepository(m_context.db.sql()).item(item.id);
}

Result<void> ChecklistTemplateService::removeItem(const User& actor, qint64 itemId)
{
    auto removed = m_context.db.write([&]() -> Result<void> {
        if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
            return allowed;
        ChecklistTemplateRepository repository(m_context.db.sql());
        auto item = repository.item(itemId);
        if (!item)
            return std::unexpected(item.error());
        if (auto done = repository.removeItem(itemId); !done)
            return done;
        return audit(m_context, &actor, QStringLiteral("checklist_item.remove"),
                     QStringLiteral("checklist_template_items"), itemId,
                     {{QStringLiteral("title"), item->title}});
    });
    if (removed && m_context.changes)
        Q_EMIT m_context.changes->checklistTemplatesChanged();
    return removed;
}

Result<void> ChecklistTemplateService::moveItem(const User& actor, qint64 itemId, int offset)
{
    auto moved = m_context.db.write([&]() -> Result<void> {
        if (auto allowed = require(actor, Permission::ManageSettings); !allowed)
            return allowed;
        ChecklistTemplateRepository repository(m_context.db.sql());
        auto item = repository.item(itemId);
        if (!item)
            return std::unexpected(item.error());
        auto all = repository.all(true);
        if (!all)
            return std::unexpected(all.error());
        for (const ChecklistTemplate& t : *all) {
            if (t.id != item->templateId)
                continue;
            const auto at = std::find_if(t.items.begin(), t.items.end(),
                                         [&](const auto& i) { return i.id == itemId; });
            const auto target = (at - t.items.begin()) + offset;
            if (at == t.items.end() || target < 0 || target >= qint64(t.items.size()))
                return {};
            return repository.swapPositions(*at, t.items[std::size_t(target)]);
        }
        return {};
    });
    if (moved && m_context.changes)
        Q_EMIT m_context.changes->checklistTemplatesChanged();
    return moved;
}

} // namespace showroom
