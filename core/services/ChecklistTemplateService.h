#pragma once

#include "Error.h"
#include "domain/Deal.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

// Checklist templates (Settings): the loan documents for private and company buyers, accessories
// per model, the delivery steps and the handover. Deals copy the items when they are created, so
// editing a template never changes a running deal.
class ChecklistTemplateService {
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplateService)

public:
    explicit ChecklistTemplateService(ServiceContext context) : m_context(context) {}

    Result<std::vector<ChecklistTemplate>> templates(bool includeInactive = false);
    // Accessories for one model (its own template, else the general one).
    Result<std::vector<ChecklistTemplateItem>> accessoriesFor(const QString& model);
    // A new accessories template for a model.
    Result<ChecklistTemplate> addAccessoryTemplate(const User& actor, const QString& model);
    Result<ChecklistTemplateItem> addItem(const User& actor, qint64 templateId,
                                          const ChecklistTemplateItem& item);
    Result<ChecklistTemplateItem> updateItem(const User& actor, const ChecklistTemplateItem& item);
    Result<void> removeItem(const User& actor, qint64 itemId);
    Result<void> moveItem(const User& actor, qint64 itemId, int offset);

private:
    ServiceContext m_context;
};

// The accessories offered for `model`: its own active template's items, else the general
// template's ('' model).
std::vector<ChecklistTemplateItem>
accessoriesForModel(const std::vector<ChecklistTemplate>& templates, const QString& model);

} // namespace showroom
