#pragma once

#include "Error.h"
#include "domain/Deal.h"

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace showroom {

class ChecklistTemplateRepository {
public:
    explicit ChecklistTemplateRepository(QSqlDatabase& db) : m_db(db) {}

    // Templates with their items in position order.
    Result<std::vector<ChecklistTemplate>> all(bool includeInactive);
    Result<ChecklistTemplateItem> item(qint64 itemId);
    Result<qint64> insertTemplate(ChecklistKind kind, const QString& name, const QString& model);
    Result<qint64> insertItem(qint64 templateId, const ChecklistTemplateItem& item);
    Result<int> updateItem(const ChecklistTemplateItem& item,
                           const std::function<QString()>& label);
    Result<void> removeItem(qint64 itemId);
    // Swaps the positions of two items of one template.
    Result<void> swapPositions(const ChecklistTemplateItem& a, const ChecklistTemplateItem& b);

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
